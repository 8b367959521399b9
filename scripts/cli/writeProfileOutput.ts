/** The profile in the format asked for (`--format text|json|csv|trace`), written to an output. */
import type { Profile } from '../../web/src/profiling';
import type { Measurements } from '../../web/src/runs';
import { toChromeTrace, toCsv, toProfileFile } from '../../web/src/exports';
import type { OutputFormat } from './parseArgs';
import { formatText } from './formatText';
import { formatMeasuredText, type CliRun } from './runs/measuredOutput';
import { writeJsonStream } from './writeJsonStream';

export function writeProfileOutput(
  format: OutputFormat,
  profile: Profile,
  runs: readonly CliRun[],
  measured: Measurements,
  write: (text: string) => void,
): void {
  if (format === 'json') {
    // Streamed: a million-node profile is more JSON than one string can hold. The nodes get their `actual`
    // in place (a copy would double the memory).
    writeJsonStream(toProfileFile(profile, runs, measured, { reuseNodes: true }), write);
    write('\n');
  } else if (format === 'trace') {
    writeJsonStream(
      toChromeTrace(
        profile,
        runs.map((run) => run.record),
      ),
      write,
    );
    write('\n');
  } else if (format === 'csv') write(toCsv(profile));
  else write(formatText(profile) + formatMeasuredText(profile, runs, measured));
}
