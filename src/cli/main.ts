#!/usr/bin/env node
/**
 * The kernpunkte command line: one shell over the library. Every command's failure comes
 * through the one handler here (`main`): actions throw KernpunkteError, and it prints one line
 * `kernpunkte: CODE: message` and exits 2 for bad usage or bad input, 1 for a processing
 * failure. A command whose result is "some records failed" (batch, queue add) sets
 * `process.exitCode` to 1 instead; that is a result, not an error.
 *
 * Start-up stays fast: this file and the command definitions load only commander and small
 * modules; each action imports its heavy modules (the library, fastify, bullmq, piscina, the
 * evaluation harness) with `await import()` when it runs.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { isKernpunkteError } from '../errors.js';
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
    .action(async () => {
      const { methods } = await import('../rank/index.js');
      for (const m of methods()) process.stdout.write(`${m.name.padEnd(11)} ${m.description}\n`);
    });
  program.addCommand(evalCommand());
  program.addCommand(serveCommand());
  program.addCommand(batchCommand());
  program.addCommand(queueCommand());
  program.addCommand(workerCommand());
  // Usage errors must exit with 2, in every subcommand, not commander's default 1: commander
  // throws instead of exiting, and main() maps what it threw.
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}

/**
 * The one mapping from a failure to an exit code, with its one-line message on stderr:
 * commander's usage errors (already printed by commander) → 2, or 0 for --help/--version;
 * KernpunkteError → 2 for bad input or options, 1 for processing failures (INTERNAL, Redis);
 * anything else is a bug or an I/O failure → INTERNAL, 1.
 */
export function exitCodeFor(error: unknown, stderr: { write(line: string): unknown } = process.stderr): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  if (isKernpunkteError(error)) {
    stderr.write(`kernpunkte: ${error.code}: ${error.message}\n`);
    return error.isInputError ? EXIT_CODES.usage : EXIT_CODES.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`kernpunkte: INTERNAL: ${message.split('\n')[0]}\n`);
  return EXIT_CODES.failure;
}

/**
 * Runs the command line and resolves to the exit code. Actions throw on failure; a command
 * whose result is "some records failed" sets `process.exitCode` to 1, which is returned here.
 */
export async function main(argv: string[] = process.argv): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_CODES.ok;
  } catch (error) {
    return exitCodeFor(error);
  }
}

// Run only as the program itself (through npm's bin link too), not when a test imports it.
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) process.exitCode = await main();
