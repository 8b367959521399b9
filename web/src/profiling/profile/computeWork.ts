/**
 * Per-node work for the whole run: item counts propagated from list/stream producers, and total runtime.
 *
 * A producer (estimate.emitsItems defined) makes every node downstream of it through data edges run once per
 * item: items(v) = max(1, max over data predecessors u of items(u) × emitted(u)), where emitted(u) is the
 * producer's count, `defaultItemCount` when the producer cannot tell (null), and 1 for ordinary nodes.
 * Runtime = load + (one-execution runtime − load) × items: weights load once, the work repeats.
 */
import type { NodeEstimate } from '../estimate/types';
import type { GraphKernel } from '../graph/buildGraph';
import { computeInSlotControl } from '../graph/controlSlots';

/** Largest item count tracked (nested producers multiply; beyond this the figure is meaningless). */
export const ITEM_COUNT_CAP = 1_000_000;

export interface NodeWork {
  itemCount: Float64Array;
  /** 1 when a producer upstream used `defaultItemCount` (the count is an assumption). */
  itemsAssumed: Uint8Array;
  /** Total runtime of the node for all its items, ms. */
  runtimeMs: Float64Array;
}

/** Compute item counts and runtimes in `nodeOrder` (a topological order, cycles condensed). */
export function computeWork(
  estimates: readonly NodeEstimate[],
  graph: GraphKernel,
  nodeOrder: Int32Array,
  defaultItemCount: number,
): NodeWork {
  const n = estimates.length;
  const itemCount = new Float64Array(n);
  const itemsAssumed = new Uint8Array(n);
  const runtimeMs = new Float64Array(n);
  const emitted = new Float64Array(n);
  const done = new Uint8Array(n);
  const control = computeInSlotControl(graph);
  const { start, adj } = graph.in;
  for (let i = 0; i < nodeOrder.length; i++) {
    const v = nodeOrder[i]!;
    let items = 1;
    let assumed = 0;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const u = adj[k]!;
      if (!done[u] || control[k]) continue;
      if (emitted[u]! > items) items = emitted[u]!;
      if (itemsAssumed[u] || (estimates[u]!.emitsItems === null && !estimates[u]!.layoutOnly)) assumed = 1;
    }
    const estimate = estimates[v]!;
    itemCount[v] = items;
    itemsAssumed[v] = assumed;
    const emits = estimate.emitsItems;
    const perItem =
      emits === undefined || estimate.layoutOnly ? 1 : emits === null ? defaultItemCount : Math.max(1, emits);
    emitted[v] = Math.min(ITEM_COUNT_CAP, items * perItem);
    const total = estimate.runtimeMs;
    const load = Math.min(total, estimate.loadMs !== undefined && estimate.loadMs > 0 ? estimate.loadMs : 0);
    runtimeMs[v] = items === 1 ? total : load + (total - load) * items;
    done[v] = 1;
  }
  return { itemCount, itemsAssumed, runtimeMs };
}
