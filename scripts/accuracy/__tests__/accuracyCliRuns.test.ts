/** @jest-environment node */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAccuracyCli } from '../runAccuracyCli';

const FIXTURES = resolve(__dirname, '../../../web/src/runs/__fixtures__/nodetool-runs');
const CALIBRATION = resolve(__dirname, '../../../data/calibration');
const SCRATCH = mkdtempSync(join(tmpdir(), 'acc-'));

function cli(argv: string[], dirs: { calibrationDir?: string; sharedDir?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = runAccuracyCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: FIXTURES,
    // A folder that does not exist: these tests are about the runs report, not the calibration tables.
    calibrationDir: dirs.calibrationDir ?? join(SCRATCH, 'no-calibration'),
    sharedDir: dirs.sharedDir ?? join(SCRATCH, 'no-shared'),
  });
  return { code, stdout, stderr };
}

/** The report's section of one run: from its header line to the next blank line. */
function section(stdout: string, name: string): string {
  const start = stdout.indexOf(`${name}.jsonl  (`);
  if (start < 0) throw new Error(`no section for ${name}`);
  const end = stdout.indexOf('\n\n', start);
  return stdout.slice(start, end < 0 ? undefined : end);
}

interface Row {
  estimate: number;
  measured: number | null;
  factor: number | null;
  note: string;
}

function row(text: string, nodeId: string): Row {
  const ms = String.raw`(—|[\d.]+ (?:ms|s))`;
  const match = new RegExp(String.raw`^ {4}${nodeId} +\S+ +${ms} +${ms} +(—|[\d.]+×) *(.*)$`, 'm').exec(text);
  if (!match) throw new Error(`no row for ${nodeId} in\n${text}`);
  const toMs = (cell: string) =>
    cell === '—' ? null : Number.parseFloat(cell) * (cell.endsWith(' s') ? 1000 : 1);
  return {
    estimate: toMs(match[1]!)!,
    measured: toMs(match[2]!),
    factor: match[3] === '—' ? null : Number.parseFloat(match[3]!),
    note: match[4]!,
  };
}

const counted = (text: string) => Number(/counted: (\d+) node/.exec(text)?.[1] ?? 0);

describe('npm run accuracy -- --runs (the ten real recordings)', () => {
  const first = cli(['--runs', '.']);

  it('reports every recording, with the hardware the estimates assume, and exits 0 without a target', () => {
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Measured-run accuracy (10 runs)');
    expect(first.stdout).toMatch(/Estimates assume \S+ \(.+\)/);
    expect(first.stdout.match(/workflow: \d\d\w*-[\w-]+\.workflow\.json\)/g)).toHaveLength(10);
  });

  it('shows the diamond’s sleeps measured ~400 / 800 ms with their error factors, as unknown types', () => {
    const diamond = section(first.stdout, '02-diamond');
    const left = row(diamond, 'left');
    const right = row(diamond, 'right');
    expect(left.measured).toBeGreaterThan(380);
    expect(left.measured).toBeLessThan(420);
    expect(right.measured).toBeGreaterThan(780);
    expect(right.measured).toBeLessThan(840);
    for (const sleep of [left, right]) {
      expect(sleep.note).toBe('unknown type (default estimate)');
      const expected = Math.max(sleep.measured! / sleep.estimate, sleep.estimate / sleep.measured!);
      expect(sleep.factor).toBeCloseTo(expected, -1);
    }
  });

  it('does not count the cancelled run’s unfinished node, nor unknown types', () => {
    const cancel = section(first.stdout, '06a-cancel');
    expect(row(cancel, 'b')).toMatchObject({ measured: null, factor: null });
    expect(row(cancel, 'b').note).toMatch(/^unfinished: .*not counted/);
    expect(row(cancel, 'a').note).toBe('unknown type (default estimate)');
    const plainRows = cancel.split('\n').filter((line) => /^ {4}\S.*×$/.test(line));
    expect(counted(cancel)).toBe(plainRows.length);
  });

  it('lists untrusted times separately and keeps them out of the figures', () => {
    const stream = section(first.stdout, '04a-stream');
    expect(row(stream, 'collect').note).toMatch(/^untrusted: .*after the job ended/);
    expect(stream).toMatch(/measured: \d+ trusted node\(s\), 2 untrusted/);
  });

  it('sums the runs’ counted nodes into the overall figures; --include-unknown adds the unknown types', () => {
    const perRun = [...first.stdout.matchAll(/^ {2}counted: (\d+) node/gm)].map((m) => Number(m[1]));
    const overall = Number(/Overall counted: (\d+) node/.exec(first.stdout)?.[1]);
    expect(overall).toBe(perRun.reduce((a, b) => a + b, 0));
    const unknownRows = first.stdout.match(/unknown type \(default estimate\)$/gm)?.length ?? 0;
    expect(unknownRows).toBeGreaterThan(0);
    const all = cli(['--runs', '.', '--include-unknown']);
    expect(Number(/Overall counted: (\d+) node/.exec(all.stdout)?.[1])).toBe(overall + unknownRows);
  });

  it('gives the same report twice', () => {
    expect(cli(['--runs', '.']).stdout).toBe(first.stdout);
  });

  it('fails only when --runs-target is given and missed', () => {
    const median = Number(/Overall counted: .*median error factor ([\d.]+)×/.exec(first.stdout)?.[1]);
    expect(median).toBeGreaterThan(1);
    expect(cli(['--runs', '.', '--runs-target', String(median * 2)]).code).toBe(0);
    const missed = cli(['--runs', '.', '--runs-target', '1']);
    expect(missed.code).toBe(1);
    expect(missed.stdout).toContain('Runs target missed');
  });

  it('profiles the run_job graph when no workflow file is beside the recording', () => {
    const dir = mkdtempSync(join(tmpdir(), 'acc-runs-'));
    copyFileSync(join(FIXTURES, '02-diamond.jsonl'), join(dir, '02-diamond.jsonl'));
    const alone = cli(['--runs', dir]);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('(completed; workflow: run_job graph)');
    const rowsOf = (text: string) => text.split('\n').slice(2).join('\n');
    expect(rowsOf(section(alone.stdout, '02-diamond'))).toBe(rowsOf(section(first.stdout, '02-diamond')));
  });

  it('estimates for the hardware given with --hardware', () => {
    const cpu = cli(['--runs', '02-diamond.jsonl', '--hardware', 'cpu-i9-13900k']);
    expect(cpu.code).toBe(0);
    expect(cpu.stdout).toContain('Estimates assume cpu-i9-13900k (');
  });
});

