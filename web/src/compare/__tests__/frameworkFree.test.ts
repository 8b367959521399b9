/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN =
  /from\s+['"](react|react-dom|zustand|@mui\/[^'"]*|recharts|@xyflow\/[^'"]*|@emotion\/[^'"]*)['"]/;

describe('web/src/compare is framework-free', () => {
  it('no file of the compare core, nor the formatters it borrows, imports a UI framework', () => {
    const root = join(__dirname, '..');
    const files = readdirSync(root)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(root, name));
    files.push(join(root, '..', 'components', 'profiling', 'format.ts'));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
