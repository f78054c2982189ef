/**
 * The HTTP contract as zod schemas. Requests are validated with them and /openapi.json is
 * generated from the same objects, so the document cannot drift from what the server accepts.
 */
import { z } from 'zod';
import { LENGTHS, LIMITS, SUMMARY_LENGTHS, SUMMARY_TYPES } from '../summarize/limits.js';
import type { SummarizeInput, SummarizeOptions } from '../types.js';

/** Limits of the request fields: the library's own ranges, plus sizes of the string fields. */
export const FIELD_LIMITS = Object.freeze({
  minBullets: LIMITS.minBullets,
  maxBullets: LIMITS.maxBullets,
  minWordsPerBullet: LIMITS.minWordsPerBullet,
  maxWordsPerBullet: LIMITS.maxWordsPerBullet,
  maxUrlLength: 2048,
  maxTitleLength: 1000,
  maxLangLength: 16,
  maxMethodLength: 64,
});

const bullets = z
  .number()
  .int()
  .min(FIELD_LIMITS.minBullets)
  .max(FIELD_LIMITS.maxBullets)
  .meta({ description: 'Number of key points (default: by length, 3); only for type key-points, and wins over length.', examples: [3] });
const type = z.enum(SUMMARY_TYPES).meta({
  description: 'key-points (default): bullets; tldr: one paragraph of the top sentences in article order; headline: one line, the title or a sentence cut at a clause boundary.',
});
const length = z.enum(SUMMARY_LENGTHS).meta({
  description: `short (default), medium or long: ${SUMMARY_LENGTHS.map((l) => LENGTHS[l].keyPoints).join('/')} key points, ${SUMMARY_LENGTHS.map((l) => LENGTHS[l].tldrSentences).join('/')} tldr sentences, ${SUMMARY_LENGTHS.map((l) => LENGTHS[l].headlineWords).join('/')}-word headline.`,
});
const method = z
  .string()
  .min(1)
  .max(FIELD_LIMITS.maxMethodLength)
  .meta({ description: 'Ranking method; see GET /v1/methods (default "kernpunkte").' });
const lang = z
  .string()
  .min(2)
  .max(FIELD_LIMITS.maxLangLength)
  .meta({ description: 'ISO 639-1 code to force instead of detecting the language.', examples: ['de'] });
const maxWordsPerBullet = z
  .number()
  .int()
  .min(FIELD_LIMITS.minWordsPerBullet)
  .max(FIELD_LIMITS.maxWordsPerBullet)
  .meta({ description: 'Most words per bullet: a longer sentence is cut at its last clause boundary within the limit (or after the last allowed word), ends in "…", and its source `end` is the kept part\'s. The same sentences are chosen as without it.' });
const wholeSentences = z
  .boolean()
  .meta({ description: 'Bullets are whole sentences. By default the kernpunkte method leaves off a last clause of detail that no other sentence mentions; the bullet ends with the sentence\'s own stop and its source `end` is the kept part\'s.' });
const backend = z
  .string()
  .min(1)
  .max(FIELD_LIMITS.maxMethodLength)
  .meta({ description: 'Who writes the bullets: "extractive" (default) or the model back-end the server was started with; see GET /v1/backends.' });
const guard = z
  .enum(['replace', 'warn', 'off'])
  .meta({ description: 'Model bullets that fail the faithfulness check: replaced by an article sentence (default), kept with a warning, or not checked.' });
const outputLang = z
  .string()
  .min(2)
  .max(FIELD_LIMITS.maxLangLength)
  .meta({ description: 'Model back-ends: the language to write the bullets in (default: the article\'s).' });
const url = z
  .string()
  .min(1)
  .max(FIELD_LIMITS.maxUrlLength)
  .meta({ description: 'http(s) URL of an article page to fetch and summarize.', examples: ['https://example.org/news/1'] });

export const SummarizeBody = z
  .strictObject({
    text: z.string().meta({ description: 'Plain article text (first line may be the title).' }).optional(),
    html: z.string().meta({ description: 'Article page HTML; the main text is extracted.' }).optional(),
    url: url.optional(),
    title: z.string().max(FIELD_LIMITS.maxTitleLength).nullable().optional(),
    lang: lang.optional(),
    bullets: bullets.optional(),
    type: type.optional(),
    length: length.optional(),
    method: method.optional(),
    maxWordsPerBullet: maxWordsPerBullet.optional(),
    wholeSentences: wholeSentences.optional(),
    backend: backend.optional(),
    guard: guard.optional(),
    outputLang: outputLang.optional(),
  })
  .superRefine((body, ctx) => {
    // url beside html is the page's address (for resolving links), not a second source.
    const given = (['text', 'html', 'url'] as const).filter(
      (k) => body[k] !== undefined && !(k === 'url' && body.html !== undefined),
    );
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: given.length === 0 ? 'one of text, html or url is required' : `give only one of ${given.join(', ')}`,
        path: given.length === 0 ? [] : [given[1] ?? 'text'],
      });
    }
  })
  .meta({
    description: 'Exactly one of text, html or url (url may accompany html as its address), plus options.',
    examples: [{ text: 'Titel\n\nErster Absatz des Artikels …', bullets: 3 }],
  });
