/**
 * The contract floor: the least work any implementation of the profile contract must do, measured so the
 * speed targets can be read against it. It reads every node (id, type, parameters) and every edge, resolves
 * edge endpoints through the engine's id index, builds the adjacency, runs one forward pass (earliest start,
 * level) and one backward pass (slack), and writes one plain row per node with the contract's eighteen
 * `nodes[]` fields. Node weights come from the baseline's constant table.
 *
 * It does **not** validate, estimate, condense cycles, schedule, sweep memory, score, find bottlenecks, make
 * waves or suggestions, or write the schedule: a real profile costs more than this, never less. It assumes
 * well-formed, acyclic input (the generated bench workflows are).
 */
import { IdIndex } from '../../web/src/profiling/ingest/idIndex';
import type { NodeDetails, NodeProfile } from '../../web/src/profiling/types';
import { typeWeightMs } from './baseline';
import type { BenchWorkflow } from './generateDag';

/**
 * One row per node with the contract's eighteen `nodes[]` fields: a `NodeProfile` without the fields this
 * project added (`device`, `layoutOnly`, `cycleIndex`).
 */
export type FloorRow = Omit<NodeProfile, 'device' | 'layoutOnly' | 'cycleIndex'>;

/** The details every floor row shares (estimates shared by equal nodes share theirs too). */
const FLOOR_DETAILS: NodeDetails = { source: 'contract floor: type weight only', assumptions: [] };

/** Run the floor on a generated workflow; returns the rows (so nothing is optimised away). */
export function runContractFloor(workflow: BenchWorkflow): FloorRow[] {
  const nodes = workflow.graph.nodes;
  const edges = workflow.graph.edges;
  const n = nodes.length;
  const index = new IdIndex(n);
  const types = new Array<string>(n);
  // Parameters are read as ingest reads them (a column), though no floor row shows them.
  const params = new Array<Record<string, unknown>>(n);
  const weight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const node = nodes[v]!;
    index.add(node.id);
    types[v] = node.type;
    params[v] = node.data;
    weight[v] = typeWeightMs(node.type);
  }
  const ids = index.idList();
  const m = edges.length;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const edge = edges[e]!;
    const s = index.get(edge.source!)!;
    const t = index.get(edge.target!)!;
    src[e] = s;
    dst[e] = t;
    outStart[s + 1]!++;
    inStart[t + 1]!++;
  }
  for (let v = 0; v < n; v++) {
    outStart[v + 1]! += outStart[v]!;
    inStart[v + 1]! += inStart[v]!;
  }
  const outAdj = new Int32Array(m);
  const fill = outStart.slice(0, n);
  for (let e = 0; e < m; e++) outAdj[fill[src[e]!]!++] = dst[e]!;
  // Kahn order with the forward pass folded in.
  const pending = new Int32Array(n);
  for (let v = 0; v < n; v++) pending[v] = inStart[v + 1]! - inStart[v]!;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) if (pending[v] === 0) order[tail++] = v;
  const earliest = new Float64Array(n);
  const level = new Int32Array(n);
  let makespan = 0;
  while (head < tail) {
    const v = order[head++]!;
    const finish = earliest[v]! + weight[v]!;
    if (finish > makespan) makespan = finish;
    for (let k = outStart[v]!; k < outStart[v + 1]!; k++) {
      const w = outAdj[k]!;
      if (finish > earliest[w]!) earliest[w] = finish;
      if (level[v]! + 1 > level[w]!) level[w] = level[v]! + 1;
      if (--pending[w]! === 0) order[tail++] = w;
    }
  }
  const latest = new Float64Array(n);
  for (let i = tail - 1; i >= 0; i--) {
    const v = order[i]!;
    let lf = makespan;
    for (let k = outStart[v]!; k < outStart[v + 1]!; k++) {
      const ls = latest[outAdj[k]!]!;
      if (ls < lf) lf = ls;
    }
    latest[v] = lf - weight[v]!;
  }
  const rows = new Array<FloorRow>(n);
  for (let v = 0; v < n; v++) {
    const slackMs = latest[v]! - earliest[v]!;
    rows[v] = {
      id: ids[v]!,
      type: types[v]!,
      title: types[v]!,
      category: 'data',
      complexity: 1,
      runtimeMs: weight[v]!,
      memoryMb: 0,
      vramMb: 0,
      fanIn: inStart[v + 1]! - inStart[v]!,
      fanOut: outStart[v + 1]! - outStart[v]!,
      level: level[v]!,
      earliestStartMs: earliest[v]!,
      slackMs,
      onCriticalPath: slackMs === 0,
      parallelizable: true,
      known: true,
      confidence: 'low',
      details: FLOOR_DETAILS,
    };
  }
  return rows;
}
