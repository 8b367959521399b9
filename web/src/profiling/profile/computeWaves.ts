/** Parallel waves: nodes grouped by level (longest hop count from a source). */

/**
 * Node ids by level; layout nodes are left out and empty levels dropped. `level` is per DAG step;
 * `componentOf` maps nodes to steps (null when every node is its own step).
 */
export function computeWaves(
  ids: readonly string[],
  layout: Uint8Array,
  level: Int32Array,
  componentOf: Int32Array | null,
): string[][] {
  const waves: string[][] = [];
  for (let v = 0; v < ids.length; v++) {
    if (layout[v]) continue;
    const l = level[componentOf ? componentOf[v]! : v]!;
    while (waves.length <= l) waves.push([]);
    waves[l]!.push(ids[v]!);
  }
  return waves.filter((wave) => wave.length > 0);
}