export type SummarizeBody = z.infer<typeof SummarizeBody>;

/** Query strings carry only strings; numbers are coerced. */
export const SummarizeQuery = z
  .strictObject({
    url: url.optional(),
    text: z.string().optional().meta({ description: 'Plain article text (short texts only; prefer POST).' }),
    lang: lang.optional(),
    bullets: z.coerce.number().pipe(bullets).optional(),
    type: type.optional(),
    length: length.optional(),
    method: method.optional(),
    maxWordsPerBullet: z.coerce.number().pipe(maxWordsPerBullet).optional(),
    wholeSentences: z.enum(['true', 'false']).transform((v) => v === 'true').pipe(wholeSentences).optional(),
    backend: backend.optional(),
    guard: guard.optional(),
    outputLang: outputLang.optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.url === undefined) === (q.text === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of url or text', path: [] });
    }
  });
export type SummarizeQuery = z.infer<typeof SummarizeQuery>;

const Span = { start: z.number().int(), end: z.number().int() };
export const SummaryResponse = z
  .object({
    lang: z.string().meta({ description: 'ISO 639-1 code, or "und" when undetermined.' }),
    title: z.string().nullable(),
    heading: z.string().meta({ description: 'The box heading in the article language, e.g. "Zusammenfassung".' }),
    bullets: z.array(
      z.object({
        text: z.string(),
        sources: z.array(
          z
            .object({ sentence: z.number().int(), ...Span })
            .meta({ description: 'A source sentence: its index (-1: the title) and the offsets of the part used, into the input text (or into `text`).' }),
        ),
        origin: z.enum(['extractive', 'model']).optional().meta({ description: 'Model back-ends: who wrote the text.' }),
        check: z
          .object({
            consistent: z.boolean(),
            score: z.number(),
            issues: z.array(z.object({ kind: z.string(), text: z.string(), message: z.string() })),
          })
          .optional()
          .meta({ description: "Model bullets: the faithfulness check's verdict against the cited sentences." }),
      }),
    ),
    backend: z.string().optional(),
    model: z.string().optional(),
    method: z.string(),
    type: type.optional(),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    dropped: z.array(z.object({ kind: z.string(), text: z.string(), ...Span })),
    blocks: z
      .array(z.object({ kind: z.enum(['title', 'subtitle', 'heading', 'paragraph']), ...Span }))
      .optional()
      .meta({ description: 'Where the kept blocks lie in the text (title, subtitle, crossheads, paragraphs), for showing the article.' }),
    text: z.string().optional().meta({ description: 'For html/url input: the extracted text the offsets refer to.' }),
    meta: z.record(z.string(), z.string().nullable().optional()).optional(),
  })
  .meta({ description: 'The summary: the box heading, the bullets and where each comes from.' });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().meta({ description: 'Stable machine-readable error code; branch on this.' }),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ description: 'RFC 9457 problem details.' });

export const MethodsResponse = z
  .object({ methods: z.array(z.object({ name: z.string(), description: z.string() })) })
  .meta({ description: 'Ranking methods by name.' });

export const HealthResponse = z
  .object({ status: z.literal('ok'), inFlight: z.number().int(), concurrency: z.number().int(), threads: z.number().int().nullable() })
  .meta({ description: 'Liveness and current load.' });

/** Split a validated request into the library's input and options. */
export function toLibraryCall(body: SummarizeBody | SummarizeQuery): { input: SummarizeInput; options: SummarizeOptions } {
  const options: SummarizeOptions = {};
  if (body.bullets !== undefined) options.bullets = body.bullets;
  if (body.type !== undefined) options.type = body.type;
  if (body.length !== undefined) options.length = body.length;
  if (body.method !== undefined) options.method = body.method;
  if (body.lang !== undefined) options.lang = body.lang;
  if (body.maxWordsPerBullet !== undefined) options.maxWordsPerBullet = body.maxWordsPerBullet;
  if (body.wholeSentences !== undefined) options.wholeSentences = body.wholeSentences;
  if (body.backend !== undefined) options.backend = body.backend;
  if (body.guard !== undefined) options.guard = body.guard;
  if (body.outputLang !== undefined) options.outputLang = body.outputLang;
  const title = 'title' in body ? body.title : undefined;
  const extra = {
    ...(title !== undefined ? { title } : {}),
    ...(body.lang !== undefined ? { lang: body.lang } : {}),
  };
  const html = 'html' in body ? body.html : undefined;
  let input: SummarizeInput;
  if (body.text !== undefined) input = { text: body.text, ...extra };
  else if (html !== undefined) input = { html, ...(body.url !== undefined ? { url: body.url } : {}), ...extra };
  else input = { url: body.url ?? '', ...extra };
  return { input, options };
}
