/** @jest-environment node */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const FORBIDDEN =
  /from\s+['"](react|react-dom|zustand|@mui\/[^'"]*|recharts|@xyflow\/[^'"]*|@emotion\/[^'"]*|node:[^'"]*)['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('web/src/exports is framework-free (the CLI and the panel share it)', () => {
  it('no writer imports React, Zustand, MUI, recharts, React Flow, emotion or a Node module', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files
      .filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
