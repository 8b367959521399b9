/** @jest-environment node */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../cli/runCli';

const FIXTURES = resolve(__dirname, '../../web/src/runs/__fixtures__/nodetool-runs');
const fixture = (name: string) => join(FIXTURES, name);

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

interface JsonNode {
  id: string;
  runtimeMs: number;
  details: { source: string };
}
const nodesOf = (stdout: string) => (JSON.parse(stdout) as { nodes: JsonNode[] }).nodes;

describe('profile CLI learning from runs (--learn, --calibration)', () => {
  it('--learn labels measured nodes in --format json and uses their medians', async () => {
    const { code, stdout, stderr } = await cli(
      fixture('02-diamond.workflow.json'),
      '--hardware=rtx-4090',
      '--format=json',
      '--no-suggestions',
      `--run=${fixture('02-diamond.jsonl')}`,
      `--run=${fixture('08a-msgpack-diamond.jsonl')}`,
      '--learn',
    );
    expect(code).toBe(0);
    expect(stderr).toContain('Calibration (rtx-4090, from 2 runs): 5 nodes measured');
    const right = nodesOf(stdout).find((n) => n.id === 'right')!;
    expect(right.details.source).toBe('measured, 2 runs on NVIDIA RTX 4090 24GB');
    expect(right.runtimeMs).toBeGreaterThan(790);
    expect(right.runtimeMs).toBeLessThan(820);
  });

  it('without --learn the runs are shown beside unchanged estimates', async () => {
    const { stdout } = await cli(
      fixture('02-diamond.workflow.json'),
      '--format=json',
      '--no-suggestions',
      `--run=${fixture('02-diamond.jsonl')}`,
    );
    expect(nodesOf(stdout).find((n) => n.id === 'right')!.details.source).not.toMatch(/^measured/);
  });

  it('--calibration applies a file; a bad one is refused naming the file and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'calibration-'));
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({
        version: 1,
        hardware: 'rtx-4090',
        nodes: {},
        types: { 'study.Sleep': { factor: 20, rawFactor: 40, samples: 6, runs: 2 } },
        builtFrom: { runIds: ['a', 'b'], at: '2026-01-01T00:00:00Z' },
      }),
    );
    const applied = await cli(
      fixture('02-diamond.workflow.json'),
      '--hardware=rtx-4090',
      '--format=json',
      `--calibration=${good}`,
    );
    expect(applied.code).toBe(0);
    expect(nodesOf(applied.stdout).find((n) => n.id === 'left')!.details.source).toMatch(
      /^calibrated from 2 runs \(×20\)/,
    );

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 7 }));
    const refused = await cli(fixture('02-diamond.workflow.json'), `--calibration=${bad}`);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `--calibration ${bad}: option.invalid: Option "calibration.version" must be 1`,
    );
  });

  it('--learn needs runs and is not combined with --calibration', async () => {
    const none = await cli(fixture('02-diamond.workflow.json'), '--learn');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--learn needs measured runs');
    const both = await cli(
      fixture('02-diamond.workflow.json'),
      '--learn',
      '--calibration=x.json',
      `--run=${fixture('02-diamond.jsonl')}`,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--calibration applies a file: use one');
  });
});