describe('npm run accuracy -- --runs: input errors', () => {
  it('names a missing path, an empty folder and a run without any workflow (exit 2)', () => {
    expect(cli(['--runs', 'nope'])).toMatchObject({ code: 2, stdout: '' });
    expect(cli(['--runs', 'nope']).stderr).toContain('--runs nope: no such file or folder.');
    const empty = mkdtempSync(join(tmpdir(), 'acc-empty-'));
    expect(cli(['--runs', empty]).stderr).toContain('holds no .jsonl run file');
    const dir = mkdtempSync(join(tmpdir(), 'acc-nograph-'));
    const [request, ...rest] = readFileSync(join(FIXTURES, '01-linear.jsonl'), 'utf8').split('\n');
    const parsed = JSON.parse(request!) as { msg: { data: { graph?: unknown } } };
    delete parsed.msg.data.graph;
    writeFileSync(join(dir, 'bare.jsonl'), [JSON.stringify(parsed), ...rest].join('\n'));
    const bare = cli(['--runs', join(dir, 'bare.jsonl')]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('no workflow for this run: put it beside the file as bare.workflow.json');
    writeFileSync(join(dir, 'broken.jsonl'), `${request}\n{not json\n`);
    const broken = cli(['--runs', join(dir, 'broken.jsonl')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/--runs .*broken\.jsonl: line 2, column \d+: .*\[run\.not-json\]/);
  });

  it('refuses run options without --runs and unknown options', () => {
    expect(cli(['--runs-target', '2'])).toMatchObject({ code: 2 });
    expect(cli(['--hardware', 'rtx-4090']).stderr).toContain('add --runs');
    expect(cli(['--frobnicate']).stderr).toContain('Unknown option --frobnicate');
    expect(cli(['--runs-target', 'soon', '--runs', '.']).stderr).toContain('a number ≥ 1');
  });
});

describe('npm run accuracy -- --also-shared', () => {
  it('says so when the shared folder is absent or adds nothing; scores it when it has new rows', () => {
    const absent = cli(['--also-shared'], { calibrationDir: CALIBRATION });
    expect(absent.stdout).toMatch(/--also-shared: .* does not exist/);
    const shared = mkdtempSync(join(tmpdir(), 'acc-shared-'));
    mkdirSync(shared, { recursive: true });
    const speech = readFileSync(join(CALIBRATION, 'speech_audio.csv'), 'utf8');
    writeFileSync(join(shared, 'speech_audio.csv'), speech);
    const same = cli(['--also-shared'], { calibrationDir: CALIBRATION, sharedDir: shared });
    expect(same.stdout).toContain('nothing more to score');
    const [header, firstRow] = speech.split('\n');
    writeFileSync(join(shared, 'speech_audio.csv'), `${header}\n${firstRow!.replace(',270,', ',271,')}\n`);
    const more = cli(['--also-shared'], { calibrationDir: CALIBRATION, sharedDir: shared });
    expect(more.stdout).toContain('has rows the project lacks (speech_audio.csv: 1)');
    expect(more.stdout.match(/^Calibration: /gm)).toHaveLength(2);
  });
});
