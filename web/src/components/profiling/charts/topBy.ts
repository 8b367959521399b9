/**
 * The `n` items with the largest `value`, largest first; ties keep their input order — what a stable sort
 * by descending value followed by `slice(0, n)` gives, in O(items × log n)-ish time instead of sorting
 * every item (a 10,000-node report draws 10 bars).
 */
export function topBy<T>(items: readonly T[], n: number, value: (item: T) => number): T[] {
  const top: T[] = [];
  const values: number[] = [];
  if (n <= 0) return top;
  for (const item of items) {
    const v = value(item);
    // Not larger than the smallest kept one (or equal to it: the earlier one stays first).
    if (top.length === n && !(v > values[n - 1]!)) continue;
    // After every kept item with a value ≥ v (binary search), so ties keep their order.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid]! >= v) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    values.splice(lo, 0, v);
    if (top.length > n) {
      top.pop();
      values.pop();
    }
  }
  return top;
}
