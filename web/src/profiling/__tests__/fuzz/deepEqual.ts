/**
 * Deep equality of values that may be deep, circular or hold BigInt, NaN and -0, ignoring prototypes (a
 * structured clone made in Jest's sandbox has another realm's Object.prototype). Iterative: no recursion.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  const stack: unknown[] = [a, b];
  const seen = new Map<object, object>();
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (seen.get(x) === y) continue;
    seen.set(x, y);
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (x instanceof Map || y instanceof Map) {
      if (!(x instanceof Map && y instanceof Map) || x.size !== y.size) return false;
      for (const [k, v] of x) {
        if (!y.has(k)) return false;
        stack.push(v, y.get(k));
      }
      continue;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    for (const key of keys) {
      if (!Object.prototype.hasOwnProperty.call(yo, key)) return false;
      stack.push(xo[key], yo[key]);
    }
  }
  return true;
}
