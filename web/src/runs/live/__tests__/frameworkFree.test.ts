/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..');
const FORBIDDEN = [
  /from\s+['"](ws|react|react-dom|zustand|@mui\/[^'"]*|node:[^'"]*)['"]/, // Node- or framework-only modules
  /\b(window|document|localStorage|navigator)\./, // DOM globals
  /new\s+WebSocket\s*\(/, // the global constructor: it must come from options
  /\bBuffer\./, // Node only
];

describe('web/src/runs/live is framework-free', () => {
  it('no source file uses a framework, a Node module or a browser global', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('startLiveRun.ts');
    const offenders = files.flatMap((name) => {
      const text = readFileSync(join(DIR, name), 'utf8');
      return FORBIDDEN.filter((pattern) => pattern.test(text)).map((pattern) => `${name}: ${pattern}`);
    });
    expect(offenders).toEqual([]);
  });
});
