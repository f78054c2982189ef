/**
 * `kernpunkte summarize [FILE|URL|-]`: reads an article (text or HTML file, URL, or stdin),
 * prints the box. The shell only reads input and prints; the work is `summarize()`, loaded
 * when the action runs (the HTML extractor and fetcher load inside it only for HTML and URLs).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { KernpunkteError } from '../errors.js';
import type { Summary, SummarizeInput, SummarizeOptions, SummaryLength, SummaryType } from '../types.js';
import { DEFAULTS, LENGTHS, SUMMARY_LENGTHS, SUMMARY_TYPES } from '../summarize/limits.js';
import { addBackendOptions, backendOptions, type BackendFlags } from './backend-options.js';
import { OPTION_RANGES } from './limits.js';
import { intOption } from './options.js';

export type OutputFormat = 'text' | 'markdown' | 'json';

interface SummarizeFlags extends BackendFlags {
  bullets?: number;
  length?: SummaryLength;
  type?: SummaryType;
  method?: string;
  lang?: string;
  format: OutputFormat;
  maxWords?: number;
  wholeSentences?: boolean;
  title?: string;
  html?: boolean;
  allowPrivateHosts?: boolean;
  timeout?: number;
}

/**
 * The box as a portal shows it: heading, then one "• " line per bullet. A tl;dr is the heading
 * and its paragraph; a headline is its one line alone.
 */
export function formatSummary(summary: Summary, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  const texts = summary.bullets.map((b) => b.text);
  if (summary.type === 'headline') return `${texts.join(' ')}\n`;
  const heading = format === 'markdown' ? `**${summary.heading}**\n` : summary.heading;
  if (summary.type === 'tldr') return `${heading}\n${texts.join(' ')}\n`;
  if (format === 'markdown') return `${heading}\n${texts.map((t) => `- ${t}`).join('\n')}\n`;
  return `${heading}\n${texts.map((t) => `• ${t}`).join('\n')}\n`;
}

const per = (size: (length: SummaryLength) => number): string => SUMMARY_LENGTHS.map(size).join('/');

/** Help lines for the summary flags, shared by summarize and batch: what each length means. */
export const SUMMARY_HELP = Object.freeze({
  bullets: `number of key points, ${OPTION_RANGES.bullets.min} to ${OPTION_RANGES.bullets.max} (default ${DEFAULTS.bullets}, or as --length sets; wins over --length)`,
  type: 'key-points (bullets), tldr (one paragraph of the top sentences) or headline (one line)',
  length: `${SUMMARY_LENGTHS.join('|')}: ${per((l) => LENGTHS[l].keyPoints)} key points, ${per((l) => LENGTHS[l].tldrSentences)} tldr sentences, ${per((l) => LENGTHS[l].headlineWords)}-word headline`,
  maxWords:
    `most words per bullet, ${OPTION_RANGES.maxWords.min} to ${OPTION_RANGES.maxWords.max}: a longer sentence is cut at its last clause boundary ` +
    '(comma, semicolon, colon, dash) within the limit, or after the last allowed word, and ends in "…"; the same sentences are chosen as without it',
  wholeSentences: 'bullets are whole sentences (by default the kernpunkte method leaves off a last clause of detail that no other sentence mentions)',
});

/** The summary flags as library options. */
export function summaryOptions(flags: { bullets?: number; length?: SummaryLength; type?: SummaryType; maxWords?: number; wholeSentences?: boolean }): SummarizeOptions {
  return {
    ...(flags.bullets !== undefined ? { bullets: flags.bullets } : {}),
    ...(flags.length !== undefined ? { length: flags.length } : {}),
    ...(flags.type !== undefined ? { type: flags.type } : {}),
    ...(flags.maxWords !== undefined ? { maxWordsPerBullet: flags.maxWords } : {}),
    ...(flags.wholeSentences ? { wholeSentences: true } : {}),
  };
}

