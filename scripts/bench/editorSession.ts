/**
 * `npx tsx scripts/bench/editorSession.ts [--sizes=1k,10k,100k,1M] [--calls=N] [--write]`: the editor-session
 * bench. An editor re-analyses after every edit, and between two edits the page allocates and collects; so
 * before **every** call this bench parses the workflow's JSON afresh and runs a full garbage collection
 * (`gc()`, V8's `--expose-gc`), then times `profileWorkflow(workflow)` with the default options (suggestions
 * on). In the same process, call by call, it times the typed-array kernel (`typedKernel.ts`) the same way;
 * the two alternate which goes first. Workflows come from `sessionWorkflow.ts` (random UUIDs, shuffled nodes
 * and edges, dynamic handles). Each size runs in a process of its own; after the session calls, both sides
 * are also timed warm (the same parsed object, no collection between calls).
 *
 * `--write` puts the table into docs/performance.md (between `<!-- session:start -->` and
 * `<!-- session:end -->`). Runs bundled, as the engine ships (see relaunch.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { profileWorkflow } from '../../web/src/profiling';
import { median as medianOrNull } from '../../web/src/runs/measure/median';
import { relaunchBundled, repoRoot } from './relaunch';
import { generateSessionWorkflow, parseSessionText, toSessionText } from './sessionWorkflow';
import { runTypedKernel } from './typedKernel';

relaunchBundled(import.meta.url, { heapMb: 8192, v8Flags: ['--expose-gc'] });

/** Median of a non-empty list of numbers. */
const median = (values: number[]): number => medianOrNull(values) ?? Number.NaN;

interface SizeCase {
  label: string;
  nodes: number;
  calls: number;
  warmup: number;
  warmCalls: number;
}

const SIZES: SizeCase[] = [
  { label: '1k', nodes: 1_000, calls: 40, warmup: 10, warmCalls: 40 },
  { label: '10k', nodes: 10_000, calls: 25, warmup: 5, warmCalls: 25 },
  { label: '100k', nodes: 100_000, calls: 9, warmup: 2, warmCalls: 7 },
  { label: '1M', nodes: 1_000_000, calls: 3, warmup: 1, warmCalls: 3 },
];

interface SizeResult {
  label: string;
  nodes: number;
  edges: number;
  calls: number;
  /** Session (fresh parse + gc before each call): medians in ms and the median of per-call ratios. */
  engine: number;
  kernel: number;
  ratio: number;
  ratioMin: number;
  ratioMax: number;
  /** The same in process CPU time (less moved by other processes on a loaded machine). */
  engineCpu: number;
  kernelCpu: number;
  cpuRatio: number;
  /** Warm (same object, no gc): medians in ms. */
  warmEngine: number;
  warmKernel: number;
}

const RESULT_PREFIX = 'SESSION_RESULT ';

function collect(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g)
    throw new Error('editorSession: gc() is not exposed; run through the launcher (it adds --expose-gc)');
  g();
}

