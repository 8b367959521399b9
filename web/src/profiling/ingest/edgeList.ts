/**
 * The edges kept by ingest, as parallel typed arrays. Edge ids are needed only to name an edge in a message,
 * so they are read from the input on first use rather than copied for every edge of every run.
 */
import { allocInt32, allocUint8 } from '../graph/scratch';
import { readId, type JsonObject } from './readFields';
import type { IngestedEdges } from './types';

export class EdgeList implements IngestedEdges {
  count = 0;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly control: Uint8Array;
  /** Position in the input's edge list of each kept edge. */
  readonly inputIndex: Int32Array;
  private cachedIds: string[] | undefined;

  constructor(private readonly list: readonly unknown[]) {
    // Scratch memory inside a profiling run (see graph/scratch.ts), fresh arrays otherwise.
    this.source = allocInt32(list.length);
    this.target = allocInt32(list.length);
    this.control = allocUint8(list.length);
    this.inputIndex = allocInt32(list.length);
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

/** The id of the edge at `index` of an input edge list (which holds an edge object there). */
export function edgeIdAt(list: readonly unknown[], index: number): string {
  return readId((list[index] as JsonObject).id) ?? `edge#${index}`;
}
