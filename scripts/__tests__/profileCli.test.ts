/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCapture } from './runCliCapture';

const dir = mkdtempSync(join(tmpdir(), 'profile-cli-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const workflowFile = write('wf.json', {
  name: 'CLI test',
  graph: {
    nodes: [
      { id: 'in', type: 'nodetool.input.StringInput', data: { value: 'a cat' }, ui_properties: null },
      {
        id: 'agent',
        type: 'nodetool.agents.Agent',
        data: { max_tokens: 256 },
        ui_properties: { title: '=HYPERLINK("x")' },
      },
      { id: 'out', type: 'nodetool.output.StringOutput', data: {} },
      { id: 'note', type: 'nodetool.workflows.base_node.Comment', data: {} },
    ],
    edges: [
      { id: 'e1', source: 'in', sourceHandle: 'output', target: 'agent', targetHandle: 'prompt' },
      { id: 'e2', source: 'agent', sourceHandle: 'text', target: 'out', targetHandle: 'value' },
    ],
  },
});

const cli = (...argv: string[]) => runCliCapture(argv, dir);

describe('profile CLI', () => {
  it('prints usage with --help and the presets with --list-hardware', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run profile/);
    expect(help.stdout).toMatch(/--budget/);
    const list = await cli('--list-hardware');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^rtx-4090\s+NVIDIA RTX 4090/m);
  });

  it('writes a readable text report by default', async () => {
    const r = await cli(workflowFile);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Workflow profile — CLI test/);
    expect(r.stdout).toMatch(/Grade [A-F] {2}\(score \d+\/100\)/);
    expect(r.stdout).toMatch(/Critical path/);
    expect(r.stdout).not.toMatch(/"note"/);
  });

  it('writes the profile as JSON and one CSV row per node (formula cells escaped)', async () => {
    const json = await cli(workflowFile, '--format', 'json', '--hardware', 'apple-m2');
    expect(json.code).toBe(0);
    const profile = JSON.parse(json.stdout);
    expect(profile.schemaVersion).toBe(1);
    expect(profile.hardware.id).toBe('apple-m2');
    expect(profile.nodes).toHaveLength(4);
    const csv = await cli(workflowFile, '--format=csv');
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]!.startsWith('id,type,title,category')).toBe(true);
    expect(lines).toHaveLength(5);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('accepts hardware as inline JSON and as a path', async () => {
    const spec = { name: 'Lab GPU', vendor: 'nvidia', memoryBandwidthGBs: 900, fp16Tflops: 70, memoryGb: 24 };
    const inline = await cli(workflowFile, '--format', 'json', '--hardware', JSON.stringify(spec));
    expect(JSON.parse(inline.stdout).hardware.name).toBe('Lab GPU');
    const path = write('hw.json', spec);
    const fromFile = await cli(workflowFile, '--format', 'json', '--hardware', path);
    expect(JSON.parse(fromFile.stdout).hardware.name).toBe('Lab GPU');
  });

  it('exits 1 when a budget fails and 0 when all pass, listing each assertion', async () => {
    const fail = await cli(workflowFile, '--budget', 'criticalPathMs=1,score=0');
    expect(fail.code).toBe(1);
    expect(fail.stderr).toMatch(/FAIL {2}criticalPathMs ≤ 1/);
    expect(fail.stderr).toMatch(/PASS {2}score ≥ 0/);
    const pass = await cli(workflowFile, '--budget', 'criticalPathMs=10m,peakVramMb=1000GB,grade=F');
    expect(pass.code).toBe(0);
  });

  it.each([
    [['nope.json'], /nope\.json: no such file/],
    [[], /No workflow file given/],
    [['--format', 'xml', 'x.json'], /--format must be text, json, csv or trace/],
    [['--frobnicate'], /Unknown option --frobnicate/],
    [['a.json', 'b.json'], /Only one workflow file/],
    [['--budget', 'speed=3', 'x.json'], /unknown key "speed"/],
    [['--workers', 'many', 'x.json'], /--workers must be a whole number/],
  ])('exits 2 with a message for usage errors: %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the problem for bad input files and bad hardware', async () => {
    const notJson = await cli(write('bad.json', '{ nope'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/bad\.json is not valid JSON/);
    const shape = await cli(write('shape.json', { graph: { nodes: 3 } }));
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/input\.shape: "graph\.nodes" is a number/);
    const dup = await cli(
      write('dup.json', {
        graph: {
          nodes: [
            { id: 'a', type: 'x.A' },
            { id: 'a', type: 'x.B' },
          ],
          edges: [],
        },
      }),
    );
    expect(dup.stderr).toMatch(/node\.duplicate-id: Node id "a"/);
    const hw = await cli(
      workflowFile,
      '--hardware',
      '{"name":"x","vendor":"nvidia","memoryBandwidthGBs":-1,"fp16Tflops":1,"memoryGb":8}',
    );
    expect(hw.code).toBe(2);
    expect(hw.stderr).toMatch(/memoryBandwidthGBs/);
    for (const r of [notJson, shape, dup, hw]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('runs as a real process through npm run profile (smoke)', async () => {
    const r = spawnSync(
      process.execPath,
      [require.resolve('tsx/cli'), 'scripts/profile.ts', workflowFile, '--format', 'json'],
      {
        cwd: join(__dirname, '..', '..'),
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
    const bad = spawnSync(
      process.execPath,
      [require.resolve('tsx/cli'), 'scripts/profile.ts', join(dir, 'missing.json')],
      {
        cwd: join(__dirname, '..', '..'),
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(bad.status).toBe(2);
  }, 60_000);
});
