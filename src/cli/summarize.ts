/**
 * `kernpunkte summarize [FILE|URL|-]`: reads an article (text or HTML file, URL, or stdin),
 * prints the box. The shell only reads input and prints; the work is `summarize()`, loaded
 * when the action runs (the HTML extractor and fetcher load inside it only for HTML and URLs).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { KernpunkteError } from '../errors.js';
import type { Summary, SummarizeInput, SummarizeOptions } from '../types.js';
import { addBackendOptions, backendOptions, type BackendFlags } from './backend-options.js';
import { OPTION_RANGES } from './limits.js';
import { intOption } from './options.js';

export type OutputFormat = 'text' | 'markdown' | 'json';

interface SummarizeFlags extends BackendFlags {
  bullets?: number;
  method?: string;
  lang?: string;
  format: OutputFormat;
  maxWords?: number;
  title?: string;
  html?: boolean;
  allowPrivateHosts?: boolean;
  timeout?: number;
}

/** The box as a portal shows it: heading, then one "• " line per bullet. */
export function formatSummary(summary: Summary, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  if (format === 'markdown') return `**${summary.heading}**\n\n${summary.bullets.map((b) => `- ${b.text}`).join('\n')}\n`;
  return `${summary.heading}\n${summary.bullets.map((b) => `• ${b.text}`).join('\n')}\n`;
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
    .option('-n, --bullets <n>', `number of bullets, ${OPTION_RANGES.bullets.min} to ${OPTION_RANGES.bullets.max}`, intOption('--bullets', OPTION_RANGES.bullets.min, OPTION_RANGES.bullets.max))
    .option('-m, --method <name>', 'ranking method (see `kernpunkte methods`)')
    .option('-l, --lang <code>', 'language code instead of detection (de, en, fr, es, it, nl)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--max-words <n>', `maximum words per bullet, ${OPTION_RANGES.maxWords.min} to ${OPTION_RANGES.maxWords.max}`, intOption('--max-words', OPTION_RANGES.maxWords.min, OPTION_RANGES.maxWords.max))
    .option('--title <title>', 'the article title, if it is not the first line')
    .option('--html', 'treat the input as HTML (default: by file name or content)')
    .option('--allow-private-hosts', 'URL input: allow loopback and private addresses (off: SSRF protection)')
    .option('--timeout <ms>', 'URL input: total fetch timeout in milliseconds', intOption('--timeout'))
    .action(async (source: string | undefined, flags: SummarizeFlags) => {
      const { input, warnings } = await readInput(source, flags);
      const { summarize } = await import('../summarize/index.js');
      const options: SummarizeOptions = {
        ...(flags.bullets !== undefined ? { bullets: flags.bullets } : {}),
        ...(flags.method !== undefined ? { method: flags.method } : {}),
        ...(flags.lang !== undefined ? { lang: flags.lang } : {}),
        ...(flags.maxWords !== undefined ? { maxWordsPerBullet: flags.maxWords } : {}),
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
