// The shapes the pipeline produces. Everything here is plain data (JSON-serialisable), so the same
// values travel from the content script to the popup and out of the CLI.

/** A half-open range [start, end) of UTF-16 offsets into the story text (StoryText.text). */
export interface Span {
  start: number;
  end: number;
}

/** The annotation categories a reader can show or hide. */
export const CATEGORIES = ['quotes', 'officials', 'people', 'reported'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface NewsVerdict {
  isNews: boolean;
  /** Roughly -10..+10; >= NEWS_THRESHOLD means news. */
  score: number;
  /** The signals that decided, e.g. "jsonld:NewsArticle(+6)", "paragraphs:14(+2)". */
  signals: string[];
}

export interface ArticleInfo {
  title: string | null;
  /** ISO date (YYYY-MM-DD) of publication, or null when the page gives none. */
  published: string | null;
  /** BCP 47 primary language ("en"), or null. */
  language: string | null;
  /** Length of the story text in UTF-16 code units. */
  textLength: number;
  url: string | null;
}

export type SpeakerKind = 'person' | 'organization';

export interface Quote extends Span {
  /** Page-unique id ("q3"); stable for the same page text. */
  key: string;
  /** The text between the quotation marks (paragraph breaks joined by one space). */
  text: string;
  /** Full name the article establishes, an organisation, or null for unnamed or unknown sources. */
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  /** Key of the speaker in Annotations.people, when the speaker is a person found there. */
  speakerKey: string | null;
  /** Reference dataset id (Wikidata QID where known) of the speaker. */
  speakerId: string | null;
  /** For unnamed sources, the description the article gives ("a senior official"). */
  speakerDescription: string | null;
  /** The reporting word, lower case ("said", "told", "according to", ":"), or null. */
  cue: string | null;
  /** 0..1: how sure we are that this is a quotation (not a term or title) with this speaker. */
  confidence: number;
  /**
   * For a quotation over several paragraphs: the quoted text of each paragraph, without the
   * opening mark that continues it (start/end span them all). Absent for one-paragraph quotes.
   */
  parts?: Span[];
}

/** Indirect speech: "X said that ...". Lower confidence; off by default in the UI. */
export interface ReportedSpeech extends Span {
  key: string;
  text: string;
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  speakerKey: string | null;
  speakerId: string | null;
  cue: string | null;
  confidence: number;
}

export interface Mention extends Span {
  text: string;
}

/** What the reference dataset says about a person, as of the article's date. */
export interface DatasetRole {
  title: string;
  organization: string | null;
  jurisdiction: string | null;
  start: string | null;
  end: string | null;
  endKind: 'exact' | 'upperBound' | 'unknown' | 'snapshot';
  source: string;
  /**
   * How to read `start` (absent = 'exact'): 'upperBound' = in office by that date (first listing),
   * 'announced' = the nomination or appointment was announced then; the start of office is unknown.
   */
  startKind?: 'exact' | 'upperBound' | 'announced';
  /** Short id of the source ("wikidata-2025", "pocom", "cia-2019"). */
  sourceId?: string;
  /** The latest date the role is known to have been held (a lower bound of its end). */
  seenUntil?: string;
  /** The source listed the role as current on this date. */
  currentAsOf?: string;
  /** For snapshot roles, the text to show: "listed in 2019", "listed 2021-02-10 – 2024-01-05". */
  listed?: string;
}

export interface PersonContext {
  /** Dataset id (QID where known). */
  id: string;
  name: string;
  description: string | null;
  country: string | null;
  /** The role held at the article's date (or the best-dated role near it). */
  roleAtDate: DatasetRole | null;
  /** Whether roleAtDate still holds as of `verified`. null when unknown. */
  stillHeld: boolean | null;
  /** The current role, when different from roleAtDate. */
  roleNow: DatasetRole | null;
  /** The dataset's last verified date (YYYY-MM-DD). */
  verified: string;
  /** Context flags such as sanctions; never a role. */
  flags: { kind: 'sanctions'; label: string; source: string }[];
  /**
   * How roleAtDate relates to the article's date: 'held' (the dates say so), 'listed' (a listing near the
   * date), 'possible' (the dates neither confirm nor rule it out), 'former' (ended before), 'later'
   * (began after).
   */
  roleAtDateFit?: 'held' | 'listed' | 'possible' | 'former' | 'later';
  /** The story presents the person by a private occupation ("an analyst at X"): a namesake's post does not make them official. */
  privateInText?: boolean;
  /** How the name was matched, and how many dataset people had that name form. */
  match?: { by: 'name' | 'short-name' | 'nickname' | 'swapped-order' | 'transliteration' | 'surname'; candidates: number };
  /** The dataset's latest source date (`verified` is the date stillHeld was checked on). */
  datasetVerified?: string;
}

export interface Person {
  /** Page-unique key ("p2"). */
  key: string;
  /** The most complete form of the name the article gives, without titles. */
  name: string;
  /** Reference dataset id, when matched. */
  id: string | null;
  official: boolean;
  /** The role phrase the article attaches ("Chinese Defense Minister"), the fullest across mentions. */
  roleInText: string | null;
  /** Display string of the dataset role at the article's date, or null. */
  role: string | null;
  context: PersonContext | null;
  mentions: Mention[];
}

export interface Annotations {
  version: 1;
  news: NewsVerdict;
  article: ArticleInfo;
  quotes: Quote[];
  reported: ReportedSpeech[];
  people: Person[];
  /** True when the page was too big and annotation stopped at a cap. */
  partial: boolean;
  timing: { ms: number; stages: Record<string, number> };
}
