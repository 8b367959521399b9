/** @jest-environment node */
/**
 * Every input that once broke the profiler (../shared/robustness, copied into the project) goes through the
 * whole CLI — with and without a measured run, in every format — and gets a profile or a coded message,
 * never an internal error or a stack trace.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCliCapture } from './runCliCapture';

const DIRS = [
  '../../web/src/profiling/__tests__/fixtures/robustness',
  '../../web/src/workflow/__tests__/fixtures/robustness',
];
const FILES = DIRS.flatMap((dir) => {
  const path = resolve(__dirname, dir);
  return readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(path, name));
});
const RECORDING = resolve(__dirname, '../../web/src/runs/__fixtures__/nodetool-runs/02-diamond.jsonl');

const cli = (...argv: string[]) => runCliCapture(argv);

describe('the CLI on inputs that once broke it', () => {
  it('has the fixtures', () => expect(FILES.length).toBeGreaterThanOrEqual(8));

  it.each(FILES.map((file) => [file.split('/').pop()!, file]))('%s', async (_name, file) => {
    for (const format of ['text', 'json', 'csv']) {
      for (const extra of [[], ['--run', RECORDING]]) {
        const r = await cli(file, '--format', format, ...extra);
        expect({ format, extra, code: r.code, internal: /internal error|\n\s+at /.test(r.stderr) }).toEqual({
          format,
          extra,
          code: r.code === 2 ? 2 : 0,
          internal: false,
        });
        if (r.code === 0 && format === 'json') expect(() => JSON.parse(r.stdout)).not.toThrow();
      }
    }
  });
});