function measureSize(c: SizeCase, callsOverride: number | undefined): SizeResult {
  const text = toSessionText(generateSessionWorkflow(c.nodes));
  const calls = callsOverride ?? c.calls;
  const engineCall = (input: unknown) => profileWorkflow(input);
  const kernelCall = (input: ReturnType<typeof parseSessionText>) => runTypedKernel(input);
  let edges = 0;
  // Each side's last result stays alive until its next call returns, as an editor's store holds the profile
  // shown until the next analysis replaces it.
  let lastEngine: unknown = null;
  let lastKernel: unknown = null;
  /** Wall time and process CPU time (all threads: compiler and collector included) of one call, in ms. */
  const timeOne = (side: 'engine' | 'kernel'): [number, number] => {
    const input = parseSessionText(text);
    edges = input.graph.edges.length;
    collect();
    const cpu = process.cpuUsage();
    const start = performance.now();
    if (side === 'engine') lastEngine = engineCall(input);
    else lastKernel = kernelCall(input);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return [wall, (used.user + used.system) / 1000];
  };
  const engineTimes: number[] = [];
  const kernelTimes: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const engineCpu: number[] = [];
  const kernelCpu: number[] = [];
  for (let i = 0; i < c.warmup + calls; i++) {
    // Alternate which side goes first, so neither always follows the other's garbage.
    const engineFirst = i % 2 === 0;
    const a = timeOne(engineFirst ? 'engine' : 'kernel');
    const b = timeOne(engineFirst ? 'kernel' : 'engine');
    if (i < c.warmup) continue;
    const engine = engineFirst ? a : b;
    const kernel = engineFirst ? b : a;
    engineTimes.push(engine[0]);
    kernelTimes.push(kernel[0]);
    ratios.push(engine[0] / kernel[0]);
    engineCpu.push(engine[1]);
    kernelCpu.push(kernel[1]);
    cpuRatios.push(engine[1] / Math.max(kernel[1], 0.001));
  }
  // Warm: one parsed object, no collection between calls (what `npm run bench` measures).
  const warm = parseSessionText(text);
  const warmTimes = (fn: () => unknown): number => {
    const times: number[] = [];
    for (let i = 0; i < c.warmCalls; i++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    return median(times);
  };
  collect();
  const warmEngine = warmTimes(() => engineCall(warm));
  collect();
  const warmKernel = warmTimes(() => kernelCall(warm));
  void lastEngine;
  void lastKernel;
  return {
    label: c.label,
    nodes: c.nodes,
    edges,
    calls,
    engine: median(engineTimes),
    kernel: median(kernelTimes),
    ratio: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    engineCpu: median(engineCpu),
    kernelCpu: median(kernelCpu),
    cpuRatio: median(cpuRatios),
    warmEngine,
    warmKernel,
  };
}

const argv = process.argv.slice(2);
const argValue = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const load = () => loadavg()[0]!.toFixed(2);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const callsArg = argValue('calls');
const callsOverride = callsArg === undefined ? undefined : Math.max(1, Number(callsArg));

function measureInChild(c: SizeCase): SizeResult {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      process.argv[1]!,
      `--size=${c.label}`,
      ...(callsArg ? [`--calls=${callsArg}`] : []),
    ],
    { encoding: 'utf8', env: process.env, maxBuffer: 1 << 20 },
  );
  const line = child.stdout?.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line)
    throw new Error(`editor-session size ${c.label} failed (exit ${child.status}): ${child.stderr}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as SizeResult;
}

function renderTable(rows: SizeResult[]): string {
  const lines = [
    '| Nodes | Edges | Calls | Engine median, session | Kernel median, session | Engine / kernel, session: median (range) | Same in CPU time: engine, kernel, ratio | Engine median, warm | Kernel median, warm | Engine / kernel, warm | Target (session median) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const target =
      r.nodes === 10_000 || r.nodes === 100_000 ? `≤ 3×: ${r.ratio <= 3 ? 'met' : 'missed'}` : '—';
    lines.push(
      `| ${r.nodes.toLocaleString('en-US')} | ${r.edges.toLocaleString('en-US')} | ${r.calls} | ${ms(r.engine)} ms | ${ms(r.kernel)} ms | ${r.ratio.toFixed(2)}× (${r.ratioMin.toFixed(2)}–${r.ratioMax.toFixed(2)}) | ${ms(r.engineCpu)} ms, ${ms(r.kernelCpu)} ms, ${r.cpuRatio.toFixed(2)}× | ${ms(r.warmEngine)} ms | ${ms(r.warmKernel)} ms | ${(r.warmEngine / r.warmKernel).toFixed(2)}× | ${target} |`,
    );
  }
  return lines.join('\n');
}

function writeTable(table: string, stamp: string): void {
  const path = resolve(repoRoot(), 'docs/performance.md');
  const doc = readFileSync(path, 'utf8');
  const block = `<!-- session:start -->\n${stamp}\n\n${table}\n<!-- session:end -->`;
  if (!doc.includes('<!-- session:start -->'))
    throw new Error('docs/performance.md has no <!-- session:start --> marker');
  writeFileSync(path, doc.replace(/<!-- session:start -->[\s\S]*<!-- session:end -->/, block));
}

function main(): void {
  const only = argValue('size');
  if (only) {
    const c = SIZES.find((s) => s.label === only);
    if (!c) process.exit(2);
    console.log(RESULT_PREFIX + JSON.stringify(measureSize(c, callsOverride)));
    return;
  }
  const labels = (argValue('sizes') ?? '1k,10k,100k,1M').split(',');
  const unknown = labels.filter((l) => !SIZES.some((s) => s.label === l));
  if (unknown.length) {
    console.error(`Unknown size ${unknown.join(', ')}; sizes: ${SIZES.map((s) => s.label).join(', ')}.`);
    process.exit(2);
  }
  const loadBefore = load();
  console.log(`load average (1 min) at start: ${loadBefore}`);
  const rows: SizeResult[] = [];
  for (const c of SIZES.filter((s) => labels.includes(s.label))) {
    const r = measureInChild(c);
    rows.push(r);
    console.log(
      `${r.label.padEnd(5)} session: engine ${ms(r.engine)} ms, kernel ${ms(r.kernel)} ms, ratio ${r.ratio.toFixed(2)}× (${r.ratioMin.toFixed(2)}–${r.ratioMax.toFixed(2)}); CPU ${ms(r.engineCpu)} / ${ms(r.kernelCpu)} ms = ${r.cpuRatio.toFixed(2)}×; warm: engine ${ms(r.warmEngine)} ms, kernel ${ms(r.warmKernel)} ms`,
    );
  }
  const table = renderTable(rows);
  const stamp = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average (1 min) ${loadBefore} at start, ${load()} at end.`;
  console.log(`\n${table}\n\n${stamp}`);
  if (argv.includes('--write')) {
    writeTable(table, stamp);
    console.log('Table written to docs/performance.md');
  }
}

main();
