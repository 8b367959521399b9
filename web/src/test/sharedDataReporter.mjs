/**
 * Jest reporter: after the run, lists the tests skipped because the shared reference data (`../shared`) is
 * absent, so the summary says which checks did not run and what to provide. Their names carry the marker
 * `NEEDS_SHARED_DATA` of web/src/test/sharedData.ts.
 */
import { relative, resolve } from 'node:path';
import process from 'node:process';

const MARKER = '[needs ../shared]';

export default class SharedDataReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const skipped = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status === 'pending' && test.fullName.includes(MARKER)) {
          skipped.push(`${relative(this.rootDir, file.testFilePath)}: ${test.fullName.replace(MARKER, '—')}`);
        }
      }
    }
    if (skipped.length === 0) return;
    const shared = process.env.WPP_SHARED_DIR
      ? resolve(process.env.WPP_SHARED_DIR)
      : resolve(this.rootDir, '../shared');
    const lines = [
      '',
      `Shared-data tests: ${skipped.length} skipped because ${shared} is absent (the real NodeTool workflows,`,
      'recordings and hardware specs they check are not in this repository; CI provides them, or set',
      'WPP_SHARED_DIR to the folder):',
      ...skipped.map((line) => `  - ${line}`),
      '',
    ];
    process.stderr.write(`${lines.join('\n')}\n`);
  }
}
