/** @jest-environment node */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { checkSchema } from '../../web/src/profiling/profile/__tests__/schemaCheck';
import { runCliCapture } from './runCliCapture';

const FIXTURES = resolve(__dirname, '../../web/src/runs/__fixtures__/nodetool-runs');
const fixture = (name: string) => join(FIXTURES, name);

const cli = (...argv: string[]) => runCliCapture(argv);

interface JsonOut {
  runs: { id: string; source: string; jobId: string; status: string; wallMs: number; startedAt: string }[];
  summary: {
    makespanMs: number;
    actual: { runs: number; status: string; wallMs: number; estimatedMakespanMs: number } | null;
  };
  nodes: {
    id: string;
    runtimeMs: number;
    actual: {
      ms: number | null;
      executions: number;
      runs: number;
      status: string;
      trusted: boolean;
      ratio: number | null;
    } | null;
  }[];
}

describe('profile CLI with measured runs (--run)', () => {
  it('puts each node’s measured time beside its estimate in --format json', async () => {
    const r = await cli(
      fixture('02-diamond.workflow.json'),
      '--format',
      'json',
      '--run',
      fixture('02-diamond.jsonl'),
      '--run',
      fixture('07-diamond-repeat-1.jsonl'),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.runs.map((run) => [run.source, run.status])).toEqual([
      ['recording', 'completed'],
      ['recording', 'completed'],
    ]);
    expect(out.runs[0]!.jobId).toBe('59c58c07b1d241c6bcb45ad503f7cf4b');
    expect(out.summary.actual).toMatchObject({ runs: 2, status: 'completed' });
    expect(out.summary.actual!.estimatedMakespanMs).toBe(out.summary.makespanMs);
    // Server-reported durations: 832.5 ms and ~836 ms.
    expect(out.summary.actual!.wallMs).toBeGreaterThan(820);
    expect(out.summary.actual!.wallMs).toBeLessThan(850);
    const right = out.nodes.find((n) => n.id === 'right')!;
    expect(right.actual!.ms).toBeGreaterThan(770);
    expect(right.actual!.ms).toBeLessThan(830);
    expect(right.actual).toMatchObject({ executions: 1, runs: 2, status: 'completed', trusted: true });
    expect(right.actual!.ratio).toBeCloseTo(right.actual!.ms! / right.runtimeMs);
    const schema = JSON.parse(readFileSync(resolve(__dirname, '../../docs/profile.schema.json'), 'utf8'));
    expect(checkSchema(out, schema)).toEqual([]);
  });

  it('gives null measurements without runs', async () => {
    const out = JSON.parse(
      (await cli(fixture('02-diamond.workflow.json'), '--format', 'json')).stdout,
    ) as JsonOut;
    expect(out.runs).toEqual([]);
    expect(out.summary.actual).toBeNull();
    expect(out.nodes.every((n) => n.actual === null)).toBe(true);
  });

  it('prints an estimated-vs-measured section, with the failing node and untrusted times explained', async () => {
    const r = await cli(fixture('05-error.workflow.json'), '--run', fixture('05-error.jsonl'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Estimated vs measured \(1 run\)/);
    expect(r.stdout).toMatch(/failed .*05-error\.jsonl/);
    expect(r.stdout).toMatch(/error in "Fail" \(bad\): .*intentional failure/);
    expect(r.stdout).toMatch(/"Sleep" side .*not trusted: its end arrived after the job ended/);
    expect(r.stdout).toMatch(/"Sleep" post .* not-run/);
  });

  it('takes every .jsonl of a folder', async () => {
    const out = JSON.parse(
      (await cli(fixture('01-linear.workflow.json'), '--format', 'json', '--run', FIXTURES)).stdout,
    ) as JsonOut;
    expect(out.runs).toHaveLength(10);
    expect(out.runs.filter((run) => run.status === 'incomplete')).toHaveLength(1);
  });

  it('exits 2 naming the file and line of a bad recording, without echoing its text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-runs-'));
    const bad = join(dir, 'bad.jsonl');
    const lines = (await import('node:fs')).readFileSync(fixture('01-linear.jsonl'), 'utf8').split('\n');
    lines[3] = '{"recv_ms": 1, "msg": \u001b[31mSECRET';
    writeFileSync(bad, lines.join('\n'));
    const r = await cli(fixture('01-linear.workflow.json'), '--run', bad);
    expect(r.code).toBe(2);
    // Line and column, as the editor reports a bad workflow file (the column of the escape character).
    expect(r.stderr).toMatch(/--run .*bad\.jsonl: line 4, column 23: not JSON .*\[run\.not-json\]/);
    expect(r.stderr).not.toContain('SECRET');
    expect(r.stdout).toBe('');

    const missing = await cli(fixture('01-linear.workflow.json'), '--run', join(dir, 'none.jsonl'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.jsonl: no such file/);
  });
});
