/**
 * The plain data types that flow through the pipeline:
 * text → Article → Sentence[] → ScoredSentence[] → Bullet[] → Summary.
 * Every derived thing points back at the input with character offsets (UTF-16 code units,
 * as JavaScript's String#slice counts them), so `input.slice(start, end)` is its source.
 */

/** An ISO 639-1 code ("de", "en", …) or "und" when the language could not be told. */
export type LangCode = string;

/** A half-open range of the input text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A kept piece of the article, in reading order. */
export interface Block extends Span {
  kind: 'title' | 'subtitle' | 'heading' | 'paragraph';
  text: string;
  /**
   * True when the block is the rest of the paragraph before it: cleaning cut a remnant out of the
   * middle of one paragraph ("… on Friday. Scroll down for video The …"), and its sentences still
   * count as that paragraph's.
   */
  continues?: true;
  /**
   * The block follows a remnant that leads into the page's photo captions (a pack's
   * `captionLeads`: "Scroll down for video"): its first sentence is a caption, labelled or not.
   */
  opensCaptions?: true;
}

/** What cleaning removed from the input, and why. */
export type DroppedKind =
  | 'agency'
  | 'byline'
  | 'dateline'
  | 'teaser'
  | 'media'
  | 'ad'
  | 'ui'
  | 'summary-box'
  | 'caption'
  | 'credit'
  | 'related';

export interface Dropped extends Span {
  kind: DroppedKind;
  text: string;
}

/** Metadata that HTML input may carry. All optional; plain text input has none. */
export interface ArticleMeta {
  url?: string | null;
  canonicalUrl?: string | null;
  subtitle?: string | null;
  description?: string | null;
  byline?: string | null;
  published?: string | null;
  siteName?: string | null;
}

/** The article after cleaning: what is worth summarizing, with offsets into `text`. */
export interface Article {
  /** The text every offset refers to (the input text, or the text extracted from HTML). */
  text: string;
  title: string | null;
  lang: LangCode;
  blocks: Block[];
  dropped: Dropped[];
  meta?: ArticleMeta;
}

/** One sentence as the splitter returns it. */
export interface SentenceSpan extends Span {
  text: string;
}

/** A sentence of the article body, with where it sits. */
export interface Sentence extends SentenceSpan {
  /** Position among the article's sentences (0-based); bullets' `sources[].sentence` refers to it. */
  index: number;
  /** Index of the block it came from. */
  block: number;
  /** 0-based index of the body paragraph (headings excluded) it came from. */
  paragraph: number;
  /** 0-based position inside its paragraph. */
  inParagraph: number;
  kind: 'body' | 'heading';
}

export interface ScoredSentence extends Sentence {
  score: number;
}

export interface BulletSource extends Span {
  /** Index into the article's sentences; -1 for the title line (a headline taken from it; a title given apart from the text leaves `sources` empty). */
  sentence: number;
}

/** What a faithfulness check found wrong with one claim (see `src/faithfulness/`). */
export interface FaithfulnessIssue {
  kind: 'number' | 'name' | 'negation' | 'quote' | 'unsupported';
  /** The words of the claim the issue is about. */
  text: string;
  message: string;
}

/** The faithfulness check's verdict on one claim against its source. */
export interface FaithfulnessResult {
  consistent: boolean;
  /** 0 (nothing supported) to 1 (fully supported). */
  score: number;
  issues: FaithfulnessIssue[];
}

export interface Bullet {
  text: string;
  /** The article sentences the bullet stands on (two when a sentence needs its neighbour to be read alone). */
  sources: BulletSource[];
  /** Who wrote the text: an article sentence (`extractive`) or a language model (`model`). */
  origin?: 'extractive' | 'model';
  /** The faithfulness check's verdict, for model bullets (absent when the check was off). */
  check?: FaithfulnessResult;
}

export interface Warning {
  code: string;
  message: string;
  /** Facts for programs (e.g. BULLET_REPLACED: the bullet's position, its text and the check's issues). */
  details?: Record<string, unknown>;
}

