/**
 * The graph kernel: integer node ids, distinct directed edges in typed arrays, out- and in-adjacency in CSR
 * form. Parallel edges between the same two nodes (several handles) are merged into one dependency.
 */
import { allocInt32, allocUint8, copyInt32 } from './scratch';
import { buildCsr, type Csr } from './csr';

export interface GraphKernel {
  /** Node count. */
  n: number;
  /** Distinct edge count. */
  m: number;
  src: Int32Array;
  dst: Int32Array;
  /** 1 when every input edge between the pair is a control edge (ordering only, no data). */
  control: Uint8Array;
  out: Csr;
  in: Csr;
  /** Control flags per in-CSR slot (null: no control edge); filled on first use by computeInSlotControl. */
  inControl: Uint8Array | null | undefined;
}

/**
 * Build the kernel from edge endpoint arrays (`src[i] → dst[i]`, `0 ≤ id < n`, no self-loops).
 * Runs in O(n + m).
 */
export function buildGraph(
  n: number,
  edgeCount: number,
  src: Int32Array,
  dst: Int32Array,
  control?: Uint8Array,
): GraphKernel {
  const raw = buildCsr(n, edgeCount, src, dst);
  // Edge index per CSR slot, to carry the control flag through the counting sort (only when some edge has it).
  const slotEdge = control && hasAny(control, edgeCount) ? edgeSlots(n, edgeCount, src, raw) : undefined;
  const mark = allocInt32(n).fill(-1);
  const slotOf = allocInt32(n);
  const outSrc = allocInt32(edgeCount);
  const outDst = allocInt32(edgeCount);
  const outControl = allocUint8(edgeCount);
  // The distinct edges come out grouped by source in source order: their out-adjacency is `outDst` itself.
  const outStart = allocInt32(n + 1);
  let m = 0;
  for (let u = 0; u < n; u++) {
    for (let k = raw.start[u]!; k < raw.start[u + 1]!; k++) {
      const v = raw.adj[k]!;
      const isControl = slotEdge ? control![slotEdge[k]!]! : 0;
      if (mark[v] === u) {
        // Parallel edge: the pair carries data as soon as one of its edges does.
        if (!isControl) outControl[slotOf[v]!] = 0;
        continue;
      }
      mark[v] = u;
      slotOf[v] = m;
      outSrc[m] = u;
      outDst[m] = v;
      outControl[m] = isControl;
      m++;
    }
    outStart[u + 1] = m;
  }
  const s = outSrc.subarray(0, m);
  const d = outDst.subarray(0, m);
  return {
    n,
    m,
    src: s,
    dst: d,
    control: outControl.subarray(0, m),
    out: { start: outStart, adj: d },
    in: buildCsr(n, m, d, s),
    inControl: undefined,
  };
}

function hasAny(flags: Uint8Array, count: number): boolean {
  for (let e = 0; e < count; e++) if (flags[e]) return true;
  return false;
}

function edgeSlots(n: number, m: number, src: Int32Array, csr: Csr): Int32Array {
  const fill = copyInt32(csr.start, n);
  const slots = allocInt32(m);
  for (let e = 0; e < m; e++) slots[fill[src[e]!]!++] = e;
  return slots;
}

/** Degree of `v` in a CSR. */
export function degree(csr: Csr, v: number): number {
  return csr.start[v + 1]! - csr.start[v]!;
}
