/**
 * The edges kept by ingest, as parallel typed arrays. Edge ids are needed only to name an edge in a message,
 * so they are read from the input on first use rather than copied for every edge of every run.
 */
import { allocInt32, allocUint8 } from '../graph/scratch';
import { readId, type JsonObject } from './readFields';
import type { IngestedEdges } from './types';
import { KeptPool, type Reusable } from '../graph/keptObjects';

const NO_INT32 = new Int32Array(0);
const NO_UINT8 = new Uint8Array(0);

export class EdgeList implements IngestedEdges, Reusable {
  count = 0;
  source: Int32Array = NO_INT32;
  target: Int32Array = NO_INT32;
  control: Uint8Array = NO_UINT8;
  /** Position in the input's edge list of each kept edge. */
  inputIndex: Int32Array = NO_INT32;
  private cachedIds: string[] | undefined = undefined;
  private list: readonly unknown[] = [];

  constructor(list: readonly unknown[]) {
    this.reset(list);
  }

  /** Empty the list for the edges of `list` (the same object serves the next run). */
  reset(list: readonly unknown[]): this {
    this.count = 0;
    // Scratch memory inside a profiling run (see graph/scratch.ts), fresh arrays otherwise.
    this.source = allocInt32(list.length);
    this.target = allocInt32(list.length);
    this.control = allocUint8(list.length);
    this.inputIndex = allocInt32(list.length);
    this.cachedIds = undefined;
    this.list = list;
    return this;
  }

  /** Drop the arrays and the input list (what a kept list holds between runs). */
  clear(): void {
    this.count = 0;
    this.source = NO_INT32;
    this.target = NO_INT32;
    this.control = NO_UINT8;
    this.inputIndex = NO_INT32;
    this.cachedIds = undefined;
    this.list = [];
  }

  /** The id of each kept edge: the input's id, or `edge#<index in the input list>` when it has none. */
  get ids(): string[] {
    if (!this.cachedIds) {
      const ids = new Array<string>(this.count);
      for (let k = 0; k < this.count; k++) ids[k] = edgeIdAt(this.list, this.inputIndex[k]!);
      this.cachedIds = ids;
    }
    return this.cachedIds;
  }
}

const kept = new KeptPool(() => new EdgeList([]), 4);

/** An edge list for the edges of `list`: inside a profiling run, the one kept from the last run. */
export function createEdgeList(list: readonly unknown[]): EdgeList {
  return kept.take().reset(list);
}

/** The id of the edge at `index` of an input edge list (which holds an edge object there). */
export function edgeIdAt(list: readonly unknown[], index: number): string {
  return readId((list[index] as JsonObject).id) ?? `edge#${index}`;
}
