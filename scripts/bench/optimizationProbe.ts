/**
 * The optimisation probe behind the keptObjects test (and a tool): run under
 * `node --expose-gc --allow-natives-syntax` on an esbuild bundle of this file. It profiles an editor-style
 * workflow (random ids, shuffled lists, dynamic handles) until the engine's hot functions are optimised —
 * forcing the optimisation of each one, so the result does not depend on how busy the machine is — then
 * parses the workflow afresh, runs full garbage collections, and prints, as one JSON line, which hot functions
 * are still optimised. Before the engine kept its working objects across runs, the collections threw the
 * optimised code of most of them away ("weak objects" in `--trace-deopt`). No timing is involved.
 */
import { analyzeTiming } from '../../web/src/profiling/graph/analyzeTiming';
import { buildGraph } from '../../web/src/profiling/graph/buildGraph';
import { buildCsr } from '../../web/src/profiling/graph/csr';
import { computeParallelizable } from '../../web/src/profiling/graph/parallelizable';
import { allocFloat64, allocInt32, withScratch } from '../../web/src/profiling/graph/scratch';
import { computeTopologicalOrder } from '../../web/src/profiling/graph/topologicalOrder';
import { IdIndex } from '../../web/src/profiling/ingest/idIndex';
import { ingestWorkflow } from '../../web/src/profiling/ingest/ingestWorkflow';
import { profileWorkflow } from '../../web/src/profiling';
import { assembleProfile } from '../../web/src/profiling/profile/assembleProfile';
import { buildNodeProfiles } from '../../web/src/profiling/profile/buildNodeProfiles';
import { computeWork } from '../../web/src/profiling/profile/computeWork';
import { buildEstimateColumns } from '../../web/src/profiling/profile/estimateColumns';
import { findEstimate, readGroupMedia } from '../../web/src/profiling/profile/estimateMemo';
import { estimateNodes } from '../../web/src/profiling/profile/estimateNodes';
import { changesMedia } from '../../web/src/profiling/profile/mediaFlow';
import { runAnalysis } from '../../web/src/profiling/profile/runAnalysis';
import { summarizeAnalysis } from '../../web/src/profiling/profile/summarizeAnalysis';
import { IndexHeap } from '../../web/src/profiling/schedule/indexHeap';
import { simulateSchedule } from '../../web/src/profiling/schedule/listSchedule';
import { generateSessionWorkflow, parseSessionText, toSessionText } from './sessionWorkflow';

type Fn = (...args: never[]) => unknown;

/** V8 intrinsics, compiled through `new Function` so that the bundler never sees the `%` syntax. */
function intrinsic(body: string): (f: Fn) => number {
  return new Function('f', body) as (f: Fn) => number;
}

const HOT: Record<string, Fn> = {
  ingestWorkflow,
  'IdIndex.add': IdIndex.prototype.add as Fn,
  'IdIndex.get': IdIndex.prototype.get as Fn,
  buildGraph,
  buildCsr,
  computeTopologicalOrder,
  estimateNodes,
  findEstimate,
  readGroupMedia,
  changesMedia,
  buildEstimateColumns,
  computeWork,
  runAnalysis,
  analyzeTiming,
  computeParallelizable,
  simulateSchedule,
  'IndexHeap.push': IndexHeap.prototype.push as Fn,
  'IndexHeap.pop': IndexHeap.prototype.pop as Fn,
  summarizeAnalysis,
  buildNodeProfiles,
  assembleProfile,
  allocInt32,
  allocFloat64,
  withScratch,
};

function main(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('optimizationProbe: run with node --expose-gc --allow-natives-syntax');
  const status = intrinsic('return %GetOptimizationStatus(f);');
  const prepare = intrinsic('%PrepareFunctionForOptimization(f); return 0;');
  const optimizeNext = intrinsic('%OptimizeFunctionOnNextCall(f); return 0;');
  const nodes = Number(process.argv.find((a) => a.startsWith('--nodes='))?.slice(8) ?? 2000);
  const text = toSessionText(generateSessionWorkflow(nodes));
  const run = () => profileWorkflow(parseSessionText(text));
  for (const f of Object.values(HOT)) prepare(f);
  // Warm up with collections in between (as an editor session does), then force the optimisation of every
  // hot function on the next call and make that call.
  for (let i = 0; i < 4; i++) {
    run();
    gc();
  }
  for (const f of Object.values(HOT)) optimizeNext(f);
  // The last profile stays referenced, as the editor's store holds the profile it shows.
  const shown: unknown[] = [run()];
  // V8's GetOptimizationStatus bit for "optimised code attached" (src/runtime/runtime-test.cc).
  const OPTIMIZED = 16;
  const optimised = () =>
    Object.entries(HOT)
      .filter(([, f]) => (status(f) & OPTIMIZED) !== 0)
      .map(([name]) => name);
  const before = optimised();
  // An edit later: a fresh parse, the old input and profile become garbage, full collections.
  shown[0] = run();
  gc();
  gc();
  gc();
  const after = optimised();
  shown.length = 0;
  console.log(`PROBE ${JSON.stringify({ hot: Object.keys(HOT), before, after })}`);
}

main();
