import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Options } from '../../components/Options';
import type { OptionsApi } from '../../utils/options-api';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../lib/settings';
import { axeViolations } from './axe';

function fakeApi(initial: Partial<Settings> = {}) {
  let saved = validateSettings({ ...DEFAULT_SETTINGS, ...initial });
  let watcher: ((s: Settings) => void) | null = null;
  const api = {
    loadSettings: vi.fn(async () => saved),
    saveSettings: vi.fn(async (s: Settings) => (saved = validateSettings(s))),
    watchSettings: vi.fn((cb: (s: Settings) => void) => {
      watcher = cb;
      return () => (watcher = null);
    }),
    shortcuts: vi.fn(async () => [
      { name: 'toggle-annotations', description: 'Hide or show the highlights on this page', shortcut: 'Alt+Shift+H' },
      { name: 'next-quote', description: 'Go to the next quote and show who said it', shortcut: '' },
    ]),
  } satisfies OptionsApi;
  return { api, saved: () => saved, push: (s: Partial<Settings>) => watcher?.(validateSettings({ ...saved, ...s })) };
}

const lastSave = (api: ReturnType<typeof fakeApi>['api']) => api.saveSettings.mock.calls.at(-1)![0];

describe('Options', () => {
  it('sets the default categories and automatic annotation', async () => {
    const { api } = fakeApi();
    render(<Options api={api} />);
    const reported = await screen.findByRole('checkbox', { name: /^Reported speech/ });
    expect((reported as HTMLInputElement).checked).toBe(false);
    fireEvent.click(reported);
    await waitFor(() => expect(lastSave(api).categories.reported).toBe(true));
    await screen.findByText('Saved: Reported speech on.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Annotate news articles as soon as they open' }));
    await waitFor(() => expect(lastSave(api).autoAnnotate).toBe(false));
  });

  it('adds sites to the lists, normalised, and moves a site from one list to the other', async () => {
    const { api } = fakeApi({ neverSites: ['tabloid.example'] });
    render(<Options api={api} />);
    const always = within(await screen.findByRole('region', { name: 'Always annotate' }));
    fireEvent.input(always.getByLabelText('Add a site'), { target: { value: 'https://www.Paper.example/news/1' } });
    fireEvent.click(always.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(lastSave(api).alwaysSites).toEqual(['paper.example']));
    await waitFor(() => expect(always.getByText('paper.example')).toBeTruthy());
    expect((always.getByLabelText('Add a site') as HTMLInputElement).value).toBe('');

    fireEvent.input(always.getByLabelText('Add a site'), { target: { value: 'tabloid.example' } });
    fireEvent.click(always.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(lastSave(api)).toMatchObject({ alwaysSites: ['paper.example', 'tabloid.example'], neverSites: [] }));
    await screen.findByText(/moved from “Never annotate”/);
  });

  it('refuses what is not a site name and says why', async () => {
    const { api } = fakeApi();
    render(<Options api={api} />);
    const never = within(await screen.findByRole('region', { name: 'Never annotate' }));
    const input = never.getByLabelText('Add a site');
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(never.getByRole('button', { name: 'Add' }));
    expect((await never.findByRole('alert')).textContent).toContain('“not a site” is not a site name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  it('removes a site', async () => {
    const { api } = fakeApi({ neverSites: ['a.example', 'b.example'] });
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove a.example from “Never annotate”' }));
    await waitFor(() => expect(lastSave(api).neverSites).toEqual(['b.example']));
  });

  it('follows changes made elsewhere (the popup)', async () => {
    const f = fakeApi();
    render(<Options api={f.api} />);
    await screen.findByText('WhoSaid options');
    act(() => f.push({ neverSites: ['elsewhere.example'] }));
    await screen.findByText('elsewhere.example');
  });

  it('lists the keyboard shortcuts as the browser binds them', async () => {
    const { api } = fakeApi();
    render(<Options api={api} />);
    const rows = await screen.findAllByRole('row');
    await waitFor(() => expect(rows.length).toBeGreaterThan(1));
    const table = within(screen.getByRole('table'));
    expect(table.getByText('Alt+Shift+H')).toBeTruthy();
    expect(table.getByText('not set')).toBeTruthy();
    expect(table.getByText('Close the WhoSaid card on the page')).toBeTruthy();
  });

  it('resets everything to the defaults', async () => {
    const { api } = fakeApi({ autoAnnotate: false, alwaysSites: ['x.example'] });
    render(<Options api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(lastSave(api)).toEqual(validateSettings(undefined)));
  });

  it('has no serious or critical accessibility violations (axe)', async () => {
    const { api } = fakeApi({ neverSites: ['a.example'] });
    const { container } = render(<Options api={api} />);
    await screen.findByText('Alt+Shift+H');
    expect(await axeViolations(container)).toEqual([]);
  });
});
