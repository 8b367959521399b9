/**
 * `npm run accuracy` — score the estimator's formulas against the published measurements in
 * data/calibration (the project's copy, with each row's source; see its README).
 *
 *   npm run accuracy                  text table + worst rows
 *   npm run accuracy -- --markdown    the Markdown table recorded in docs/estimation.md
 *   npm run accuracy -- --skipped     also list rows that were not compared, with the reason
 *   CALIBRATION_DIR=/path npm run accuracy
 *
 * Exit codes: 0 all targets met (or calibration absent: nothing to score), 1 a target missed.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreCalibration } from './accuracy/scoreCalibration';
import { renderMarkdown, renderText } from './accuracy/report';

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(process.env.CALIBRATION_DIR ?? join(here, '..', 'data', 'calibration'));
const args = new Set(process.argv.slice(2));

function main(): number {
  if (!existsSync(dir)) {
    console.log(`accuracy: calibration folder not found at ${dir}.`);
    console.log(
      'Nothing to score. Put the calibration CSVs there (data/calibration) or set CALIBRATION_DIR.',
    );
    return 0;
  }
  const { summaries, skipped } = scoreCalibration(dir, (name) =>
    console.warn(`accuracy: ${name} not found in ${dir}; its quantities are skipped.`),
  );
  console.log(`Calibration: ${dir}\n`);
  console.log(args.has('--markdown') ? renderMarkdown(summaries) : renderText(summaries));
  console.log(
    `\n${skipped.length} row(s) not compared${args.has('--skipped') ? ':' : ' (run with --skipped to list them).'}`,
  );
  if (args.has('--skipped')) for (const s of skipped) console.log(`  ${s.file}: ${s.label} — ${s.reason}`);
  // Quantities without rows (CSV missing) are reported as n/a, not as missed targets.
  const missed = summaries.filter((s) => s.n > 0 && !s.met);
  if (missed.length > 0) console.log(`\nTargets missed: ${missed.map((s) => s.quantity).join(', ')}`);
  return missed.length > 0 ? 1 : 0;
}

process.exitCode = main();
