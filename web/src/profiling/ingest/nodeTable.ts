/**
 * The ingested nodes as columns (see `IngestedNodes`), filled by ingest one accepted node at a time.
 */
import type { NormalizedNode } from '../estimate/types';
import type { JsonObject } from './readFields';
import type { IngestedNodes } from './types';

export class NodeTable implements IngestedNodes {
  nodeCount = 0;
  ids: readonly string[] = [];
  readonly types: string[];
  readonly titles: string[];
  readonly params: JsonObject[];
  /** Parent group of the nodes that name one that exists (most nodes have none). */
  readonly parents = new Map<number, string>();
  private built: NormalizedNode[] | undefined;

  /** @param capacity the input's node count (arrays are sized once, then trimmed). */
  constructor(capacity: number) {
    this.types = new Array<string>(capacity);
    this.titles = new Array<string>(capacity);
    this.params = new Array<JsonObject>(capacity);
  }

  /** Append a node; returns its index. */
  push(type: string, title: string, params: JsonObject): number {
    const v = this.nodeCount++;
    this.types[v] = type;
    this.titles[v] = title;
    this.params[v] = params;
    return v;
  }

  /** Trim the columns to the nodes accepted and attach their ids. */
  finish(ids: readonly string[]): void {
    this.types.length = this.nodeCount;
    this.titles.length = this.nodeCount;
    this.params.length = this.nodeCount;
    this.ids = ids;
  }

  node(v: number): NormalizedNode {
    const node: NormalizedNode = {
      id: this.ids[v]!,
      type: this.types[v]!,
      title: this.titles[v]!,
      params: this.params[v]!,
    };
    const parent = this.parents.get(v);
    if (parent !== undefined) node.parentId = parent;
    return node;
  }

  /** Every node as an object, built once on first access. */
  get nodes(): readonly NormalizedNode[] {
    if (!this.built) {
      const built = new Array<NormalizedNode>(this.nodeCount);
      for (let v = 0; v < this.nodeCount; v++) built[v] = this.node(v);
      this.built = built;
    }
    return this.built;
  }
}
