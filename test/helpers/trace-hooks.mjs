/** Module hooks for trace-imports.mjs (they run on the loader thread, hence a file, not a message). */
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (process.env.KP_TRACE_FILE) appendFileSync(process.env.KP_TRACE_FILE, `${url}\n`);
  return next(url, context);
}
