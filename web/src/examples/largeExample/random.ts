/** Seeded randomness for the large example: the same seed gives the same workflow on every run. */

/** mulberry32: a small, well-known 32-bit PRNG; good enough to vary parameters deterministically. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A function picking one item of a list uniformly, drawing one number from `random`. */
export function createPicker(random: () => number): <T>(items: readonly T[]) => T {
  return <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
}
