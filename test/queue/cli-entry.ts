/**
 * `kernpunkte queue …` and `kernpunkte worker …` from source, for tests, until
 * src/cli/main.ts registers queueCommand() and workerCommand().
 */
import { Command } from 'commander';
import { queueCommand, workerCommand } from '../../src/cli/queue.js';

await new Command('kernpunkte').addCommand(queueCommand()).addCommand(workerCommand()).parseAsync(process.argv);
