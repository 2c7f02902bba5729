import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Popup } from '../../components/Popup';
import type { PopupApi } from '../../utils/popup-api';
import type { PageState } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { annotations } from '../fixtures/annotations';
import { formerMinister, sanctioned } from '../fixtures/context';
import { axeViolations } from './axe';

function fakeApi(state: PageState | null, settings: Settings = DEFAULT_SETTINGS, states: (PageState | null)[] = []) {
  let saved = settings;
  const api = {
    getState: vi.fn(async () => (states.length ? states.shift()! : state)),
    annotate: vi.fn(async (_force: boolean) => ({ ...(state ?? annotated), status: 'annotated' as const, annotations: annotations() })),
    reveal: vi.fn(async (_key: string) => {}),
    loadSettings: vi.fn(async () => saved),
    saveSettings: vi.fn(async (s: Settings) => (saved = s)),
    openOptions: vi.fn(),
  } satisfies PopupApi;
  return api;
}

function richAnnotations() {
  const a = annotations();
  a.people[0]!.context = formerMinister; // Ada Brook, quoted twice
  a.people[2]!.context = sanctioned; // Cy Lamb, an official not quoted
  return a;
}

const annotated: PageState = { status: 'annotated', host: 'paper.example', news: null, annotations: richAnnotations(), error: null };
const state = (status: PageState['status'], extra: Partial<PageState> = {}): PageState => ({ status, host: 'paper.example', news: null, annotations: null, error: null, ...extra });

