/**
 * `npm run accuracy` as a function (testable without a subprocess): argv in, text on the given streams,
 * exit code out. 0 all targets met, 1 a target missed, 2 bad usage or input.
 */
import { existsSync } from 'node:fs';
import { isProfileError, profileWorkflow, type ProfileOptions } from '../../web/src/profiling';
import { cleanTerminalText } from '../cli/cleanTerminalText';
import { InputError } from '../cli/inputError';
import { UsageError } from '../cli/parseArgs';
import { readHardwareArg } from '../cli/readHardwareArg';
import { DEFAULT_MAX_INPUT_MB } from '../cli/readInputFile';
import { findExtraRows } from './findExtraRows';
import { formatMeasuredRuns, type MeasuredRunsReport } from './formatMeasuredRuns';
import { loadMeasuredRuns } from './loadMeasuredRuns';
import { compareRunWithProfile, summarizeRunErrors } from './measuredRuns';
import { ACCURACY_USAGE, parseAccuracyArgs, type AccuracyArgs } from './parseAccuracyArgs';
import { renderMarkdown, renderText } from './report';
import { scoreCalibration } from './scoreCalibration';

export interface AccuracyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** The calibration folder scored by default (data/calibration or CALIBRATION_DIR). */
  calibrationDir: string;
  /** The folder `--also-shared` compares with (../shared/calibration). */
  sharedDir: string;
}

export const EXIT_MISSED = 1;
export const EXIT_USAGE = 2;

/** Run `npm run accuracy` with `argv` (the arguments after `--`). */
export function runAccuracyCli(argv: readonly string[], io: AccuracyIo): number {
  const out = (text: string) => io.stdout(cleanTerminalText(text));
  try {
    const args = parseAccuracyArgs(argv);
    if (args.help) {
      out(`${ACCURACY_USAGE}\n`);
      return 0;
    }
    if (args.runs.length === 0 && (args.hardware !== undefined || args.runsTarget !== undefined))
      throw new UsageError(
        '--hardware and --runs-target apply to measured runs: add --runs <folder or file>.',
      );
    // Runs are read and profiled first, so a bad run file stops before any report is printed.
    const report = args.runs.length > 0 ? compareRuns(args, io) : null;
    let missed = scoreFolder(io.calibrationDir, args, out, io.stderr);
    if (args.alsoShared) missed = scoreShared(io, args, out) || missed;
    if (report) missed = reportRuns(report, args, out) || missed;
    return missed ? EXIT_MISSED : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(cleanTerminalText(`accuracy: ${error.message}\n`));
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Score one calibration folder; true when a target was missed. */
function scoreFolder(
  dir: string,
  args: AccuracyArgs,
  out: (text: string) => void,
  warn: (text: string) => void,
): boolean {
  if (!existsSync(dir)) {
    out(`accuracy: calibration folder not found at ${dir}.\n`);
    out('Nothing to score. Put the calibration CSVs there (data/calibration) or set CALIBRATION_DIR.\n');
    return false;
  }
  const { summaries, skipped } = scoreCalibration(dir, (name) =>
    warn(`accuracy: ${name} not found in ${dir}; its quantities are skipped.\n`),
  );
  out(`Calibration: ${dir}\n\n`);
  out(`${args.markdown ? renderMarkdown(summaries) : renderText(summaries)}\n`);
  out(
    `\n${skipped.length} row(s) not compared${args.skipped ? ':' : ' (run with --skipped to list them).'}\n`,
  );
  if (args.skipped) for (const s of skipped) out(`  ${s.file}: ${s.label} — ${s.reason}\n`);
  // Quantities without rows (CSV missing) are reported as n/a, not as missed targets.
  const missed = summaries.filter((s) => s.n > 0 && !s.met);
  if (missed.length > 0) out(`\nTargets missed: ${missed.map((s) => s.quantity).join(', ')}\n`);
  return missed.length > 0;
}

/** `--also-shared`: score ../shared/calibration when it has rows the project's copy lacks. */
function scoreShared(io: AccuracyIo, args: AccuracyArgs, out: (text: string) => void): boolean {
  out('\n');
  if (!existsSync(io.sharedDir)) {
    out(`--also-shared: ${io.sharedDir} does not exist; only ${io.calibrationDir} was scored.\n`);
    return false;
  }
  const extra = findExtraRows(io.calibrationDir, io.sharedDir).filter((file) => file.extra > 0);
  if (extra.length === 0) {
    out(
      `--also-shared: ${io.sharedDir} holds no row that ${io.calibrationDir} lacks; nothing more to score.\n`,
    );
    return false;
  }
  out(
    `--also-shared: ${io.sharedDir} has rows the project lacks (${extra.map((f) => `${f.file}: ${f.extra}`).join(', ')}); scoring it as well.\n\n`,
  );
  return scoreFolder(io.sharedDir, args, out, io.stderr);
}

/** `--runs`: read every run, profile its workflow and compare. */
function compareRuns(args: AccuracyArgs, io: AccuracyIo): MeasuredRunsReport {
  const options: ProfileOptions = {};
  if (args.hardware !== undefined)
    options.hardware = readHardwareArg(args.hardware, io.cwd, DEFAULT_MAX_INPUT_MB);
  const report: MeasuredRunsReport = {
    runs: [],
    workflowFrom: {},
    hardware: { id: undefined, name: '' },
    includeUnknown: args.includeUnknown,
  };
  for (const input of loadMeasuredRuns(args.runs, io.cwd)) {
    let profile;
    try {
      profile = profileWorkflow(input.workflow, options);
    } catch (error) {
      if (!isProfileError(error)) throw error;
      throw new InputError(`--runs ${input.label}: its workflow (${input.workflowFrom}): ${error.message}`);
    }
    report.hardware = { id: profile.hardware.id, name: profile.hardware.name };
    report.runs.push(compareRunWithProfile(profile, input.record, input.label));
    report.workflowFrom[input.label] = input.workflowFrom;
  }
  return report;
}

/** Print the measured-run report; true when `--runs-target` was given and missed. */
function reportRuns(report: MeasuredRunsReport, args: AccuracyArgs, out: (text: string) => void): boolean {
  out(`\n${formatMeasuredRuns(report)}`);
  if (args.runsTarget === undefined) return false;
  const { n, medianFactor } = summarizeRunErrors(report.runs, { includeUnknown: args.includeUnknown });
  if (n > 0 && medianFactor <= args.runsTarget) return false;
  out(
    `\nRuns target missed: ${n === 0 ? 'no node was counted' : `median error factor ${medianFactor.toFixed(2)}×`} (target ≤ ${args.runsTarget}×).\n`,
  );
  return true;
}
