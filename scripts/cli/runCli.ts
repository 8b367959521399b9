/**
 * The profile CLI as a function (testable without a subprocess): argv in, text on the given streams, exit
 * code out. 0 ok, 1 a budget failed, 2 bad input or usage. User errors never print a stack trace.
 */
import { resolve } from 'node:path';
import {
  HARDWARE_PRESETS,
  isProfileError,
  profileWorkflow,
  type Profile,
  type ProfileOptions,
} from '../../web/src/profiling';
import { attachMeasurements, computeWorkflowVersion, type RunRecord } from '../../web/src/runs';
import { checkBudget, hasRelativeLimits, parseBudget } from './parseBudget';
import { isProfileFileError } from '../../web/src/exports';
import { cleanTerminalText } from './cleanTerminalText';
import { InputError } from './inputError';
import { INPUT_LIMITS_USAGE, takeInputLimit } from './inputLimits';
import { parseArgs, UsageError, USAGE } from './parseArgs';
import { loadRunFiles, RunFileError } from './runs/loadRunFiles';
import { checkLearnArgs, describeCalibration, learnFromRuns } from './runs/calibrateCli';
import { DEFAULT_LIVE_TIMEOUT_S, LiveRunFailure, runLive } from './runs/runLive';
import { clean, type CliRun } from './runs/measuredOutput';
import { buildProfileOptions } from './buildProfileOptions';
import { readJsonFile } from './readInputFile';
import { openOutput } from './openOutput';
import { readProfileInput } from './readProfileInput';
import { runDiff } from './diff/runDiff';
import { writeProfileOutput } from './writeProfileOutput';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd?: string;
}

export const EXIT_OK = 0;
export const EXIT_BUDGET = 1;
export const EXIT_INPUT = 2;

