// The reader's settings: which categories show, whether pages are annotated automatically, and the
// per-site lists. Pure: the shape, the defaults, validation of whatever storage hands back (field by
// field, with fallbacks), and the site decision. utils/settings.ts binds this to browser storage.
import { CATEGORIES, type Category } from './types';

export interface Settings {
  version: 1;
  categories: Record<Category, boolean>;
  /** Annotate news pages automatically (otherwise only on request or on "always" sites). */
  autoAnnotate: boolean;
  /** Host names annotated even when not detected as news. */
  alwaysSites: string[];
  /** Host names never annotated. */
  neverSites: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  categories: Object.freeze({ quotes: true, officials: true, people: true, reported: false }),
  autoAnnotate: true,
  alwaysSites: [],
  neverSites: [],
}) as Readonly<Settings>;

export const CATEGORY_LABELS: Record<Category, string> = {
  quotes: 'Quotes',
  officials: 'Officials',
  people: 'Other people',
  reported: 'Reported speech',
};

const MAX_SITES = 1000;

/** A host name as the site lists keep it: lower case, no port, no leading "www.". null if invalid. */
export function normaliseHost(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let h = raw.trim().toLowerCase();
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/.exec(h);
  if (m) h = m[1]!;
  h = h.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/^www\./, '').replace(/\.$/, '');
  if (!h || h.length > 253 || !/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(h)) return null;
  return h;
}

function sites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out = new Set<string>();
  for (const x of raw) {
    const h = normaliseHost(x);
    if (h) out.add(h);
    if (out.size >= MAX_SITES) break;
  }
  return [...out].sort();
}

/** Validates a stored value field by field; anything missing or malformed falls back to the default. */
export function validateSettings(raw: unknown): Settings {
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const cats = o['categories'] && typeof o['categories'] === 'object' ? (o['categories'] as Record<string, unknown>) : {};
  const categories = {} as Record<Category, boolean>;
  for (const c of CATEGORIES) categories[c] = typeof cats[c] === 'boolean' ? (cats[c] as boolean) : DEFAULT_SETTINGS.categories[c];
  const never = sites(o['neverSites']);
  const neverSet = new Set(never);
  return {
    version: 1,
    categories,
    autoAnnotate: typeof o['autoAnnotate'] === 'boolean' ? o['autoAnnotate'] : DEFAULT_SETTINGS.autoAnnotate,
    // a site cannot be on both lists: "never" wins
    alwaysSites: sites(o['alwaysSites']).filter((h) => !neverSet.has(h)),
    neverSites: never,
  };
}

export type SiteRule = 'always' | 'never' | 'default';

/** The rule for a host: an entry matches the host itself and its subdomains. */
export function siteRule(settings: Settings, host: string): SiteRule {
  const h = normaliseHost(host);
  if (!h) return 'default';
  const matches = (list: string[]) => list.some((s) => h === s || h.endsWith('.' + s));
  if (matches(settings.neverSites)) return 'never';
  if (matches(settings.alwaysSites)) return 'always';
  return 'default';
}

/** Settings with a host moved to a rule (removed from the other list). */
export function withSiteRule(settings: Settings, host: string, rule: SiteRule): Settings {
  const h = normaliseHost(host);
  if (!h) return settings;
  const drop = (list: string[]) => list.filter((s) => s !== h);
  const always = drop(settings.alwaysSites);
  const never = drop(settings.neverSites);
  if (rule === 'always') always.push(h);
  if (rule === 'never') never.push(h);
  return validateSettings({ ...settings, alwaysSites: always, neverSites: never });
}
