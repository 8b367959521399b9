/** @jest-environment node */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const FORBIDDEN =
  /from\s+['"](react|react-dom|zustand|@mui\/[^'"]*|recharts|@xyflow\/[^'"]*|@emotion\/[^'"]*)['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('web/src/profiling is framework-free', () => {
  it('no engine file imports React, Zustand, MUI, recharts, React Flow or emotion', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files
      .filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the public barrel exports the entry points integrators use', async () => {
    const api = await import('../index');
    for (const name of [
      'profileWorkflow',
      'validateWorkflow',
      'ProfileError',
      'isProfileError',
      'HARDWARE_PRESETS',
      'DEFAULT_HARDWARE_ID',
      'createBuiltinMetricTable',
      'registerMetricRule',
      'SCORING_MODEL',
    ]) {
      expect(api).toHaveProperty(name);
    }
  });
});
