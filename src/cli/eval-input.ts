/**
 * What `eval summaries` and `eval coherence` read before they run: the method names (--method or
 * the command's defaults), the methods that can run, and DATA's valid records (up to --limit).
 * Broken lines and skipped methods are reported on stderr; bad flags or an unreadable or empty
 * file throw a KernpunkteError.
 */
import { existsSync, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { KernpunkteError } from '../errors.js';
import type { EvalRecord } from '../eval/jsonl.js';
import type { ResolvedMethods } from '../eval/methods.js';
import { parseInteger } from './options.js';

export interface EvalInput extends ResolvedMethods {
  records: EvalRecord[];
}

export async function readEvalInput(
  command: string,
  dataPath: string,
  flags: { method?: string | undefined; limit?: string | undefined },
  defaultMethods: readonly string[],
  err: Writable,
): Promise<EvalInput> {
  const [{ readEvalRecords }, { resolveMethods }] = await Promise.all([import('../eval/jsonl.js'), import('../eval/methods.js')]);
  const limit = flags.limit === undefined ? undefined : parseInteger('--limit', flags.limit, 1, Number.MAX_SAFE_INTEGER);
  const names = flags.method
    ? flags.method
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [...defaultMethods];
  if (names.length === 0) throw new KernpunkteError('INVALID_OPTION', '--method needs at least one method name', { option: 'method' });
  if (!existsSync(dataPath) || !statSync(dataPath).isFile()) {
    throw new KernpunkteError('INVALID_INPUT', `cannot read ${dataPath}: no such file`, { path: dataPath });
  }
  const { methods, skipped } = await resolveMethods(names);
  for (const [name, reason] of Object.entries(skipped)) err.write(`${command}: skipping ${name}: ${reason}\n`);
  const records: EvalRecord[] = [];
  for await (const r of readEvalRecords(dataPath, (p) => err.write(`${dataPath}:${p.line}: ${p.message} (line skipped)\n`))) {
    records.push(r);
    if (limit !== undefined && records.length >= limit) break;
  }
  if (records.length === 0) {
    throw new KernpunkteError('INVALID_INPUT', `${dataPath} has no valid record ({id, lang, title, text, summary: string[]} per line)`, { path: dataPath });
  }
  return { methods, skipped, records };
}
