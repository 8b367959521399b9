/**
 * A binary min-heap of integer items ordered by (key[item], tie[item]) — both typed arrays owned by the caller —
 * stored in an Int32Array. Comparisons are inlined (no comparator callback): the schedule pushes and pops
 * every step through these heaps.
 */
import { allocInt32 } from '../graph/scratch';
const NO_FLOAT64 = new Float64Array(0);
const NO_INT32 = new Int32Array(0);

export class IndexHeap {
  private items: Int32Array = NO_INT32;
  size = 0;
  private key: Float64Array = NO_FLOAT64;
  private tie: Int32Array = NO_INT32;

  constructor(capacity: number, key: Float64Array, tie: Int32Array) {
    this.reset(capacity, key, tie);
  }

  /** Empty the heap for `capacity` items ordered by (key, tie) (the same object serves the next schedule). */
  reset(capacity: number, key: Float64Array, tie: Int32Array): this {
    this.items = allocInt32(Math.max(1, capacity));
    this.size = 0;
    this.key = key;
    this.tie = tie;
    return this;
  }

  /** Drop the arrays (what a kept heap holds between runs). */
  clear(): void {
    this.items = NO_INT32;
    this.size = 0;
    this.key = NO_FLOAT64;
    this.tie = NO_INT32;
  }

  push(item: number): void {
    const { items, key, tie } = this;
    const k = key[item]!;
    const t = tie[item]!;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      const pk = key[p]!;
      if (pk < k || (pk === k && tie[p]! <= t)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = item;
  }

  peek(): number {
    return this.items[0]!;
  }

  pop(): number {
    const { items, key, tie } = this;
    const top = items[0]!;
    const last = items[--this.size]!;
    const size = this.size;
    const lk = key[last]!;
    const lt = tie[last]!;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (right < size) {
        const rk = key[items[right]!]!;
        const ck = key[items[left]!]!;
        if (rk < ck || (rk === ck && tie[items[right]!]! < tie[items[left]!]!)) child = right;
      }
      const c = items[child]!;
      const ck = key[c]!;
      if (ck > lk || (ck === lk && tie[c]! >= lt)) break;
      items[i] = c;
      i = child;
    }
    if (size > 0) items[i] = last;
    return top;
  }
}
