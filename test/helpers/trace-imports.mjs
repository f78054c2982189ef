/**
 * `node --import ./test/helpers/trace-imports.mjs …` appends the URL of every module the
 * process loads to the file named by $KP_TRACE_FILE (one per line): the start-up test checks
 * from it which packages a command pulled in.
 */
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url);
