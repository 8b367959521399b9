/** @jest-environment node */
/**
 * The engine's hot functions stay optimised across a full garbage collection (an editor collects between
 * two analyses). Runs scripts/bench/optimizationProbe.ts, bundled with esbuild, in a child
 * `node --expose-gc --allow-natives-syntax`: it forces the optimisation of the hot functions, parses the
 * workflow afresh, collects, and reports which are still optimised (V8's %GetOptimizationStatus). No
 * timing is involved, so a busy machine does not change the answer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleForNode } from '../../../../../scripts/bench/bundleForNode';

interface ProbeResult {
  hot: string[];
  before: string[];
  after: string[];
}

/**
 * Functions whose optimised code depended on the shapes of objects each run used to create and drop (the id
 * index, the heaps, the schedule simulation, the scratch state, the graph's CSR): before the engine kept
 * those objects, a collection threw their code away.
 */
const MUST_STAY_OPTIMISED = [
  'IdIndex.add',
  'IdIndex.get',
  'buildCsr',
  'computeTopologicalOrder',
  'analyzeTiming',
  'simulateSchedule',
  'IndexHeap.push',
  'IndexHeap.pop',
];

function runProbe(): ProbeResult {
  const dir = mkdtempSync(join(tmpdir(), 'profiler-probe-'));
  try {
    const outfile = join(dir, 'probe.cjs');
    bundleForNode(resolve(__dirname, '../../../../../scripts/bench/optimizationProbe.ts'), outfile);
    const child = spawnSync(process.execPath, ['--expose-gc', '--allow-natives-syntax', outfile], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const line = child.stdout.split('\n').find((l) => l.startsWith('PROBE '));
    if (child.status !== 0 || !line)
      throw new Error(`optimisation probe failed (exit ${child.status}): ${child.stderr.slice(0, 2000)}`);
    return JSON.parse(line.slice('PROBE '.length)) as ProbeResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('optimised code across garbage collections', () => {
  it('keeps the hot functions optimised after a fresh parse and full collections', () => {
    const result = runProbe();
    for (const name of MUST_STAY_OPTIMISED) expect(result.hot).toContain(name);
    // The probe forced their optimisation: they must have been optimised before the collections…
    const optimisedBefore = MUST_STAY_OPTIMISED.filter((name) => result.before.includes(name));
    expect(optimisedBefore).toEqual(MUST_STAY_OPTIMISED);
    // …and still be after them.
    const lost = MUST_STAY_OPTIMISED.filter((name) => !result.after.includes(name));
    expect(lost).toEqual([]);
  }, 150_000);
});
