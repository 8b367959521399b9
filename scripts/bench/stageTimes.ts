/**
 * `npx tsx scripts/bench/stageTimes.ts [nodes=10000] [--constant] [--runs=40]`: median time of each stage of
 * profileWorkflow (suggestions off) on the bench's layered DAG, the same calls `profileWorkflow` makes, each
 * timed with performance.now(). For finding where time goes; `npm run bench` gives the end-to-end figures.
 * Runs bundled like the bench (see relaunch.ts), with an 8 GB heap for 1M nodes.
 */
import { condenseGraph } from '../../web/src/profiling/graph/condenseGraph';
import { buildKernelFromWorkflow } from '../../web/src/profiling/graph/fromWorkflow';
import { estimateScratchBytes, withScratch } from '../../web/src/profiling/graph/scratch';
import { ingestWorkflow, inputListSizes } from '../../web/src/profiling/ingest/ingestWorkflow';
import { assembleProfile } from '../../web/src/profiling/profile/assembleProfile';
import { buildEstimateColumns } from '../../web/src/profiling/profile/estimateColumns';
import { estimateNodes } from '../../web/src/profiling/profile/estimateNodes';
import { computeNodeOrder } from '../../web/src/profiling/profile/nodeOrder';
import { resolveOptions } from '../../web/src/profiling/profile/resolveOptions';
import { runAnalysis } from '../../web/src/profiling/profile/runAnalysis';
import { createConstantMetricTable } from './constantTable';
import { relaunchBundled } from './relaunch';
import { generateLayeredDag } from './generateDag';

relaunchBundled(import.meta.url, { heapMb: 8192 });

const argv = process.argv.slice(2);
const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const runs = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 40);
const constant = argv.includes('--constant');
const generated = generateLayeredDag(n);
const workflow = n > 500_000 ? generated : JSON.parse(JSON.stringify(generated));
const options = resolveOptions(
  constant ? { suggestions: false, metrics: createConstantMetricTable() } : { suggestions: false },
);
const times = new Map<string, number[]>();
function lap(stage: string, since: number): number {
  const now = performance.now();
  const list = times.get(stage) ?? [];
  list.push(now - since);
  times.set(stage, list);
  return now;
}

for (let r = 0; r < runs; r++) {
  const begin = performance.now();
  let t = begin;
  const sizes = inputListSizes(workflow);
  withScratch(estimateScratchBytes(sizes.nodes, sizes.edges), () => {
    const ingested = ingestWorkflow(workflow);
    t = lap('ingest', t);
    const graph = buildKernelFromWorkflow(ingested);
    t = lap('graph kernel', t);
    const condensed = condenseGraph(graph);
    const nodeOrder = computeNodeOrder(condensed, ingested.nodeCount);
    t = lap('condense + order', t);
    const env = { hardware: options.hardware, assumptions: options.assumptions, table: options.table };
    const { estimates } = estimateNodes(ingested, graph, nodeOrder, env);
    t = lap('estimation', t);
    const cols = buildEstimateColumns(estimates);
    t = lap('estimate columns', t);
    const analysis = runAnalysis({ graph, condensed, nodeOrder }, cols, options);
    t = lap('analysis', t);
    assembleProfile({
      workflow: ingested,
      graph,
      condensed,
      estimates,
      cols,
      analysis,
      options,
      stageIssues: [],
    });
    lap('assembly', t);
  });
  lap('total', begin);
}

const skip = Math.min(10, Math.floor(runs / 2));
console.log(
  `${n} nodes, ${constant ? 'constant table' : 'built-in estimators'}, median of ${runs - skip} runs`,
);
for (const [stage, list] of times) {
  const sorted = list.slice(skip).sort((a, b) => a - b);
  console.log(`${stage.padEnd(18)} ${sorted[sorted.length >> 1]!.toFixed(2)} ms`);
}
