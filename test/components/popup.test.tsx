import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '../../components/Popup';
import type { PopupApi } from '../../utils/popup-api';
import type { PageState } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { annotations } from '../fixtures/annotations';

function fakeApi(state: PageState | null, settings: Settings = DEFAULT_SETTINGS) {
  let saved = settings;
  const api: PopupApi = {
    getState: vi.fn(async () => state),
    annotate: vi.fn(async () => ({ ...state!, status: 'annotated' as const, annotations: annotations() })),
    reveal: vi.fn(async () => {}),
    loadSettings: vi.fn(async () => saved),
    saveSettings: vi.fn(async (s: Settings) => (saved = s)),
    openOptions: vi.fn(),
  };
  return api;
}

const annotated: PageState = { status: 'annotated', host: 'paper.example', news: null, annotations: annotations(), error: null };

describe('Popup', () => {
  it('lists speakers most quoted first with their quotes, and reveals a quote on click', async () => {
    const api = fakeApi(annotated);
    render(<Popup api={api} />);
    await screen.findByText('Who speaks');
    const names = screen.getAllByText(/^(Ada Brook|Ben Ortiz|Water Authority)$/).map((e) => e.textContent);
    expect(names.slice(0, 3)).toEqual(['Ada Brook', 'Ben Ortiz', 'Water Authority']);
    fireEvent.click(screen.getByText('“We will build it.”'));
    expect(api.reveal).toHaveBeenCalledWith('q0');
  });

  it('shows counts per category and saves a toggle', async () => {
    const api = fakeApi(annotated);
    render(<Popup api={api} />);
    const quotes = await screen.findByRole('checkbox', { name: /Quotes/ });
    expect(quotes.closest('label')!.textContent).toContain('5');
    fireEvent.click(quotes);
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalled());
    expect((api.saveSettings as ReturnType<typeof vi.fn>).mock.calls[0]![0].categories.quotes).toBe(false);
  });

  it('lists officials and other people mentioned but not quoted', async () => {
    render(<Popup api={fakeApi(annotated)} />);
    await screen.findByText('Officials mentioned');
    expect(screen.getByText('Cy Lamb')).toBeTruthy();
    expect(screen.getByText('state senator')).toBeTruthy();
    expect(screen.getByText('Other people mentioned')).toBeTruthy();
    expect(screen.getByText('Dee Park')).toBeTruthy();
  });

  it('explains a page that is not news and annotates it on request', async () => {
    const api = fakeApi({ status: 'not-news', host: 'shop.example', news: { isNews: false, score: -4, signals: ['schema:Product(-5)'] }, annotations: null, error: null });
    render(<Popup api={api} />);
    await screen.findByText(/does not look like a news article/);
    expect(screen.getByText(/schema:Product/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page anyway' }));
    await screen.findByText('Who speaks');
    expect(api.annotate).toHaveBeenCalledWith(true);
  });

  it('says when it cannot read the page at all', async () => {
    render(<Popup api={fakeApi(null)} />);
    await screen.findByText(/cannot read this page/);
  });

  it('sets a per-site rule', async () => {
    const api = fakeApi(annotated);
    render(<Popup api={api} />);
    const select = (await screen.findByLabelText('Annotation on paper.example')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'never' } });
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalled());
    expect((api.saveSettings as ReturnType<typeof vi.fn>).mock.calls[0]![0].neverSites).toEqual(['paper.example']);
  });
});
