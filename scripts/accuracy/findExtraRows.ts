/**
 * `--also-shared`: which calibration rows of another folder (../shared/calibration) the project's copy
 * (data/calibration) does not have, per CSV file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';

/** Per CSV file of `otherDir`: how many of its rows `projectDir`'s file of the same name lacks. */
export interface ExtraRows {
  file: string;
  extra: number;
}

/**
 * Rows are compared by their cells (header → value), so reordered columns or line endings do not count as
 * new rows. A file missing from `projectDir` counts all its rows.
 */
export function findExtraRows(projectDir: string, otherDir: string): ExtraRows[] {
  const files = readdirSync(otherDir)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  return files.map((file) => {
    const own = join(projectDir, file);
    const have = new Set(existsSync(own) ? readRows(own) : []);
    return { file, extra: readRows(join(otherDir, file)).filter((row) => !have.has(row)).length };
  });
}

function readRows(path: string): string[] {
  return parseCsv(readFileSync(path, 'utf8')).map((row) =>
    JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  );
}
