/** Runs `kernpunkte batch …` from source, for tests, without depending on src/cli/main.ts. */
import { batchCommand } from '../../src/cli/batch.js';

await batchCommand().parseAsync(process.argv);
