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
import * as nodeModule from 'node:module';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
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
    .version(version);
  program.addCommand(summarizeCommand());
  program
    .command('methods')
    .description('list the ranking methods')
    .action(async () => {
      const { methods } = await import('../rank/index.js');
      for (const m of methods()) process.stdout.write(`${m.name.padEnd(11)} ${m.description}\n`);
    });
  program
    .command('backends')
    .description('list the back-ends that can write the bullets (--backend)')
    .action(async () => {
      const { backends } = await import('../backends/index.js');
      for (const b of backends()) process.stdout.write(`${b.name.padEnd(11)} ${b.description}\n`);
    });
  program.addCommand(evalCommand());
  program.addCommand(serveCommand());
  program.addCommand(batchCommand());
  program.addCommand(queueCommand());
  program.addCommand(workerCommand());
  // Usage errors must exit with 2, in every subcommand, not commander's default 1: commander
  // throws instead of exiting, and main() maps what it threw. Its message is printed as the
  // one coded line every other failure gets (set on each command: addCommand does not
  // inherit output settings). Help and --version go through writeOut, untouched.
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.configureOutput({ outputError: (message, write) => write(usageErrorLine(message, commandPath(cmd))) });
    // A flag's own check (a range, a URL) throws INVALID_OPTION; it is a usage error like any
    // other, so it goes out through cmd.error and gets the same "(see … --help)" hint.
    for (const option of cmd.options) {
      const parse = option.parseArg;
      if (!parse) continue;
      option.parseArg = <T>(value: string, previous: T): T => {
        try {
          return parse(value, previous);
        } catch (e) {
          if (isKernpunkteError(e) && e.code === 'INVALID_OPTION') cmd.error(e.message, { exitCode: EXIT_CODES.usage, code: 'kernpunkte.invalidOption' });
          throw e;
        }
      };
    }
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * commander's error message ("error: unknown command 'x'\n") as one coded line, with where to
 * find the usage: `kernpunkte: INVALID_OPTION: unknown command 'x' (see kernpunkte --help)`.
 */
export function usageErrorLine(message: string, command = 'kernpunkte'): string {
  const text = message.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
  return `kernpunkte: INVALID_OPTION: ${text} (see ${command} --help)\n`;
}

/**
 * The one mapping from a failure to an exit code, with its one-line message on stderr:
 * commander's usage errors (already printed, as one coded line, by the outputError set in
 * buildProgram) → 2, or 0 for --help/--version;
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

/**
 * Whether `argv1` (process.argv[1]) names the module at `self`: through a symlink (npm's bin
 * link), or without its extension (`node dist/cli/main`: Node added the .js itself). A path
 * that does not resolve is not this module; it must never throw.
 */
export function isEntryPoint(argv1: string | undefined, self: string): boolean {
  if (!argv1) return false;
  const real = (path: string): string | null => {
    try {
      return realpathSync(path);
    } catch {
      return null;
    }
  };
  const invoked = real(argv1) ?? (extname(argv1) === '' ? real(argv1 + extname(self)) : null);
  return invoked === self;
}

// Run only as the program itself, not when a test imports it.
if (isEntryPoint(process.argv[1], fileURLToPath(import.meta.url))) {
  // Node ≥ 22.1 keeps compiled code on disk between runs (the library loads after this line);
  // Node 20 has no such cache, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  process.exitCode = await main();
}
