/**
 * `--calibration <file>` and `--learn`: read an exported calibration, or build one from the runs given,
 * and describe what it changed.
 */
import {
  formatFactor,
  hardwareKey,
  isProfileError,
  readCalibration,
  type Calibration,
  type Profile,
} from '../../../web/src/profiling';
import { buildCalibration } from '../../../web/src/runs';
import { InputError } from '../inputError';
import { UsageError } from '../parseArgs';
import { readJsonFile } from '../readInputFile';
import type { CliRun } from './measuredOutput';
import { pluralize } from '../../../web/src/text/pluralize';

/** The calibration in `path`, validated; a bad file is an input error naming the file and field. */
export function readCalibrationFile(path: string, shown: string, maxInputMb: number): Calibration {
  const value = readJsonFile(path, { shown, role: 'calibration file' }, maxInputMb);
  try {
    return readCalibration(value);
  } catch (error) {
    if (isProfileError(error)) throw new InputError(`--calibration ${shown}: ${error.message}`);
    throw error;
  }
}

/** `--learn` needs runs, and is not combined with `--calibration` (which one would win is unclear). */
export function checkLearnArgs(learn: boolean, calibration: string | undefined, runCount: number): void {
  if (!learn) return;
  if (calibration !== undefined)
    throw new UsageError(
      '--learn builds a calibration from the runs; --calibration applies a file: use one.',
    );
  if (runCount === 0) throw new UsageError('--learn needs measured runs: add --run <recording> or --server.');
}

/** The calibration the runs teach, for the base (uncalibrated) profile's hardware. */
export function learnFromRuns(input: unknown, base: Profile, runs: readonly CliRun[]): Calibration {
  return buildCalibration(
    runs.map((run) => run.record),
    base,
    hardwareKey(base.hardware),
    input,
  );
}

/** "Calibration (rtx-4090): 5 nodes measured; type factors: study.Sleep ×17 (6 samples)." */
export function describeCalibration(calibration: Calibration): string {
  const measured = Object.keys(calibration.nodes).length;
  const factors = Object.entries(calibration.types)
    .map(([type, f]) => `${type} ×${formatFactor(f.factor)} (${f.samples} samples)`)
    .join(', ');
  return (
    `Calibration (${calibration.hardware}, from ${calibration.builtFrom.runIds.length} runs): ` +
    `${pluralize(measured, 'node')} measured; type factors: ${factors || 'none'}.\n`
  );
}
