/**
 * `npm run accuracy` — score the estimator's formulas against the published measurements in
 * data/calibration (the project's copy, with each row's source; see its README), and optionally the
 * estimates against measured runs.
 *
 *   npm run accuracy                       text table + worst rows
 *   npm run accuracy -- --markdown         the Markdown table recorded in docs/estimation.md
 *   npm run accuracy -- --skipped          also list rows that were not compared, with the reason
 *   npm run accuracy -- --also-shared      also score ../shared/calibration when it has rows the project lacks
 *   npm run accuracy -- --runs <folder>    per node estimate vs measured time of real runs (--help for more)
 *   CALIBRATION_DIR=/path npm run accuracy
 *
 * Exit codes: 0 all targets met (or calibration absent: nothing to score), 1 a target missed, 2 bad usage.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAccuracyCli } from './accuracy/runAccuracyCli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

process.exitCode = runAccuracyCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  calibrationDir: resolve(process.env.CALIBRATION_DIR ?? join(root, 'data', 'calibration')),
  sharedDir: resolve(root, '..', 'shared', 'calibration'),
});
