/**
 * Tests over the shared reference data beside the project (`../shared`: real NodeTool workflows, recordings
 * of real runs, published hardware specs). When a folder is absent the tests that need it are skipped under
 * a name carrying `NEEDS_SHARED_DATA`, and the Jest reporter `sharedDataReporter.mjs` lists them in the
 * run's summary, so a green run never hides that they did not run.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `../shared` beside the repository (this file is web/src/test/), or the folder `WPP_SHARED_DIR` names (e.g.
 * from a git worktree, whose parent folder holds no shared data).
 */
export const SHARED_DATA_ROOT = process.env.WPP_SHARED_DIR
  ? resolve(process.env.WPP_SHARED_DIR)
  : resolve(__dirname, '../../../../shared');

/**
 * Marker in the names of skipped shared-data tests; `sharedDataReporter.mjs` looks for it (keep the two in
 * step).
 */
export const NEEDS_SHARED_DATA = '[needs ../shared]';

/** Absolute path of a file or folder of the shared data, e.g. `sharedDataPath('examples', 'nodetool')`. */
export function sharedDataPath(...parts: string[]): string {
  return join(SHARED_DATA_ROOT, ...parts);
}

/** Whether that file or folder of the shared data is present. */
export function hasSharedData(...parts: string[]): boolean {
  return existsSync(sharedDataPath(...parts));
}

/** The name a skipped shared-data test gets: what it checks, the marker, and what is missing. */
export function skippedSharedTitle(title: string, parts: string[]): string {
  return `${title} ${NEEDS_SHARED_DATA} skipped: ../shared/${parts.join('/')} is absent`;
}

/**
 * `describe` when the shared data at `parts` is present; otherwise one skipped test that names what was
 * not checked and why (listed by the reporter in the run's summary).
 *
 * @example describeWithSharedData(['examples', 'nodetool'], 'real NodeTool workflows', () => { … });
 */
export function describeWithSharedData(parts: string[], title: string, body: () => void): void {
  if (hasSharedData(...parts)) {
    describe(title, body);
    return;
  }
  describe(title, () => {
    it.skip(skippedSharedTitle('every test of this group', parts), () => undefined);
  });
}

/** `it` when the shared data at `parts` is present; otherwise the same test, skipped and marked. */
export function itWithSharedData(parts: string[], title: string, test: () => void): void {
  if (hasSharedData(...parts)) it(title, test);
  else it.skip(skippedSharedTitle(title, parts), () => undefined);
}
