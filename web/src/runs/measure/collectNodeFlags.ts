/**
 * Why a node's measurement is untrusted: the union of its trust flags over the given runs.
 */
import type { RunRecord, TrustFlag } from '../types';

/**
 * Per node id, the flags the node carries in `runs` (only runs listed in `runIdsByNode[nodeId]` when given,
 * so the flags match the runs a median was taken over). Nodes without flags are absent.
 */
export function collectNodeFlags(
  runs: readonly RunRecord[],
  runIdsByNode?: Readonly<Record<string, readonly string[] | undefined>>,
): Map<string, TrustFlag[]> {
  const flags = new Map<string, Set<TrustFlag>>();
  for (const run of runs) {
    for (const node of Object.values(run.nodes)) {
      const wanted = runIdsByNode?.[node.nodeId];
      if (wanted && !wanted.includes(run.id)) continue;
      if (node.flags.length === 0) continue;
      const set = flags.get(node.nodeId) ?? new Set<TrustFlag>();
      node.flags.forEach((flag) => set.add(flag));
      flags.set(node.nodeId, set);
    }
  }
  return new Map([...flags].map(([id, set]) => [id, [...set]]));
}
