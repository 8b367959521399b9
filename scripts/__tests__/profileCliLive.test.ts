/** @jest-environment node */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startReplayServer } from '../replay/replayServer';
import { runCliCapture } from './runCliCapture';

const FIXTURES = resolve(__dirname, '../../web/src/runs/__fixtures__/nodetool-runs');
const fixture = (name: string) => join(FIXTURES, name);

const cli = (...argv: string[]) => runCliCapture(argv);

let server: Awaited<ReturnType<typeof startReplayServer>>;
beforeAll(async () => {
  // The replay server speaks NodeTool's protocol from the real recordings, 4× faster than recorded.
  server = await startReplayServer({ recordings: FIXTURES, port: 0, speed: 4 });
});
afterAll(() => server.close());

describe('profile CLI live runs (--server) against a replay of real NodeTool runs', () => {
  it('runs the workflow, measures it, and writes a recording that imports to the same times', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-live-'));
    const recording = join(dir, 'run.jsonl');
    const live = await cli(
      fixture('02-diamond.workflow.json'),
      '--server',
      server.url,
      '--record',
      recording,
      '--format',
      'json',
    );
    expect(live.code).toBe(0);
    expect(live.stderr).toMatch(/completed\s+right/);
    const out = JSON.parse(live.stdout) as {
      runs: { source: string; status: string }[];
      nodes: { id: string; actual: { ms: number; trusted: boolean } | null }[];
    };
    expect(out.runs).toEqual([expect.objectContaining({ source: 'live', status: 'completed' })]);
    const right = out.nodes.find((n) => n.id === 'right')!.actual!;
    expect(right.ms).toBeGreaterThan(150); // 800 ms sleep played 4× faster
    expect(right.ms).toBeLessThan(300);

    const lines = readFileSync(recording, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ sent: true, msg: { command: 'run_job' } });
    const again = JSON.parse(
      (await cli(fixture('02-diamond.workflow.json'), '--run', recording, '--format', 'json')).stdout,
    ) as typeof out;
    expect(again.nodes.map((n) => n.actual?.ms)).toEqual(out.nodes.map((n) => n.actual?.ms));
  });

  it('prints the profile of a failed run and exits 1 naming the node', async () => {
    const r = await cli(fixture('05-error.workflow.json'), '--server', server.url, '--json-frames');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Estimated vs measured/);
    expect(r.stderr).toMatch(/the live run failed in "Fail" \(bad\): .*intentional failure/);
  });

  it('gives up after --timeout with an incomplete run naming what was still running', async () => {
    const r = await cli(fixture('06a-cancel.workflow.json'), '--server', server.url, '--timeout', '1.5');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/did not report its end while "Sleep" \(b\)/);
  });

  it('exits 2 with how to start a server when none answers, and refuses --record without --server', async () => {
    const r = await cli(fixture('02-diamond.workflow.json'), '--server', 'ws://127.0.0.1:9/ws');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no NodeTool server answered at ws:\/\/127\.0\.0\.1:9\/ws.*nodetool serve/);
    expect(r.stdout).toBe('');
    const usage = await cli(fixture('02-diamond.workflow.json'), '--record', 'x.jsonl');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/add --server/);
    const badUrl = await cli(fixture('02-diamond.workflow.json'), '--server', 'http://x');
    expect(badUrl.stderr).toMatch(/--server must start with ws:\/\//);
  });
});
