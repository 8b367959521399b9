/**
 * `npm run bench [-- --quick] [-- --no-write] [-- --no-baseline-1m] [-- --only <case name>]`: times
 * profileWorkflow (each case in a fresh process) on generated
 * workflows (layered DAGs of 1k–1M nodes with ~2 edges per node and wide fan-outs, a 100k chain, a 100k
 * star) against a graphology + graphology-dag baseline (topological sort + longest path) in the same
 * process, prints a table with ratios and writes it to docs/performance.md (full runs only).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { profileWorkflow } from '../web/src/profiling';
import { runGraphologyBaseline } from './bench/baseline';
import { createConstantMetricTable } from './bench/constantTable';
import { runContractFloor } from './bench/contractFloor';
import { relaunchBundled, repoRoot } from './bench/relaunch';
import { generateChain, generateLayeredDag, generateStar, type BenchWorkflow } from './bench/generateDag';
import { timeRuns, type Timing } from './bench/timeRuns';

const HEAP_MB = 8192;
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

// Run bundled (as the engine ships), with a heap large enough for the 1M-node graphs.
relaunchBundled(import.meta.url, { heapMb: quick ? undefined : HEAP_MB });

interface Case {
  name: string;
  make: () => BenchWorkflow;
  /** Profile with the constant metric table (engine only, the baseline's weights). */
  constant?: boolean;
  runs: number;
  warmup: number;
  baseline: boolean;
  suggestions?: boolean;
  /** Time the contract floor (scripts/bench/contractFloor.ts) instead of profileWorkflow. */
  floor?: boolean;
  target?: number;
}

const noBaseline1M = args.has('--no-baseline-1m');

/** Cases: estimators on (the real cost) and, for the kernel comparison, the constant table (baseline weights). */
const CASES: Case[] = [
  { name: 'layered 1k', make: () => generateLayeredDag(1_000), runs: 50, warmup: 30, baseline: true },
  {
    name: 'layered 10k',
    make: () => generateLayeredDag(10_000),
    runs: 30,
    warmup: 20,
    baseline: true,
    target: 10,
  },
  {
    name: 'layered 10k, constant table',
    make: () => generateLayeredDag(10_000),
    runs: 30,
    warmup: 20,
    baseline: false,
    constant: true,
    target: 10,
  },
  {
    name: 'contract floor 10k',
    make: () => generateLayeredDag(10_000),
    runs: 30,
    warmup: 20,
    baseline: false,
    floor: true,
  },
  {
    name: 'layered 10k + suggestions',
    make: () => generateLayeredDag(10_000),
    runs: 20,
    warmup: 10,
    baseline: false,
    suggestions: true,
    target: 10,
  },
  {
    name: 'layered 100k',
    make: () => generateLayeredDag(100_000),
    runs: 9,
    warmup: 3,
    baseline: true,
    target: 200,
  },
  {
    name: 'layered 100k, constant table',
    make: () => generateLayeredDag(100_000),
    runs: 9,
    warmup: 3,
    baseline: false,
    constant: true,
    target: 200,
  },
  {
    name: 'contract floor 100k',
    make: () => generateLayeredDag(100_000),
    runs: 9,
    warmup: 3,
    baseline: false,
    floor: true,
  },
  {
    name: 'layered 100k + suggestions',
    make: () => generateLayeredDag(100_000),
    runs: 7,
    warmup: 2,
    baseline: false,
    suggestions: true,
    target: 200,
  },
  { name: 'chain 100k', make: () => generateChain(100_000), runs: 7, warmup: 2, baseline: true },
  { name: 'star 100k', make: () => generateStar(100_000), runs: 7, warmup: 2, baseline: true },
  {
    name: 'layered 1M',
    make: () => generateLayeredDag(1_000_000),
    runs: 3,
    warmup: 1,
    baseline: !noBaseline1M,
    target: 3000,
  },
  {
    name: 'layered 1M, constant table',
    make: () => generateLayeredDag(1_000_000),
    runs: 3,
    warmup: 1,
    baseline: false,
    constant: true,
    target: 3000,
  },
  {
    name: 'contract floor 1M',
    make: () => generateLayeredDag(1_000_000),
    runs: 3,
    warmup: 1,
    baseline: false,
    floor: true,
  },
];

interface Row {
  name: string;
  nodes: number;
  edges: number;
  ours: Timing;
  base?: Timing;
  target?: number;
}

const constantTable = createConstantMetricTable();

/**
 * Real inputs come from JSON.parse (a file, the editor's storage): round-trip the generated workflow so its
 * strings are what a parser produces. The 1M-node workflow is too long for one JSON string (V8 caps strings
 * at ~512 MB) and is used as generated.
 */
function asParsedJson(workflow: BenchWorkflow): BenchWorkflow {
  return workflow.graph.nodes.length > 500_000
    ? workflow
    : (JSON.parse(JSON.stringify(workflow)) as BenchWorkflow);
}

/** The 1-minute load average, for the record: other processes on the machine inflate the timings. */
const load = () => loadavg()[0]!.toFixed(2);

/** Marks the one line a case process prints for the parent: the measured row as JSON. */
const RESULT_PREFIX = 'BENCH_RESULT ';