/** The result: plain JSON. */
export interface Summary {
  lang: LangCode;
  title: string | null;
  /** The language's own word for the box: "Zusammenfassung", "Summary", … */
  heading: string;
  bullets: Bullet[];
  method: string;
  /** What kind of summary this is: `key-points` (bullets), `tldr` (one paragraph), `headline` (one line). */
  type?: SummaryType;
  /** The back-end that wrote it (`extractive`, `openai`, `llama`). */
  backend?: string;
  /** The model that wrote it (model back-ends): its name, or its file for `llama`. */
  model?: string;
  warnings: Warning[];
  /** What cleaning removed (bylines, teasers, UI remnants, boxes already on the page). */
  dropped: Dropped[];
  /** Where the kept blocks (title, subtitle, crossheads, paragraphs) lie in the text: for showing the article. */
  blocks?: Array<Omit<Block, 'text'>>;
  /** Present when the input was HTML or a URL: the extracted text that the offsets refer to. */
  text?: string;
  meta?: ArticleMeta;
}

/** What `summarize()` accepts. A plain string is article text. */
export type SummarizeInput =
  | string
  | { text: string; title?: string | null; lang?: string }
  | { html: string; url?: string; title?: string | null; lang?: string }
  | { url: string; title?: string | null; lang?: string };

/** The web platform's Summarizer API names: kinds of summary and their lengths. */
export type SummaryType = 'key-points' | 'tldr' | 'headline';
export type SummaryLength = 'short' | 'medium' | 'long';

export interface SummarizeOptions {
  /** `key-points` (default), `tldr` (one short paragraph) or `headline` (one line). */
  type?: SummaryType;
  /** short (default) | medium | long: 3/5/7 key points, 1/2/3 tldr sentences, 12/17/22 headline words. `bullets` wins. */
  length?: SummaryLength;
  /** Back-end by name: `extractive` (default), `openai`, `llama`. */
  backend?: string;
  /** Model name for the `openai` back-end. */
  model?: string;
  /** Base URL of an OpenAI-compatible server (`openai` back-end). */
  baseUrl?: string;
  /** GGUF model file (`llama` back-end). */
  modelPath?: string;
  /** Language to write model bullets in (default: the article's). */
  outputLang?: string;
  /** What to do with a model bullet that fails the faithfulness check. Default `replace`. */
  guard?: 'replace' | 'warn' | 'off';
  /** Cancels a model request. */
  signal?: AbortSignal;
  /** Model back-ends: per-request timeout in ms (default 60000; retries come on top). */
  modelTimeoutMs?: number;
  /** Model back-ends: retries on 429, 5xx and timeouts, with backoff honouring Retry-After (default 2). */
  modelRetries?: number;
  /** Model back-ends: requests to one model at once, across all callers (default 4; llama 1). */
  modelConcurrency?: number;
  /** Model back-ends: receives each bullet as soon as the model has written and the guard has checked it. */
  onBullet?: (bullet: Bullet, position: number, box: { lang: LangCode; heading: string }) => void;
  /** Number of key points, 1 to 7 (default: by `length`, 3). Only for type `key-points`. */
  bullets?: number;
  /** Ranking method by name; see `methods()`. Default "kernpunkte". */
  method?: string;
  /** Force a language instead of detecting it. */
  lang?: string;
  /**
   * Most words per bullet, 5 to 200: a longer sentence is cut at its last clause boundary within
   * the limit (or after the limit's last word), marked "…", and its source `end` is the kept
   * part's. The same sentences are chosen as without the limit. A tl;dr keeps its first
   * sentences that fit; a headline takes the lower of this and its length's word count.
   */
  maxWordsPerBullet?: number;
  /**
   * Bullets are whole article sentences. By default the `kernpunkte` method leaves off a last
   * clause that only adds detail no other sentence comes back to ("…, which opened in 1987."):
   * the bullet ends with the sentence's own stop, and its source `end` is the kept part's.
   * Other methods always give whole sentences.
   */
  wholeSentences?: boolean;
  /** URL input only: allow loopback and private addresses (off by default: SSRF protection). */
  allowPrivateHosts?: boolean;
  /** URL input only: total fetch timeout in milliseconds. */
  timeoutMs?: number;
}