/** Run the CLI (async: a live run on a server takes its time). */
export async function runCli(argv: readonly string[], cliIo: CliIo): Promise<number> {
  // Messages quote ids and names from the user's files: no terminal escape sequence gets through.
  const io: CliIo = { ...cliIo, stderr: (text) => cliIo.stderr(cleanTerminalText(text)) };
  try {
    return await run(argv, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof RunFileError ||
      error instanceof LiveRunFailure ||
      isProfileFileError(error)
    ) {
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

async function run(allArgs: readonly string[], io: CliIo): Promise<number> {
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
  const cwd = io.cwd ?? process.cwd();
  // Usage errors before any file is read.
  checkLearnArgs(args.learn, args.calibration, args.runs.length + (args.server === undefined ? 0 : 1));
  const options: ProfileOptions = buildProfileOptions(args, cwd, maxInputMb);
  if (args.command === 'diff') return runDiff(args, options, cwd, maxInputMb, io);
  if (args.file === undefined)
    throw new UsageError(
      'No workflow file given. Usage: npm run profile -- <workflow.json> [options] (--help for more).',
    );
  const budget = args.budget !== undefined ? parseBudget(args.budget) : undefined;
  if (args.baseline !== undefined && budget === undefined)
    throw new UsageError(
      '--baseline is what relative --budget limits compare with: add --budget, e.g. --budget makespanMs=+10%.',
    );
  if (budget && hasRelativeLimits(budget) && args.baseline === undefined)
    throw new UsageError(
      '--budget has limits relative to a baseline (+N%, +N, -N): give the saved profile with --baseline <profile.json>.',
    );
  const input = readJsonFile(
    resolve(cwd, args.file),
    { shown: args.file, role: 'workflow file' },
    maxInputMb,
  );
  if (args.server === undefined && (args.record !== undefined || args.timeoutS !== undefined))
    throw new UsageError('--record and --timeout apply to a live run: add --server <ws url>.');
  // Read before the (possibly long) live run: a bad baseline is a usage problem to report at once.
  const baseline =
    args.baseline === undefined
      ? null
      : readProfileInput(args.baseline, 'baseline file', cwd, options, maxInputMb).profile;
  const runs: CliRun[] = loadRunFiles(args.runs, cwd);
  let profile = profileWorkflow(input, options);
  const live =
    args.server === undefined
      ? null
      : await runLive({
          url: args.server,
          input,
          file: args.file,
          format: args.jsonFrames ? 'json' : 'msgpack',
          timeoutS: args.timeoutS ?? DEFAULT_LIVE_TIMEOUT_S,
          recordPath: args.record === undefined ? undefined : resolve(cwd, args.record),
          log: (line) => io.stderr(`${line}\n`),
        });
  if (live) runs.push({ record: live, origin: args.server! });
  warnOtherVersions(input, runs, io);
  if (args.learn) {
    const calibration = learnFromRuns(input, profile, runs);
    io.stderr(describeCalibration(calibration));
    profile = profileWorkflow(input, { ...options, calibration });
  }
  const measured =
    runs.length === 0
      ? { nodes: {}, summary: null }
      : attachMeasurements(
          profile,
          runs.map((run) => run.record),
        );
  const output = openOutput(
    args.output,
    cwd,
    io.stdout,
    (line) => io.stderr(`${line}\n`),
    args.format === 'text' || args.format === 'csv',
  );
  writeProfileOutput(args.format, profile, runs, measured, output.write);
  output.close();
  const liveFailed = live !== null && live.status !== 'completed';
  if (liveFailed) io.stderr(`profile: ${describeUnfinishedRun(live, profile.nodes)}\n`);
  if (!budget) return liveFailed ? EXIT_BUDGET : EXIT_OK;
  if (baseline) noteBaselineDifferences(profile, baseline, args.baseline!, io);
  const result = checkBudget(profile.summary, budget, baseline?.summary ?? null);
  io.stderr(`Budget:\n${result.lines.map((l) => `  ${l}`).join('\n')}\n`);
  return result.passed && !liveFailed ? EXIT_OK : EXIT_BUDGET;
}

/** A baseline on other hardware or lanes still compares, but the user should know why figures moved. */
function noteBaselineDifferences(profile: Profile, baseline: Profile, file: string, io: CliIo): void {
  const differences: string[] = [];
  if (baseline.hardware.name !== profile.hardware.name)
    differences.push(`hardware ${clean(baseline.hardware.name)} (now ${clean(profile.hardware.name)})`);
  for (const key of ['workers', 'gpuLanes', 'defaultItemCount'] as const)
    if (baseline.options[key] !== profile.options[key])
      differences.push(`${key} ${baseline.options[key]} (now ${profile.options[key]})`);
  if (differences.length > 0)
    io.stderr(`profile: note: baseline ${clean(file)} was profiled with ${differences.join(', ')}.\n`);
}

/** "the live run failed in "Fail" (bad): …" / "was cancelled while "Sleep" (b) ran" / "did not finish …". */
function describeUnfinishedRun(record: RunRecord, nodes: readonly { id: string; title: string }[]): string {
  const name = (id: string) => {
    const title = nodes.find((n) => n.id === id)?.title;
    return title && title !== id ? `"${clean(title)}" (${clean(id)})` : `"${clean(id)}"`;
  };
  if (record.status === 'failed') {
    const where = record.error?.nodeId ? ` in ${name(record.error.nodeId)}` : '';
    return `the live run failed${where}: ${clean(record.error?.message ?? 'no error text')}`;
  }
  const open = Object.values(record.nodes)
    .filter((node) => node.status === 'unfinished')
    .map((node) => name(node.nodeId));
  const during = open.length > 0 ? ` while ${open.join(', ')} ran` : '';
  return record.status === 'cancelled'
    ? `the live run was cancelled${during}.`
    : `the live run did not report its end${during} (incomplete: timed out or the connection was lost).`;
}

/** A run of another version of the workflow still counts per node id, but the user should know. */
function warnOtherVersions(input: unknown, runs: readonly CliRun[], io: CliIo): void {
  // The version hash ingests the whole workflow again: only worth it when there is a run to compare.
  if (runs.length === 0) return;
  const version = computeWorkflowVersion(input);
  for (const { record, origin } of runs) {
    if (version !== null && record.workflowVersion !== null && record.workflowVersion !== version)
      io.stderr(
        `profile: note: ${clean(origin)} ran another version of this workflow (${record.workflowVersion}, this file is ${version}); its times are matched by node id.\n`,
      );
  }
}