/** Measure one case in this process (both sides, one after the other, each with its own warm-up). */
function measureCase(c: Case): Row {
  const workflow = asParsedJson(c.make());
  const options = {
    suggestions: c.suggestions === true,
    ...(c.constant ? { metrics: constantTable } : {}),
  };
  const run = c.floor ? () => runContractFloor(workflow) : () => profileWorkflow(workflow, options);
  const ours = timeRuns(run, c.runs, c.warmup);
  const base = c.baseline ? timeRuns(() => runGraphologyBaseline(workflow), c.runs, c.warmup) : undefined;
  return {
    name: c.name,
    nodes: workflow.graph.nodes.length,
    edges: workflow.graph.edges.length,
    ours,
    base,
    target: c.target,
  };
}

/**
 * Measure a case in a process of its own (this bundle again, with the same V8 flags): every case starts
 * from a fresh heap, as a CLI run or a new worker does, instead of inheriting the garbage and heap sizing
 * the previous cases left (which moved the 100k row by up to 40 % when cases shared a process).
 */
function measureInChild(c: Case): Row {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      process.argv[1]!,
      '--case',
      c.name,
      ...(quick ? ['--quick'] : []),
      ...(noBaseline1M ? ['--no-baseline-1m'] : []),
    ],
    { encoding: 'utf8', env: process.env, maxBuffer: 1 << 20 },
  );
  const line = child.stdout?.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) {
    throw new Error(`bench case "${c.name}" failed (exit ${child.status}): ${child.stderr}`);
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as Row;
}

/** `quick` runs fewer iterations and skips the 1M-node graph. */
function adjust(c: Case): Case {
  return quick ? { ...c, runs: Math.max(3, Math.ceil(c.runs / 3)), warmup: 1 } : c;
}

function main(): void {
  const caseAt = process.argv.indexOf('--case');
  if (caseAt >= 0) {
    const c = CASES.find((k) => k.name === process.argv[caseAt + 1]);
    if (!c) process.exit(2);
    console.log(RESULT_PREFIX + JSON.stringify(measureCase(adjust(c))));
    return;
  }
  const rows: Row[] = [];
  const loadBefore = load();
  console.log(`load average (1 min) at start: ${loadBefore}`);
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  const selected = only ? CASES.filter((c) => c.name === only) : CASES;
  if (selected.length === 0) {
    console.error(`No bench case named "${only}". Cases: ${CASES.map((c) => c.name).join(', ')}.`);
    process.exit(2);
  }
  const cases = quick ? selected.filter((c) => !c.name.includes('1M')) : selected;
  let lastBase: { nodes: number; base: Timing } | undefined;
  for (const c of cases) {
    const row = measureInChild(c);
    // Rows without their own baseline run reuse the baseline of the same workflow measured just before.
    if (row.base) lastBase = { nodes: row.nodes, base: row.base };
    else if (!c.suggestions && lastBase?.nodes === row.nodes) row.base = lastBase.base;
    rows.push(row);
    console.log(formatRow(row));
  }
  const table = renderTable(rows);
  const loads = `load average (1 min) ${loadBefore} at start, ${load()} at end`;
  console.log(`\n${table}\n\n${loads}`);
  if (!quick && !only && !args.has('--no-write')) {
    writeFigures(table, loads);
    console.log('Figures written to docs/performance.md');
  }
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

function formatRow(r: Row): string {
  const ratio = r.base ? `  ×${(r.base.median / r.ours.median).toFixed(1)} vs graphology` : '';
  return `${r.name.padEnd(28)} ours median ${ms(r.ours.median)} ms (best ${ms(r.ours.best)})${r.base ? `, graphology median ${ms(r.base.median)} ms` : ''}${ratio}`;
}

function renderTable(rows: Row[]): string {
  const lines = [
    '| Workflow | Nodes | Edges | profileWorkflow median (best) | graphology baseline median (best) | Speed-up (median) | Target (median) |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const base = r.base ? `${ms(r.base.median)} ms (${ms(r.base.best)})` : '—';
    const ratio = r.base ? `${(r.base.median / r.ours.median).toFixed(1)}×` : '—';
    const target =
      r.target === undefined ? '—' : `≤ ${r.target} ms: ${r.ours.median <= r.target ? 'met' : 'missed'}`;
    lines.push(
      `| ${r.name} | ${r.nodes.toLocaleString('en-US')} | ${r.edges.toLocaleString('en-US')} | ${ms(r.ours.median)} ms (${ms(r.ours.best)}) | ${base} | ${ratio} | ${target} |`,
    );
  }
  return lines.join('\n');
}

function writeFigures(table: string, loads: string): void {
  const path = resolve(repoRoot(), 'docs/performance.md');
  const stamp = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${loads}.`;
  const block = `<!-- bench:start -->\n${stamp}\n\n${table}\n<!-- bench:end -->`;
  let doc: string;
  try {
    doc = readFileSync(path, 'utf8');
  } catch {
    doc = '# Performance\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
  }
  const next = doc.includes('<!-- bench:start -->')
    ? doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block)
    : `${doc}\n${block}\n`;
  writeFileSync(path, next);
}

main();
