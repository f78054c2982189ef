#!/usr/bin/env node
/**
 * The kernpunkte command line: one shell over the library. Every command's failure comes
 * through the one handler here: exit 2 with a one-line message for bad usage or bad input,
 * exit 1 for a processing failure.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { isKernpunkteError } from '../errors.js';
import { methods } from '../rank/index.js';
import { batchCommand } from './batch.js';
import { evalCommand } from './eval.js';
import { queueCommand, workerCommand } from './queue.js';
import { serveCommand } from './serve.js';
import { summarizeCommand } from './summarize.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export const EXIT_CODES = Object.freeze({ ok: 0, failure: 1, usage: 2 });

export function buildProgram(): Command {
  const program = new Command('kernpunkte')
    .description('The "Zusammenfassung" box for any news article: offline, extractive, grounded.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)');
  program.addCommand(summarizeCommand());
  program
    .command('methods')
    .description('list the ranking methods')
    .action(() => {
      for (const m of methods()) process.stdout.write(`${m.name.padEnd(11)} ${m.description}\n`);
    });
  program.addCommand(evalCommand());
  program.addCommand(serveCommand());
  program.addCommand(batchCommand());
  program.addCommand(queueCommand());
  program.addCommand(workerCommand());
  // Usage errors must exit with 2, in every subcommand, not commander's default 1.
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message already; help and version end with code 0.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    if (isKernpunkteError(error)) {
      process.stderr.write(`kernpunkte: ${error.code}: ${error.message}\n`);
      return error.isInputError ? EXIT_CODES.usage : EXIT_CODES.failure;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kernpunkte: INTERNAL: ${message.split('\n')[0]}\n`);
    return EXIT_CODES.failure;
  }
}

// Run only as the program itself (through npm's bin link too), not when a test imports it.
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) process.exitCode = await main();
