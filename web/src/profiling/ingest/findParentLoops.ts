/**
 * Parent links that loop (a node that is its own parent, or a chain that comes back to where it started).
 * Every node on a loop is returned, so the answer does not depend on the order of the input's nodes;
 * nodes that merely hang below a loop are not on it and keep their parent.
 */
import type { IdLookup } from './idIndex';

/**
 * The node indices that lie on a parent loop, in increasing order.
 * @param parents node index → parent id (ids that name no node are skipped).
 * @example findParentLoops(new Map([[0, 'a']]), index) // [0] when node 0 has id 'a'
 */
export function findParentLoops(parents: ReadonlyMap<number, string>, indexById: IdLookup): number[] {
  const parentOf = (v: number): number | undefined => {
    const id = parents.get(v);
    return id === undefined ? undefined : indexById.get(id);
  };
  // Each walk stamps the nodes it passes; meeting the current walk's stamp again means a loop.
  const stamp = new Map<number, number>();
  const onLoop: number[] = [];
  let walk = 0;
  for (const start of parents.keys()) {
    if (stamp.has(start)) continue;
    walk++;
    let v: number | undefined = start;
    while (v !== undefined && !stamp.has(v)) {
      stamp.set(v, walk);
      v = parentOf(v);
    }
    if (v === undefined || stamp.get(v) !== walk) continue;
    const first = v;
    do {
      onLoop.push(v);
      v = parentOf(v)!;
    } while (v !== first);
  }
  return onLoop.sort((a, b) => a - b);
}