/** Resolves the positional argument into library input: a URL, a file, or stdin. */
export async function readInput(source: string | undefined, flags: Pick<SummarizeFlags, 'html' | 'title'>): Promise<{ input: SummarizeInput; warnings: string[] }> {
  const title = flags.title ? { title: flags.title } : {};
  if (source && /^https?:\/\//i.test(source)) return { input: { url: source, ...title }, warnings: [] };
  const [{ LIMITS }, { decodeText, looksLikeHtml, readStdin }] = await Promise.all([import('../summarize/input.js'), import('./input.js')]);
  let bytes: Buffer;
  if (source === undefined || source === '-') {
    if (source === undefined && process.stdin.isTTY) {
      throw new KernpunkteError('INVALID_INPUT', 'no input: give a FILE, a URL, or "-" to read standard input');
    }
    bytes = await readStdin(process.stdin, LIMITS.maxInputBytes);
  } else {
    const info = await stat(source).catch(() => null);
    if (!info) throw new KernpunkteError('INVALID_INPUT', `cannot read "${source}": no such file`, { path: source });
    if (info.isDirectory()) throw new KernpunkteError('INVALID_INPUT', `cannot read "${source}": it is a directory, not an article file`, { path: source });
    if (info.isFile()) {
      if (info.size > LIMITS.maxInputBytes) {
        throw new KernpunkteError('INPUT_TOO_LARGE', `"${source}" has ${info.size} bytes, more than the limit of ${LIMITS.maxInputBytes}`, { limit: LIMITS.maxInputBytes });
      }
      bytes = await readFile(source);
    } else {
      // A named pipe, process substitution (/dev/fd/N), a character device: no size to check
      // up front, so it is streamed with the same byte limit as standard input.
      bytes = await readStdin(createReadStream(source), LIMITS.maxInputBytes, `"${source}"`).catch((e: unknown) => {
        if (e instanceof KernpunkteError) throw e;
        throw new KernpunkteError('INVALID_INPUT', `cannot read "${source}": ${e instanceof Error ? e.message : String(e)}`, { path: source }, { cause: e });
      });
    }
  }
  const decoded = decodeText(bytes);
  const html = flags.html ?? (/\.x?html?$/i.test(source ?? '') || looksLikeHtml(decoded.text));
  return { input: html ? { html: decoded.text, ...title } : { text: decoded.text, ...title }, warnings: decoded.warnings };
}

export function summarizeCommand(): Command {
  return addBackendOptions(new Command('summarize'))
    .description('print the key-point box for an article (text or HTML file, URL, or - for standard input)')
    .argument('[source]', 'FILE, URL or - (standard input)')
    .option('-n, --bullets <n>', SUMMARY_HELP.bullets, intOption('--bullets', OPTION_RANGES.bullets.min, OPTION_RANGES.bullets.max))
    .addOption(new Option('-t, --type <type>', `${SUMMARY_HELP.type} (default ${DEFAULTS.type})`).choices(SUMMARY_TYPES))
    .addOption(new Option('--length <length>', `${SUMMARY_HELP.length} (default ${DEFAULTS.length})`).choices(SUMMARY_LENGTHS))
    .option('-m, --method <name>', 'ranking method (see `kernpunkte methods`)')
    .option('-l, --lang <code>', 'language code instead of detection (de, en, fr, es, it, nl)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--max-words <n>', SUMMARY_HELP.maxWords, intOption('--max-words', OPTION_RANGES.maxWords.min, OPTION_RANGES.maxWords.max))
    .option('--whole-sentences', SUMMARY_HELP.wholeSentences)
    .option('--title <title>', 'the article title, if it is not the first line')
    .option('--html', 'treat the input as HTML (default: by file name or content)')
    .option('--allow-private-hosts', 'URL input: allow loopback and private addresses (off: SSRF protection)')
    .option('--timeout <ms>', 'URL input: total fetch timeout in milliseconds', intOption('--timeout'))
    .action(async (source: string | undefined, flags: SummarizeFlags) => {
      const { input, warnings } = await readInput(source, flags);
      const { summarize } = await import('../summarize/index.js');
      const options: SummarizeOptions = {
        ...summaryOptions(flags),
        ...(flags.method !== undefined ? { method: flags.method } : {}),
        ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
        ...(flags.allowPrivateHosts ? { allowPrivateHosts: true } : {}),
        ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout } : {}),
      };
      // A model's bullets are printed as it finishes them (text and markdown); Ctrl-C cancels the request.
      let streamed = 0;
      const model = flags.backend !== undefined && flags.backend !== 'extractive';
      const controller = new AbortController();
      const onSigint = (): void => controller.abort();
      if (model) {
        Object.assign(options, backendOptions(flags), { signal: controller.signal });
        if (flags.format !== 'json' && (options.type ?? 'key-points') === 'key-points') {
          options.onBullet = (bullet, position, box) => {
            if (position === 0) process.stdout.write(flags.format === 'markdown' ? `**${box.heading}**\n\n` : `${box.heading}\n`);
            process.stdout.write(flags.format === 'markdown' ? `- ${bullet.text}\n` : `• ${bullet.text}\n`);
            streamed++;
          };
        }
        process.once('SIGINT', onSigint);
      } else Object.assign(options, backendOptions(flags));
      let summary: Summary;
      try {
        summary = await summarize(input, options);
      } finally {
        process.off('SIGINT', onSigint);
      }
      for (const w of warnings) summary.warnings.push({ code: 'ENCODING_GUESSED', message: w });
      if (streamed === 0) process.stdout.write(formatSummary(summary, flags.format));
      if (flags.format !== 'json') for (const w of summary.warnings) process.stderr.write(`kernpunkte: warning: ${w.code}: ${w.message}\n`);
    });
}