describe('Popup on an annotated article', () => {
  it('lists speakers most quoted first with their number of quotes', async () => {
    render(<Popup api={fakeApi(annotated)} />);
    const list = within(await screen.findByRole('region', { name: 'Who speaks' }));
    const toggles = list.getAllByRole('button', { expanded: false });
    expect(toggles.map((b) => b.textContent)).toEqual(['▸Ada Brookofficial2 quotes', '▸Ben Ortiz1 quote', '▸Water Authorityorganisation1 quote', '▸Unnamed or unclear source1 quote']);
  });

  it('shows the role in the article and the dataset roles at the article date and now, with dates and sources, without expanding', async () => {
    render(<Popup api={fakeApi(annotated)} />);
    await screen.findByText('Who speaks');
    const ada = screen.getByRole('button', { name: /Ada Brook/ }).closest('li')!;
    const facts = [...ada.querySelectorAll('.fact')].map((f) => f.textContent);
    expect(facts).toEqual([
      'In the articleHarbor Commissioner',
      'On 2 Jan 2024Minister of Defence, Ruritania · from 12 Mar 2023 to 24 Oct 2023 · source: Wikidata',
      'NowAmbassador to Freedonia · since Feb 2024 (end not recorded) · source: CIA World Factbook',
    ]);
  });

  it('expands a speaker to their quotes, and a quote reveals it on the page', async () => {
    const api = fakeApi(annotated);
    render(<Popup api={api} />);
    const ada = await screen.findByRole('button', { name: /Ada Brook/ });
    expect(screen.queryByText('“We will build it.”')).toBeNull();
    fireEvent.click(ada);
    expect(ada.getAttribute('aria-expanded')).toBe('true');
    const quotes = within(screen.getByRole('list', { name: 'Quotes by Ada Brook' }));
    expect(quotes.getAllByRole('button').map((b) => b.textContent)).toEqual(['“We will build it.”', '“It will be finished by spring.”']);
    fireEvent.click(quotes.getByText('“It will be finished by spring.”'));
    expect(api.reveal).toHaveBeenCalledWith('q2');
    fireEvent.click(ada);
    expect(screen.queryByRole('list', { name: 'Quotes by Ada Brook' })).toBeNull();
  });

  it('lists officials and other people mentioned but not quoted, with sanctions as context', async () => {
    const api = fakeApi(annotated);
    render(<Popup api={api} />);
    const officials = within(await screen.findByRole('region', { name: 'Officials mentioned, not quoted' }));
    expect(officials.getByText('Cy Lamb')).toBeTruthy();
    expect(officials.getByText('state senator')).toBeTruthy();
    expect(officials.getByText('On the US Treasury sanctions list (RUSSIA-EO14024)')).toBeTruthy();
    expect(officials.getByText('Deputy Prime Minister')).toBeTruthy();
    expect(officials.getByText(/ended by 30 Nov 2022/)).toBeTruthy();
    const others = within(screen.getByRole('region', { name: 'Other people mentioned, not quoted' }));
    fireEvent.click(others.getByRole('button', { name: /Dee Park/ }));
    expect(api.reveal).toHaveBeenCalledWith('p3');
  });

  it('shows counts per category and saves a toggle', async () => {
    const api = fakeApi(annotated);
    render(<Popup api={api} />);
    const quotes = await screen.findByRole('checkbox', { name: /Quotes/ });
    expect(quotes.closest('label')!.textContent).toContain('5');
    expect(screen.getByRole('checkbox', { name: /Officials/ }).closest('label')!.textContent).toContain('2');
    expect((screen.getByRole('checkbox', { name: /Reported/ }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(quotes);
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalled());
    expect(api.saveSettings.mock.calls[0]![0].categories.quotes).toBe(false);
    await waitFor(() => expect((screen.getByRole('checkbox', { name: /Quotes/ }) as HTMLInputElement).checked).toBe(false));
  });

  it('says so when the article has nothing to highlight', async () => {
    render(<Popup api={fakeApi(state('annotated', { annotations: annotations({ quotes: [], people: [] }) }))} />);
    await screen.findByText(/No quotations or named people found/);
    expect(screen.queryByText('Who speaks')).toBeNull();
  });

  it('has no serious or critical accessibility violations (axe)', async () => {
    const { container } = render(<Popup api={fakeApi(annotated)} />);
    fireEvent.click(await screen.findByRole('button', { name: /Ada Brook/ }));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('Popup per-site rules', () => {
  it('never annotating here saves the host to the never list and shows the new state', async () => {
    const api = fakeApi(annotated, DEFAULT_SETTINGS, [annotated, state('disabled-site')]);
    render(<Popup api={api} pollMs={1} />);
    const group = within(await screen.findByRole('group', { name: 'On paper.example' }));
    expect((group.getByRole('radio', { name: /default/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(group.getByRole('radio', { name: 'Never annotate here' }));
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalled());
    expect(api.saveSettings.mock.calls[0]![0].neverSites).toEqual(['paper.example']);
    await screen.findByText('Off on this site.');
    expect(api.annotate).not.toHaveBeenCalled();
  });

  it('always annotating here saves the host and asks the page to annotate', async () => {
    const api = fakeApi(state('not-news', { news: { isNews: false, score: -2, signals: [] } }));
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Always annotate here' }));
    await waitFor(() => expect(api.annotate).toHaveBeenCalledWith(false));
    expect(api.saveSettings.mock.calls[0]![0].alwaysSites).toEqual(['paper.example']);
    await screen.findByText('Who speaks');
  });
});

describe('Popup states', () => {
  it('explains a page that is not news and annotates it on request', async () => {
    const api = fakeApi(state('not-news', { host: 'shop.example', news: { isNews: false, score: -4, signals: ['schema:Product(-5)'] } }));
    render(<Popup api={api} />);
    await screen.findByText(/does not look like a news article/);
    expect(screen.getByText(/schema:Product/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page anyway' }));
    await screen.findByText('Who speaks');
    expect(api.annotate).toHaveBeenCalledWith(true);
  });

  it('on a "never" site, annotates once on request', async () => {
    const api = fakeApi(state('disabled-site'), { ...DEFAULT_SETTINGS, neverSites: ['paper.example'] });
    render(<Popup api={api} />);
    await screen.findByText('Off on this site.');
    expect((screen.getByRole('radio', { name: 'Never annotate here' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page once' }));
    await waitFor(() => expect(api.annotate).toHaveBeenCalledWith(true));
  });

  it('with automatic annotation off, offers to annotate and points to the options', async () => {
    const api = fakeApi(state('auto-off'), { ...DEFAULT_SETTINGS, autoAnnotate: false });
    render(<Popup api={api} />);
    await screen.findByText(/Automatic annotation is off/);
    expect(screen.getByRole('radio', { name: 'Only when I ask (default)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn it on in Options' }));
    expect(api.openOptions).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page' }));
    await waitFor(() => expect(api.annotate).toHaveBeenCalledWith(true));
  });

  it('reports an error as an alert with what the reader can do', async () => {
    render(<Popup api={fakeApi(state('error', { error: 'Story text too large' }))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The page itself is unchanged.');
    expect(alert.textContent).toContain('Story text too large');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('waits while the page is being read', async () => {
    const api = fakeApi(annotated, DEFAULT_SETTINGS, [state('working'), state('working')]);
    render(<Popup api={api} pollMs={5} />);
    await screen.findByText('Who speaks');
    expect(api.getState).toHaveBeenCalledTimes(3);
  });

  it('says when it cannot read the page at all, and what to do', async () => {
    render(<Popup api={fakeApi(null)} />);
    await screen.findByText('WhoSaid cannot read this page.');
    expect(screen.getByText(/reload it/)).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('opens the options page', async () => {
    const api = fakeApi(annotated);
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Options' }));
    expect(api.openOptions).toHaveBeenCalled();
  });
});
