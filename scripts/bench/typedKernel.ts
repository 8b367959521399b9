/**
 * The typed-array kernel of the editor-session bench: a minimal, honest implementation of the analysis at
 * the core of a profile, written for the bench (not the engine). It reads a NodeTool workflow as parsed from
 * JSON and, with no per-node objects:
 *
 * - ingests: node ids into an open-addressing hash table (FNV-1a over the id's characters, linear probing,
 *   ids compared on a hash match), node types through a `Map` to a per-type weight and memory;
 * - resolves edge endpoints through that table, dropping self-loops and unknown endpoints;
 * - builds the out-adjacency (CSR, counting sort) and the in-degrees;
 * - runs Kahn's order with the forward pass folded in (earliest start, level), then the backward pass
 *   (latest start, slack);
 * - walks the critical path (zero slack, from a zero-slack source to the makespan);
 * - counts the waves (nodes per level) and their memory, and takes the peak over the waves.
 *
 * Node weights are the bench's constant per-type weights (`typeWeightMs`); nothing is estimated. It assumes
 * an acyclic graph (Kahn's order is then complete; the result says whether it was).
 */
import { typeWeightMs } from './baseline';

/** Memory of a node type in the kernel (MB): constants, like the weights. */
const TYPE_MEMORY_MB: Record<string, number> = {
  'nodetool.agents.Agent': 2600,
  'huggingface.text_to_image.StableDiffusion': 6900,
  'vector.chroma.HybridSearch': 300,
};

export interface KernelResult {
  nodes: number;
  edges: number;
  makespanMs: number;
  /** Node indices (input order) of one critical path, source first. */
  criticalPath: Int32Array;
  waves: number;
  peakWaveMemoryMb: number;
  /** Whether Kahn's order reached every node (false: the graph has a cycle). */
  acyclic: boolean;
}

interface KernelEdge {
  source?: unknown;
  target?: unknown;
}

interface KernelNode {
  id?: unknown;
  type?: unknown;
}

/** FNV-1a over the UTF-16 code units of `s`. */
function hashId(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Slot of `id` in the table (its node index), or -1. */
function findId(table: Int32Array, ids: string[], mask: number, id: string): number {
  let slot = hashId(id) & mask;
  for (;;) {
    const v = table[slot]!;
    if (v < 0) return -1;
    if (ids[v] === id) return v;
    slot = (slot + 1) & mask;
  }
}

/** Run the kernel on `{ graph: { nodes, edges } }` as parsed from JSON. */
export function runTypedKernel(input: { graph: { nodes: unknown[]; edges: unknown[] } }): KernelResult {
  const nodeList = input.graph.nodes as KernelNode[];
  const edgeList = input.graph.edges as KernelEdge[];
  const n = nodeList.length;

  // Ingest: id hash table, per-type weight and memory.
  let size = 1;
  while (size < n * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const ids = new Array<string>(n);
  const weight = new Float64Array(n);
  const memory = new Float64Array(n);
  const typeIndex = new Map<string, number>();
  const typeWeight: number[] = [];
  const typeMemory: number[] = [];
  for (let v = 0; v < n; v++) {
    const node = nodeList[v]!;
    const id = String(node.id);
    const type = String(node.type);
    let slot = hashId(id) & mask;
    while (table[slot]! >= 0) {
      if (ids[table[slot]!] === id) throw new Error(`kernel: duplicate node id "${id}" (nodes[${v}])`);
      slot = (slot + 1) & mask;
    }
    table[slot] = v;
    ids[v] = id;
    let t = typeIndex.get(type);
    if (t === undefined) {
      t = typeWeight.length;
      typeIndex.set(type, t);
      typeWeight.push(typeWeightMs(type));
      typeMemory.push(TYPE_MEMORY_MB[type] ?? 10);
    }
    weight[v] = typeWeight[t]!;
    memory[v] = typeMemory[t]!;
  }

  // Edges: resolve endpoints, count degrees.
  const mIn = edgeList.length;
  const src = new Int32Array(mIn);
  const dst = new Int32Array(mIn);
  const outStart = new Int32Array(n + 1);
  const pending = new Int32Array(n);
  let m = 0;
  for (let e = 0; e < mIn; e++) {
    const edge = edgeList[e]!;
    if (typeof edge.source !== 'string' || typeof edge.target !== 'string') continue;
    const s = findId(table, ids, mask, edge.source);
    const t = findId(table, ids, mask, edge.target);
    if (s < 0 || t < 0 || s === t) continue;
    src[m] = s;
    dst[m] = t;
    m++;
    outStart[s + 1]!++;
    pending[t]!++;
  }

  // CSR out-adjacency by counting sort.
  for (let v = 0; v < n; v++) outStart[v + 1]! += outStart[v]!;
  const fill = outStart.slice(0, n);
  const outAdj = new Int32Array(m);
  for (let e = 0; e < m; e++) outAdj[fill[src[e]!]!++] = dst[e]!;

  // Kahn's order with the forward pass (earliest start, level).
  const order = new Int32Array(n);
  const earliest = new Float64Array(n);
  const level = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (pending[v] === 0) order[tail++] = v;
  let makespan = 0;
  let levels = 0;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    const finish = earliest[v]! + weight[v]!;
    if (finish > makespan) makespan = finish;
    const next = level[v]! + 1;
    if (next > levels) levels = next;
    const end = outStart[v + 1]!;
    for (let k = outStart[v]!; k < end; k++) {
      const w = outAdj[k]!;
      if (finish > earliest[w]!) earliest[w] = finish;
      if (next > level[w]!) level[w] = next;
      if (--pending[w]! === 0) order[tail++] = w;
    }
  }

  // Backward pass: latest start, slack.
  const latest = new Float64Array(n);
  for (let i = tail - 1; i >= 0; i--) {
    const v = order[i]!;
    let lf = makespan;
    const end = outStart[v + 1]!;
    for (let k = outStart[v]!; k < end; k++) {
      const ls = latest[outAdj[k]!]!;
      if (ls < lf) lf = ls;
    }
    latest[v] = lf - weight[v]!;
  }

  // Critical path: from a zero-slack node of level 0, follow zero-slack successors that start at its finish.
  const path: number[] = [];
  let at = -1;
  for (let i = 0; i < tail && at < 0; i++) {
    const v = order[i]!;
    if (level[v] === 0 && latest[v] === earliest[v]) at = v;
  }
  while (at >= 0) {
    path.push(at);
    const finish = earliest[at]! + weight[at]!;
    let next = -1;
    const end = outStart[at + 1]!;
    for (let k = outStart[at]!; k < end && next < 0; k++) {
      const w = outAdj[k]!;
      if (earliest[w] === finish && latest[w] === earliest[w]) next = w;
    }
    at = next;
  }

  // Waves: nodes per level and their memory; the peak is the largest wave's memory.
  const waveMemory = new Float64Array(levels);
  for (let i = 0; i < tail; i++) {
    const v = order[i]!;
    waveMemory[level[v]!]! += memory[v]!;
  }
  let peak = 0;
  for (let l = 0; l < levels; l++) if (waveMemory[l]! > peak) peak = waveMemory[l]!;

  return {
    nodes: n,
    edges: m,
    makespanMs: makespan,
    criticalPath: Int32Array.from(path),
    waves: levels,
    peakWaveMemoryMb: peak,
    acyclic: tail === n,
  };
}
