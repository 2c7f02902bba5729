// The popup: what WhoSaid found on this page, who speaks, and the category toggles.
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { withSiteRule, siteRule } from '../lib/settings';
import type { Category } from '../lib/types';
import type { PopupApi } from '../utils/popup-api';
import { StatusBanner } from './StatusBanner';
import { CategoryToggles } from './CategoryToggles';
import { SpeakerList } from './SpeakerList';
import { PeopleList } from './PeopleList';
import { categoryCounts, speakerGroups, unquotedPeople } from '../lib/summary';

export interface PopupProps {
  api: PopupApi;
}

type Load = { phase: 'loading' } | { phase: 'ready'; state: PageState | null; settings: Settings };

export function Popup({ api }: PopupProps) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([api.getState(), api.loadSettings()]).then(([state, settings]) => {
      if (live) setLoad({ phase: 'ready', state, settings });
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (load.phase === 'loading') return <main class="popup"><p class="muted" role="status">Reading this page…</p></main>;
  const { state, settings } = load;

  const setSettings = async (next: Settings) => {
    const saved = await api.saveSettings(next);
    setLoad({ phase: 'ready', state, settings: saved });
  };
  const toggle = (c: Category, on: boolean) => setSettings({ ...settings, categories: { ...settings.categories, [c]: on } });
  const annotate = async () => {
    setBusy(true);
    const next = await api.annotate(true);
    setBusy(false);
    setLoad({ phase: 'ready', state: next ?? state, settings });
  };
  const setRule = (rule: 'always' | 'never' | 'default') => state && setSettings(withSiteRule(settings, state.host, rule));

  const a = state?.annotations ?? null;
  const counts = a ? categoryCounts(a) : null;
  const rule = state?.host ? siteRule(settings, state.host) : 'default';

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>WhoSaid</h1>
        {state?.host ? <span class="host">{state.host}</span> : null}
      </header>
      <StatusBanner state={state} busy={busy} onAnnotate={annotate} />
      {a && counts ? (
        <>
          <CategoryToggles counts={counts} settings={settings} onToggle={toggle} />
          <SpeakerList groups={speakerGroups(a)} onReveal={(k) => api.reveal(k)} />
          <PeopleList {...unquotedPeople(a)} onReveal={(k) => api.reveal(k)} />
        </>
      ) : null}
      {state?.host ? (
        <footer class="site-rule">
          <span>On {state.host}:</span>
          <label>
            <select value={rule} onChange={(e) => setRule((e.currentTarget as HTMLSelectElement).value as 'always' | 'never' | 'default')} aria-label={`Annotation on ${state.host}`}>
              <option value="default">annotate news pages</option>
              <option value="always">always annotate</option>
              <option value="never">never annotate</option>
            </select>
          </label>
        </footer>
      ) : null}
    </main>
  );
}
