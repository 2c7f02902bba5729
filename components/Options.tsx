// The options page: default categories, automatic annotation, the per-site lists, and the keyboard
// shortcuts. Every change is saved at once (validated by the settings module).
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../lib/types';
import { CATEGORY_LABELS, DEFAULT_SETTINGS, normaliseHost, withSiteRule, type Settings } from '../lib/settings';
import type { OptionsApi, Shortcut } from '../utils/options-api';

export interface OptionsProps {
  api: OptionsApi;
}

const HINTS: Record<Category, string> = {
  quotes: 'Direct quotations, each with its speaker',
  officials: 'Named office holders, with their role',
  people: 'Other named people',
  reported: 'Indirect speech (“X said that …”); less certain',
};

function SiteList({ title, id, hint, sites, onAdd, onRemove }: { title: string; id: string; hint: string; sites: string[]; onAdd: (raw: string) => string | null; onRemove: (host: string) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const problem = onAdd(draft);
    setError(problem);
    if (!problem) setDraft('');
  };
  return (
    <section class="site-list" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      <p class="muted small">{hint}</p>
      {sites.length ? (
        <ul aria-labelledby={`${id}-h`}>
          {sites.map((h) => (
            <li key={h}>
              <span class="site">{h}</span>
              <button type="button" class="link" onClick={() => onRemove(h)} aria-label={`Remove ${h} from “${title}”`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty small">No sites yet.</p>
      )}
      <form onSubmit={submit} class="add-site">
        <label for={`${id}-input`}>Add a site</label>
        <input
          id={`${id}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="news.example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">Add</button>
        {error ? (
          <p id={`${id}-error`} class="error small" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

export function Options({ api }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    let live = true;
    void api.loadSettings().then((s) => live && setSettings(s));
    void api.shortcuts().then((s) => live && setShortcuts(s));
    const stop = api.watchSettings((s) => live && setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  if (!settings)
    return (
      <main class="options">
        <p role="status">Loading your settings…</p>
      </main>
    );

  const save = async (next: Settings, what: string) => {
    setSettings(await api.saveSettings(next));
    setSaved(`Saved: ${what}.`);
  };
  const addSite = (list: 'always' | 'never') => (raw: string) => {
    const host = normaliseHost(raw);
    if (!host) return raw.trim() ? `“${raw.trim()}” is not a site name. Type a host name such as news.example.com.` : 'Type a site name first, such as news.example.com.';
    const other = list === 'always' ? settings.neverSites : settings.alwaysSites;
    const moved = other.includes(host) ? ` (moved from “${list === 'always' ? 'Never' : 'Always'} annotate”)` : '';
    void save(withSiteRule(settings, host, list), `${host} added to “${list === 'always' ? 'Always' : 'Never'} annotate”${moved}`);
    return null;
  };
  const removeSite = (host: string) => void save(withSiteRule(settings, host, 'default'), `${host} removed`);

  return (
    <main class="options">
      <h1>WhoSaid options</h1>
      <p class="muted">Changes are saved at once and apply to open tabs. WhoSaid keeps them in this browser only.</p>

      <fieldset class="group">
        <legend>Highlight by default</legend>
        {CATEGORIES.map((c) => (
          <label class={`check cat-${c}`} key={c}>
            <input
              type="checkbox"
              checked={settings.categories[c]}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                void save({ ...settings, categories: { ...settings.categories, [c]: on } }, `${CATEGORY_LABELS[c]} ${on ? 'on' : 'off'}`);
              }}
            />
            <span class="swatch" aria-hidden="true" />
            <span>
              {CATEGORY_LABELS[c]} <span class="muted small">— {HINTS[c]}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset class="group">
        <legend>Automatic annotation</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.autoAnnotate}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              void save({ ...settings, autoAnnotate: on }, `automatic annotation ${on ? 'on' : 'off'}`);
            }}
          />
          <span>Annotate news articles as soon as they open</span>
        </label>
        <p class="muted small">When this is off, WhoSaid annotates a page only when you ask in its popup, or on sites you list under “Always annotate”.</p>
      </fieldset>

      <section class="group" aria-labelledby="sites-h">
        <h2 id="sites-h">Sites</h2>
        <div class="site-lists">
          <SiteList title="Always annotate" id="always" hint="Annotated even when a page does not look like a news article." sites={settings.alwaysSites} onAdd={addSite('always')} onRemove={removeSite} />
          <SiteList title="Never annotate" id="never" hint="Left alone; you can still annotate a page once from the popup." sites={settings.neverSites} onAdd={addSite('never')} onRemove={removeSite} />
        </div>
        <p class="muted small">A site covers its subdomains too: “example.com” also means “news.example.com”.</p>
      </section>

      <section class="group" aria-labelledby="keys-h">
        <h2 id="keys-h">Keyboard</h2>
        <table class="keys">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name}>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">not set</span>}</td>
                <td>{s.description}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>Esc</kbd>
              </td>
              <td>Close the WhoSaid card on the page</td>
            </tr>
          </tbody>
        </table>
        <p class="muted small">
          On the page itself Alt+Shift+H, Alt+Shift+. and Alt+Shift+, always work, except while you type in a text field. To change the browser shortcuts: in Chrome, open chrome://extensions/shortcuts; in Firefox, Add-ons and themes → ⚙ → Manage Extension Shortcuts.
        </p>
      </section>

      <p class="actions">
        <button type="button" onClick={() => void save({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories }, alwaysSites: [], neverSites: [] }, 'all settings reset to the defaults')}>
          Reset to defaults
        </button>
      </p>
      <p class="saved small" role="status" aria-live="polite">
        {saved}
      </p>
    </main>
  );
}
