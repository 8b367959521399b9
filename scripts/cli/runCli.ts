/**
 * The profile CLI as a function (testable without a subprocess): argv in, text on the given streams, exit
 * code out. 0 ok, 1 a budget failed, 2 bad input or usage. User errors never print a stack trace.
 */
import { resolve } from 'node:path';
import {
  HARDWARE_PRESETS,
  isProfileError,
  profileWorkflow,
  type ProfileOptions,
} from '../../web/src/profiling';
import { checkBudget, parseBudget } from './parseBudget';
import { formatCsv } from './formatCsv';
import { formatText } from './formatText';
import { cleanTerminalText } from './cleanTerminalText';
import { InputError } from './inputError';
import { INPUT_LIMITS_USAGE, takeInputLimit } from './inputLimits';
import { parseArgs, parseNumberList, UsageError, USAGE } from './parseArgs';
import { readHardwareArg } from './readHardwareArg';
import { readJsonFile } from './readInputFile';
import { writeJsonStream } from './writeJsonStream';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd?: string;
}

export const EXIT_OK = 0;
export const EXIT_BUDGET = 1;
export const EXIT_INPUT = 2;

/** Run the CLI. */
export function runCli(argv: readonly string[], cliIo: CliIo): number {
  // Messages quote ids and names from the user's files: no terminal escape sequence gets through.
  const io: CliIo = { ...cliIo, stderr: (text) => cliIo.stderr(cleanTerminalText(text)) };
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`profile: ${error.message}\n`);
      return EXIT_INPUT;
    }
    if (isProfileError(error)) {
      io.stderr(`profile: ${error.message}\n`);
      for (const issue of error.issues.slice(1, 10)) io.stderr(`  also: ${issue.code}: ${issue.message}\n`);
      return EXIT_INPUT;
    }
    io.stderr(
      `profile: internal error (please report): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_INPUT;
  }
}

function run(allArgs: readonly string[], io: CliIo): number {
  const { argv, maxInputMb } = takeInputLimit(allArgs);
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout(`${USAGE}\n\n${INPUT_LIMITS_USAGE}\n`);
    return EXIT_OK;
  }
  if (args.listHardware) {
    for (const p of HARDWARE_PRESETS) io.stdout(`${p.id.padEnd(18)} ${p.name}\n`);
    return EXIT_OK;
  }
  if (args.file === undefined)
    throw new UsageError(
      'No workflow file given. Usage: npm run profile -- <workflow.json> [options] (--help for more).',
    );
  const cwd = io.cwd ?? process.cwd();
  const budget = args.budget !== undefined ? parseBudget(args.budget) : undefined;
  const options: ProfileOptions = { suggestions: args.suggestions };
  if (args.hardware !== undefined) options.hardware = readHardwareArg(args.hardware, cwd, maxInputMb);
  if (args.workers !== undefined) options.workers = args.workers;
  if (args.gpuLanes !== undefined) options.gpuLanes = args.gpuLanes;
  if (args.items !== undefined) options.defaultItemCount = args.items;
  if (args.assume !== undefined) options.assumptions = parseNumberList('--assume', args.assume);
  const input = readJsonFile(
    resolve(cwd, args.file),
    { shown: args.file, role: 'workflow file' },
    maxInputMb,
  );
  const profile = profileWorkflow(input, options);
  if (args.format === 'json') {
    // Streamed: a million-node profile is more JSON than one string can hold.
    writeJsonStream(profile, io.stdout);
    io.stdout('\n');
  } else io.stdout(cleanTerminalText(args.format === 'csv' ? formatCsv(profile) : formatText(profile)));
  if (!budget) return EXIT_OK;
  const result = checkBudget(profile, budget);
  io.stderr(`Budget:\n${result.lines.map((l) => `  ${l}`).join('\n')}\n`);
  return result.passed ? EXIT_OK : EXIT_BUDGET;
}
