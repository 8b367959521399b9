/**
 * Scratch memory for the analysis' typed arrays. Each `new Float64Array(n)` is an external allocation, and V8
 * starts a full garbage collection every ~64 MB of external allocations: at a million nodes an analysis
 * allocates several hundred MB of typed arrays, and every one of those collections marks the whole input
 * workflow (seconds in total). Inside `withScratch`, typed arrays are views into one ArrayBuffer sized for the
 * run, so a run makes at most one external allocation; the buffer is kept for the next run (an editor
 * re-analyses the same graph after every edit), which then makes none. A run needing less than a quarter of
 * the kept buffer drops it and allocates its own, so a huge graph's buffer is not held after a small one;
 * `releaseScratch()` drops it at once.
 *
 * The engine's working objects (id index, node table, schedule simulation, …) are kept the same way and reset
 * by the next run (graph/keptObjects.ts explains why).
 *
 * Views must not outlive the `withScratch` call: the next run overwrites them. The engine copies every result
 * into plain objects before returning.
 */
import { beginKeptRun, dropKeptObjects, endKeptRun } from './keptObjects';

interface Scratch {
  buffer: ArrayBuffer;
  offset: number;
  /** Bytes below this offset may hold a previous run's data; above it the buffer is still zero (fresh). */
  dirty: number;
}

const EMPTY_BUFFER = new ArrayBuffer(0);
/**
 * The state of the run going on, one object for every run (a new object per run would be a shape V8 frees
 * between runs, see keptObjects.ts); `active` points to it during a run.
 */
const state: Scratch = { buffer: EMPTY_BUFFER, offset: 0, dirty: 0 };
let active: Scratch | null = null;
let pooled: ArrayBuffer | null = null;
/** How far the pooled buffer was written by the run that used it. */
let pooledDirty = 0;
/** A kept buffer is reused by runs needing at least this share of it. */
const REUSE_MIN_SHARE = 0.25;

/**
 * Bytes a run over `nodes` and `edges` needs: the arrays of all stages with room to spare, including
 * ingest's (edge endpoints and flags, 16 bytes per edge; the id index, at most 32 bytes per node, and the
 * parameter classes, 4).
 */
export function estimateScratchBytes(nodes: number, edges: number): number {
  return 4096 + nodes * (512 + 36) + edges * (64 + 16);
}

/**
 * Drop the buffer kept for the next run (the memory of the largest recent run) and the working objects kept
 * with it (graph/keptObjects.ts).
 */
export function releaseScratch(): void {
  pooled = null;
  pooledDirty = 0;
  dropKeptObjects();
}

/** Run `fn` with typed arrays allocated from one scratch buffer of at least `bytes`. Re-entrant calls share it. */
export function withScratch<T>(bytes: number, fn: () => T): T {
  if (active) return fn();
  const reuse = pooled !== null && pooled.byteLength >= bytes && bytes >= pooled.byteLength * REUSE_MIN_SHARE;
  const buffer = reuse ? pooled! : new ArrayBuffer(bytes);
  const scratch = state;
  scratch.buffer = buffer;
  scratch.offset = 0;
  scratch.dirty = reuse ? pooledDirty : 0;
  pooled = null;
  active = scratch;
  beginKeptRun();
  try {
    return fn();
  } finally {
    active = null;
    pooled = buffer;
    pooledDirty = Math.max(scratch.dirty, scratch.offset);
    scratch.buffer = EMPTY_BUFFER;
    // Whether the run returned or threw: the kept objects are cleared and free for the next run.
    endKeptRun();
  }
}

/** Whether the bytes at `offset` were written before (a new ArrayBuffer is zero-filled). */
function needsZero(offset: number): boolean {
  return offset < active!.dirty;
}

/** Zero a scratch view unless its bytes are still fresh. */
function zeroed<A extends Int32Array | Float64Array | Uint8Array>(view: A, offset: number): A {
  return needsZero(offset) ? (view.fill(0) as A) : view;
}

function take(bytes: number): number {
  const scratch = active;
  if (!scratch) return -1;
  const size = (bytes + 7) & ~7;
  if (scratch.offset + size > scratch.buffer.byteLength) return -1;
  const offset = scratch.offset;
  scratch.offset += size;
  return offset;
}

/** A zeroed Int32Array of length n (from scratch memory inside withScratch). */
export function allocInt32(n: number): Int32Array {
  const offset = take(n * 4);
  return offset < 0 ? new Int32Array(n) : zeroed(new Int32Array(active!.buffer, offset, n), offset);
}

/** A zeroed Float64Array of length n (from scratch memory inside withScratch). */
export function allocFloat64(n: number): Float64Array {
  const offset = take(n * 8);
  return offset < 0 ? new Float64Array(n) : zeroed(new Float64Array(active!.buffer, offset, n), offset);
}

/** A zeroed Uint8Array of length n (from scratch memory inside withScratch). */
export function allocUint8(n: number): Uint8Array {
  const offset = take(n);
  return offset < 0 ? new Uint8Array(n) : zeroed(new Uint8Array(active!.buffer, offset, n), offset);
}

/** A copy of the first n values of `source` (from scratch memory inside withScratch). */
export function copyInt32(source: Int32Array, n: number): Int32Array {
  const offset = take(n * 4);
  const view = offset < 0 ? new Int32Array(n) : new Int32Array(active!.buffer, offset, n);
  view.set(source.subarray(0, n));
  return view;
}
