/**
 * Per-node work for the whole run: item counts propagated from list/stream producers, and total runtime.
 *
 * A producer (estimate.emitsItems defined) makes every node downstream of it through data edges run once per
 * item: items(v) = max(1, max over data predecessors u of items(u) × emitted(u)), where emitted(u) is the
 * producer's count, `defaultItemCount` when the producer cannot tell (null), and 1 for ordinary nodes.
 * A collector (estimate.collectsItems) gathers the items into one list: it runs once and ends the count
 * (items 1, emitted 1 unless it is itself a producer).
 * Runtime = load + (one-execution runtime − load) × items: weights load once, the work repeats.
 */
import { allocFloat64, allocUint8 } from '../graph/scratch';
import type { GraphKernel } from '../graph/buildGraph';
import { computeInSlotControl } from '../graph/controlSlots';
import { NOT_A_PRODUCER, type EstimateColumns } from './estimateColumns';

/** Largest item count tracked (nested producers multiply; beyond this the figure is meaningless). */
export const ITEM_COUNT_CAP = 1_000_000;

export interface NodeWork {
  itemCount: Float64Array;
  /** 1 when a producer upstream used `defaultItemCount` (the count is an assumption). */
  itemsAssumed: Uint8Array;
  /** Total runtime of the node for all its items, ms. */
  runtimeMs: Float64Array;
  /** Items the node sends downstream: items × the producer's count per execution (1 for ordinary nodes). */
  emitted: Float64Array;
}

/** Compute item counts and runtimes in `nodeOrder` (a topological order, cycles condensed). */
export function computeWork(
  cols: EstimateColumns,
  graph: GraphKernel,
  nodeOrder: Int32Array,
  defaultItemCount: number,
): NodeWork {
  const n = cols.runtimeMs.length;
  const itemCount = allocFloat64(n);
  const itemsAssumed = allocUint8(n);
  const runtimeMs = allocFloat64(n);
  const emitted = allocFloat64(n);
  const done = allocUint8(n);
  const control = computeInSlotControl(graph);
  const { start, adj } = graph.in;
  const { emits, collects, loadMs, runtimeMs: once } = cols;
  for (let i = 0; i < nodeOrder.length; i++) {
    const v = nodeOrder[i]!;
    let items = 1;
    let assumed = 0;
    // A collector takes no count from its inputs.
    for (let k = start[v]!, end = collects[v] ? start[v]! : start[v + 1]!; k < end; k++) {
      const u = adj[k]!;
      if (!done[u] || (control !== null && control[k])) continue;
      if (emitted[u]! > items) items = emitted[u]!;
      if (itemsAssumed[u] || Number.isNaN(emits[u]!)) assumed = 1;
    }
    itemCount[v] = items;
    itemsAssumed[v] = assumed;
    const e = emits[v]!;
    const perItem = e === NOT_A_PRODUCER ? 1 : Number.isNaN(e) ? defaultItemCount : e;
    const out = items * perItem;
    emitted[v] = out > ITEM_COUNT_CAP ? ITEM_COUNT_CAP : out;
    const total = once[v]!;
    const load = loadMs[v]!;
    runtimeMs[v] = items === 1 ? total : load + (total - load) * items;
    done[v] = 1;
  }
  return { itemCount, itemsAssumed, runtimeMs, emitted };
}
