/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const FORBIDDEN_IMPORT =
  /from\s+['"](react|react-dom|zustand|@mui\/[^'"]*|recharts|@xyflow\/[^'"]*|@emotion\/[^'"]*|node:[^'"]*|fs|path)['"]/;
const DOM_GLOBAL = /\b(window|document|localStorage|indexedDB|navigator)\./;

describe('web/src/runs is framework-free', () => {
  it('no source file imports a UI framework or Node built-in, or touches DOM globals', () => {
    const files = readdirSync(ROOT).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((name) => {
      const text = readFileSync(join(ROOT, name), 'utf8');
      return FORBIDDEN_IMPORT.test(text) || DOM_GLOBAL.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('the barrel exports the public API by name', async () => {
    const api = await import('../index');
    for (const name of [
      'parseRecordingText',
      'serializeRecording',
      'deriveRunRecord',
      'computeWorkflowVersion',
      'parseTraceFile',
      'parseDebugBundle',
      'importRunText',
      'RunParseError',
      'isRunParseError',
      'RUN_RECORD_VERSION',
    ]) {
      expect(api).toHaveProperty(name);
    }
  });
});
