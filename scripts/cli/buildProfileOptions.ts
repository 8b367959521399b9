/**
 * The engine options a CLI invocation asks for: hardware, schedule lanes, items per list, assumption
 * overrides, custom metric definitions and a calibration. The panel builds the same plain options from a
 * workflow's settings (web/src/stores/profile/workflowSettings.ts), so the same values give the same profile.
 */
import { resolve } from 'node:path';
import { readCustomMetricsFile, type ProfileOptions } from '../../web/src/profiling';
import type { CliArgs } from './parseArgs';
import { parseNumberList } from './parseArgs';
import { readHardwareArg } from './readHardwareArg';
import { readInputFile } from './readInputFile';
import { readCalibrationFile } from './runs/calibrateCli';

/** @throws UsageError / InputError / ProfileError (a bad --metrics file names the file's field). */
export function buildProfileOptions(args: CliArgs, cwd: string, maxInputMb: number): ProfileOptions {
  const options: ProfileOptions = { suggestions: args.suggestions };
  if (args.hardware !== undefined) options.hardware = readHardwareArg(args.hardware, cwd, maxInputMb);
  if (args.workers !== undefined) options.workers = args.workers;
  if (args.gpuLanes !== undefined) options.gpuLanes = args.gpuLanes;
  if (args.items !== undefined) options.defaultItemCount = args.items;
  if (args.assume !== undefined) options.assumptions = parseNumberList('--assume', args.assume);
  if (args.metrics !== undefined) {
    const text = readInputFile(
      resolve(cwd, args.metrics),
      { shown: args.metrics, role: '--metrics file' },
      maxInputMb,
    );
    options.customMetrics = readCustomMetricsFile(text);
  }
  if (args.calibration !== undefined)
    options.calibration = readCalibrationFile(resolve(cwd, args.calibration), args.calibration, maxInputMb);
  return options;
}
