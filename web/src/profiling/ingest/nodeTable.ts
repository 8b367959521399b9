/**
 * The ingested nodes as columns (see `IngestedNodes`), filled by ingest one accepted node at a time.
 */
import type { NormalizedNode } from '../estimate/types';
import { allocInt32 } from '../graph/scratch';
import { createParamsClasses, type ParamsClasses } from './paramsClasses';
import type { JsonObject } from './readFields';
import type { IngestedNodes } from './types';
import { KeptPool, type Reusable } from '../graph/keptObjects';

const NO_CLASSES = new Int32Array(0);

export class NodeTable implements IngestedNodes, Reusable {
  nodeCount = 0;
  ids: readonly string[] = [];
  types: string[] = [];
  titles: string[] = [];
  params: JsonObject[] = [];
  /** Parameter class of each node (ingest/paramsClasses.ts), -1 for none. */
  paramsClass: Int32Array = NO_CLASSES;
  /** The parameters of each class. */
  classParams: JsonObject[] = [];
  private classes: ParamsClasses | undefined = undefined;
  /** Parent group of the nodes that name one that exists (most nodes have none). */
  parents = new Map<number, string>();
  private built: NormalizedNode[] | undefined = undefined;

  /** @param capacity the input's node count (arrays are sized once, then trimmed). */
  constructor(capacity: number) {
    this.reset(capacity);
  }

  /** Empty the table for `capacity` nodes (the same object serves the next run). */
  reset(capacity: number): this {
    this.nodeCount = 0;
    this.ids = [];
    this.types = new Array<string>(capacity);
    this.titles = new Array<string>(capacity);
    this.params = new Array<JsonObject>(capacity);
    // Scratch memory inside a profiling run (see graph/scratch.ts), a fresh array otherwise.
    this.paramsClass = capacity > 0 ? allocInt32(capacity) : NO_CLASSES;
    this.classes = capacity > 0 ? createParamsClasses() : undefined;
    this.classParams = this.classes ? this.classes.params : [];
    this.parents = new Map<number, string>();
    this.built = undefined;
    return this;
  }

  /** Drop the columns (what a kept table holds between runs). */
  clear(): void {
    this.reset(0);
  }

  /**
   * Append a node and give it its parameter class (`fingerprint` is `paramsFingerprint(params)`); returns its
   * index.
   */
  push(type: string, title: string, params: JsonObject, fingerprint: number): number {
    const v = this.nodeCount++;
    this.types[v] = type;
    this.titles[v] = title;
    this.params[v] = params;
    this.paramsClass[v] = this.classes!.assign(type, params, fingerprint);
    return v;
  }

  /** Trim the columns to the nodes accepted and attach their ids. */
  finish(ids: readonly string[]): void {
    this.types.length = this.nodeCount;
    this.titles.length = this.nodeCount;
    this.params.length = this.nodeCount;
    this.paramsClass = this.paramsClass.subarray(0, this.nodeCount);
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

const kept = new KeptPool(() => new NodeTable(0), 4);

/** An empty node table for `capacity` nodes: inside a profiling run, the one kept from the last run. */
export function createNodeTable(capacity: number): NodeTable {
  return kept.take().reset(capacity);
}
