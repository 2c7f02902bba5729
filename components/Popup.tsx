// The popup: what WhoSaid found on this page, who speaks, the category toggles and the site rule.
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../lib/messages';
import type { Settings, SiteRule } from '../lib/settings';
import { withSiteRule, siteRule } from '../lib/settings';
import type { Category } from '../lib/types';
import type { PopupApi } from '../utils/popup-api';
import { StatusBanner } from './StatusBanner';
import { CategoryToggles } from './CategoryToggles';
import { SpeakerList } from './SpeakerList';
import { PeopleList } from './PeopleList';
import { SiteRuleChoice } from './SiteRuleChoice';
import { categoryCounts, speakerGroups, unquotedPeople } from '../lib/summary';

export interface PopupProps {
  api: PopupApi;
  /** Delay between state polls while the page is being read (ms). */
  pollMs?: number;
}

type Load = { phase: 'loading' } | { phase: 'ready'; state: PageState | null; settings: Settings };

const MAX_POLLS = 40;

export function Popup({ api, pollMs = 250 }: PopupProps) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchState = async (polls: number) => {
      const [state, settings] = await Promise.all([api.getState(), api.loadSettings()]);
      if (!live) return;
      setLoad({ phase: 'ready', state, settings });
      // still reading the page: ask again shortly
      if (state?.status === 'working' && polls < MAX_POLLS) timer = setTimeout(() => void fetchState(polls + 1), pollMs);
    };
    void fetchState(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, pollMs]);

  if (load.phase === 'loading')
    return (
      <main class="popup">
        <p class="muted" role="status">
          Reading this page…
        </p>
      </main>
    );
  const { state, settings } = load;

  const setSettings = async (next: Settings) => {
    const saved = await api.saveSettings(next);
    setLoad({ phase: 'ready', state, settings: saved });
    return saved;
  };
  const toggle = (c: Category, on: boolean) => void setSettings({ ...settings, categories: { ...settings.categories, [c]: on } });
  const annotate = async (force: boolean) => {
    setBusy(true);
    const next = await api.annotate(force);
    setBusy(false);
    setLoad((l) => (l.phase === 'ready' ? { ...l, state: next ?? l.state } : l));
  };
  const setRule = async (rule: SiteRule) => {
    if (!state) return;
    await setSettings(withSiteRule(settings, state.host, rule));
    // "always" may annotate a page that was left alone; the content script follows the other
    // rules by itself (settings watch), so ask it for the new state
    if (rule === 'always') await annotate(false);
    else {
      await new Promise((r) => setTimeout(r, pollMs));
      const next = await api.getState();
      setLoad((l) => (l.phase === 'ready' ? { ...l, state: next ?? l.state } : l));
    }
  };

  const a = state?.status === 'annotated' ? state.annotations : null;
  const counts = a ? categoryCounts(a) : null;
  const published = a?.article.published ?? null;
  const rule = state?.host ? siteRule(settings, state.host) : 'default';

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>WhoSaid</h1>
        {state?.host ? <span class="host">{state.host}</span> : null}
        <button type="button" class="link options-link" onClick={() => api.openOptions()}>
          Options
        </button>
      </header>
      <StatusBanner state={state} busy={busy} onAnnotate={() => void annotate(true)} onOpenOptions={() => api.openOptions()} />
      {a && counts ? (
        <>
          <CategoryToggles counts={counts} settings={settings} onToggle={toggle} />
          <SpeakerList groups={speakerGroups(a)} published={published} onReveal={(k) => void api.reveal(k)} />
          <PeopleList {...unquotedPeople(a)} published={published} onReveal={(k) => void api.reveal(k)} />
        </>
      ) : null}
      {state?.host ? <SiteRuleChoice host={state.host} rule={rule} autoAnnotate={settings.autoAnnotate} onChange={(r) => void setRule(r)} /> : null}
    </main>
  );
}
