/**
 * A binary min-heap of integer items ordered by (key[item], tie[item]) — both typed arrays owned by the caller —
 * stored in an Int32Array. Comparisons are inlined (no comparator callback): the schedule pushes and pops
 * every step through these heaps.
 */
import { allocInt32 } from '../graph/scratch';
export class IndexHeap {
  private readonly items: Int32Array;
  size = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
    private readonly tie: Int32Array,
  ) {
    this.items = allocInt32(Math.max(1, capacity));
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
