/** @jest-environment node */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { checkTraceFormat } from '../../web/src/exports/__tests__/traceFormat';
import { readProfileFile } from '../../web/src/exports';
import { toCsv } from '../../web/src/exports';
import { profileWorkflow } from '../../web/src/profiling';
import { runCliCapture } from './runCliCapture';

const dir = mkdtempSync(join(tmpdir(), 'profile-cli-exports-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const examples = join(__dirname, '../../web/src/examples');
const runsDir = join(__dirname, '../../web/src/runs/__fixtures__/nodetool-runs');
const poster = join(examples, 'sd-list-pipeline.json');
const agents = join(examples, 'llm-agent-chain.json');
const speech = join(examples, 'speech-summary.json');

/** The poster example with SDXL at 60 steps instead of 30 (twice the diffusion work). */
const posterJson = JSON.parse(readFileSync(poster, 'utf8')) as {
  graph: { nodes: { id: string; data: Record<string, unknown> }[] };
};
const poster60 = write('poster-60.json', {
  ...posterJson,
  graph: {
    ...posterJson.graph,
    nodes: posterJson.graph.nodes.map((n) =>
      n.id === 'sdxl' ? { ...n, data: { ...n.data, num_inference_steps: 60 } } : n,
    ),
  },
});

const cli = (...argv: string[]) => runCliCapture(argv, dir);

interface JsonDiff {
  before: { file: string; kind: string };
  after: { file: string; kind: string };
  summary: {
    makespanMs: { before: number | null; after: number | null; delta: number | null };
    grade: { before: string | null; after: string | null; changed: boolean };
  };
  nodes: { id: string; change: string; runtimeMsDelta: number; vramMbDelta: number }[];
}

describe('profile CLI — exports', () => {
  it('--format trace writes a Chrome trace of the schedule and the --run runs', async () => {
    const r = await cli(
      join(runsDir, '02-diamond.workflow.json'),
      '--run',
      join(runsDir, '02-diamond.jsonl'),
      '--format',
      'trace',
    );
    expect(r.code).toBe(0);
    const trace = JSON.parse(r.stdout) as {
      traceEvents: { ph: string; pid: number; cat?: string; args: { name?: string } }[];
    };
    expect(checkTraceFormat(trace)).toEqual([]);
    const processes = trace.traceEvents.filter(
      (e) => e.ph === 'M' && (e as { name?: string }).name === 'process_name',
    );
    expect(processes.map((e) => e.args.name)).toEqual([
      expect.stringMatching(/^Estimated schedule on .*\(estimate\)$/),
      expect.stringMatching(/^Run 1: completed/),
    ]);
    expect(trace.traceEvents.some((e) => e.ph === 'X' && e.cat === 'measured')).toBe(true);
  });

  it('--output writes the result to a file (CSV byte for byte) and says so on stderr', async () => {
    const r = await cli(poster, '--format', 'csv', '--output', 'nodes.csv', '--no-suggestions');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^profile: wrote nodes\.csv \([\d,]+ bytes\)\n$/);
    const text = readFileSync(join(dir, 'nodes.csv'), 'utf8');
    expect(text).toBe(
      toCsv(profileWorkflow(JSON.parse(readFileSync(poster, 'utf8')), { suggestions: false })),
    );
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.find((row) => row.id === 'sdxl')!.type).toBe(
      'huggingface.text_to_image.StableDiffusionXL',
    );
  });

  it('--output into a folder that does not exist exits 2 naming it', async () => {
    const r = await cli(poster, '--output', 'missing/dir/out.json', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('profile: --output missing/dir/out.json: the folder does not exist.\n');
  });

  it('--format json output reads back as a saved profile', async () => {
    const r = await cli(poster, '--format', 'json', '--output', 'poster.profile.json');
    expect(r.code).toBe(0);
    const file = readProfileFile(
      JSON.parse(readFileSync(join(dir, 'poster.profile.json'), 'utf8')),
      'poster.profile.json',
    );
    expect(file.nodes.find((n) => n.id === 'sdxl')).toBeDefined();
  });
});

describe('profile CLI — diff', () => {
  it('prints the change of an edit: 30 → 60 SDXL steps (text)', async () => {
    const r = await cli('diff', poster, poster60, '--no-suggestions');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Profile diff \(all figures are estimates\)/);
    expect(r.stdout).toMatch(/Makespan +[\d.]+ (s|min).* → .* \+[\d.]+ (s|min)/);
    expect(r.stdout).toMatch(/Nodes: 0 added, 0 removed, [1-9]\d* changed/);
    expect(r.stdout).toMatch(
      /changed +"[^"]+" \(sdxl\) +runtime \+[\d.]+ (s|min).*num_inference_steps: 30 → 60/,
    );
  });

  it('prints the issue’s JSON shape for two different workflows, exit 0', async () => {
    const r = await cli('diff', agents, speech, '--format', 'json', '--no-suggestions');
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as JsonDiff;
    const before = profileWorkflow(JSON.parse(readFileSync(agents, 'utf8')), { suggestions: false });
    const after = profileWorkflow(JSON.parse(readFileSync(speech, 'utf8')), { suggestions: false });
    expect(diff.before).toMatchObject({ file: agents, kind: 'workflow' });
    expect(diff.summary.makespanMs).toMatchObject({
      before: before.summary.makespanMs,
      after: after.summary.makespanMs,
    });
    expect(diff.summary.makespanMs.delta).toBeCloseTo(
      after.summary.makespanMs - before.summary.makespanMs,
      6,
    );
    // Every node of either side once; added/removed exactly the set differences of the ids.
    const beforeIds = new Set(before.nodes.map((n) => n.id));
    const afterIds = new Set(after.nodes.map((n) => n.id));
    const byChange = (change: string) =>
      diff.nodes
        .filter((n) => n.change === change)
        .map((n) => n.id)
        .sort();
    expect(byChange('added')).toEqual([...afterIds].filter((id) => !beforeIds.has(id)).sort());
    expect(byChange('removed')).toEqual([...beforeIds].filter((id) => !afterIds.has(id)).sort());
    for (const node of diff.nodes) {
      expect(['added', 'removed', 'changed', 'same']).toContain(node.change);
      expect(typeof node.runtimeMsDelta).toBe('number');
      expect(typeof node.vramMbDelta).toBe('number');
    }
    const removed = diff.nodes.find((n) => n.change === 'removed')!;
    expect(removed.runtimeMsDelta).toBeCloseTo(-before.nodes.find((n) => n.id === removed.id)!.runtimeMs, 6);
  });

  it('compares a saved profile with a workflow, and a profile with itself as all the same', async () => {
    await cli(poster, '--format', 'json', '--output', 'saved.json', '--no-suggestions');
    const r = await cli('diff', 'saved.json', poster60, '--format', 'json', '--no-suggestions');
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as JsonDiff;
    expect(diff.before.kind).toBe('saved profile');
    expect(diff.after.kind).toBe('workflow');
    expect(diff.nodes.find((n) => n.id === 'sdxl')!.change).toBe('changed');
    expect(diff.summary.makespanMs.delta).toBeGreaterThan(0);
    const same = JSON.parse(
      (await cli('diff', 'saved.json', 'saved.json', '--format', 'json')).stdout,
    ) as JsonDiff;
    expect(same.nodes.every((n) => n.change === 'same' && n.runtimeMsDelta === 0)).toBe(true);
  });

  it.each([
    [['diff', 'only-one.json'], /diff compares two files: .*\(got 1\)/],
    [['diff', 'a.json', 'b.json', 'c.json'], /\(got 3\)/],
    [['diff', 'a.json', 'b.json', '--format', 'csv'], /diff prints text or json \(got --format csv\)/],
    [['diff', 'a.json', 'b.json', '--budget', 'score=80'], /--budget does not apply to diff/],
  ])('exits 2 for a usage error: %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 naming the file for a missing, damaged or newer saved profile', async () => {
    const missing = await cli('diff', 'nope.json', poster);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('profile: diff input nope.json: no such file.\n');
    const saved = JSON.parse(readFileSync(join(dir, 'poster.profile.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    write('newer.json', { ...saved, schemaVersion: 2 });
    const newer = await cli('diff', poster, 'newer.json');
    expect(newer.code).toBe(2);
    expect(newer.stderr).toMatch(
      /^profile: diff input newer\.json: \[profile-file\.version\] schemaVersion: version 2 was written by a newer profiler/,
    );
    write('damaged.json', { ...saved, nodes: [{ id: 'x' }] });
    const damaged = await cli('diff', 'damaged.json', poster);
    expect(damaged.stderr).toMatch(
      /diff input damaged\.json: \[profile-file\.field\] nodes\[0\]\.type: missing/,
    );
    write('neither.json', { hello: 'world' });
    const neither = await cli('diff', 'neither.json', poster);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(
      /diff input neither\.json is neither a saved profile \(no schemaVersion\) nor a workflow/,
    );
  });
});

describe('profile CLI — budgets against a baseline', () => {
  const baselineFile = 'baseline.json';
  beforeAll(async () => {
    const r = await cli(poster, '--format', 'json', '--output', baselineFile, '--no-suggestions');
    expect(r.code).toBe(0);
  });

  it('passes when the change stays within the relative limits (exit 0)', async () => {
    const r = await cli(
      poster,
      '--baseline',
      baselineFile,
      '--budget',
      'makespanMs=+10%,peakVramMb=+0%,score=-0,grade=-0',
      '--no-suggestions',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/PASS {2}makespanMs ≤ baseline \+10% \(actual \d+; baseline \d+, limit \d+\)/);
    expect(r.stderr).toMatch(/PASS {2}grade ≥ baseline −0 grades/);
  });

  it('fails when the makespan grows more than 10 % (exit 1), the other limits still reported', async () => {
    const r = await cli(
      poster60,
      '--baseline',
      baselineFile,
      '--budget',
      'makespanMs=+10%,peakVramMb=+500MB',
      '--no-suggestions',
    );
    expect(r.code).toBe(1);
    const baseline = readProfileFile(JSON.parse(readFileSync(join(dir, baselineFile), 'utf8')), baselineFile);
    const limit = Math.round(baseline.summary.makespanMs * 1.1);
    expect(r.stderr).toMatch(
      new RegExp(`FAIL {2}makespanMs ≤ baseline \\+10% \\(actual \\d+; baseline \\d+, limit ${limit}\\)`),
    );
    expect(r.stderr).toMatch(/PASS {2}peakVramMb ≤ baseline \+500 /);
    // A loose enough limit passes the same change.
    const loose = await cli(
      poster60,
      '--baseline',
      baselineFile,
      '--budget',
      'makespanMs=+300%',
      '--no-suggestions',
    );
    expect(loose.code).toBe(0);
  });

  it('takes a workflow as the baseline (profiled with the same options) and mixes absolute limits', async () => {
    const r = await cli(
      poster60,
      '--baseline',
      poster,
      '--budget',
      'makespanMs=+5s,score=0',
      '--no-suggestions',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FAIL {2}makespanMs ≤ baseline \+5000 /);
    expect(r.stderr).toMatch(/PASS {2}score ≥ 0/);
  });

  it('notes a baseline profiled on other hardware', async () => {
    const r = await cli(
      poster,
      '--hardware',
      'apple-m2',
      '--baseline',
      baselineFile,
      '--budget',
      'makespanMs=+1000%',
      '--no-suggestions',
    );
    expect(r.stderr).toMatch(/note: baseline baseline\.json was profiled with hardware .* \(now Apple M2/);
  });

  it.each([
    [['--budget', 'makespanMs=+10%'], /give the saved profile with --baseline/],
    [
      ['--baseline', 'baseline.json'],
      /--baseline is what relative --budget limits compare with: add --budget/,
    ],
    [['--baseline', 'baseline.json', '--budget', 'makespanMs=+x%'], /makespanMs must be a percentage/],
    [['--baseline', 'missing.json', '--budget', 'score=-1'], /baseline file missing\.json: no such file/],
  ])('exits 2 for %j', async (extra, message) => {
    const r = await cli(poster, ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 naming the field of a damaged baseline', async () => {
    const saved = JSON.parse(readFileSync(join(dir, baselineFile), 'utf8')) as {
      summary: Record<string, unknown>;
    };
    write('bad-baseline.json', { ...saved, summary: { ...saved.summary, makespanMs: 'fast' } });
    const r = await cli(poster, '--baseline', 'bad-baseline.json', '--budget', 'makespanMs=+10%');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'profile: baseline file bad-baseline.json: [profile-file.field] summary.makespanMs: expected a number (got "fast").\n',
    );
  });
});
