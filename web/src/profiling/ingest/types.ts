/**
 * Output of the ingest stage: nodes normalised whatever the input shape, edges resolved to node indices,
 * and every problem found on the way (errors are fatal for profiling; warnings are kept in the profile).
 */
import type { NormalizedNode } from '../estimate/types';
import type { ProfileIssue } from '../types';
import type { IdLookup } from './idIndex';

/** The two input shapes the engine accepts. */
export type WorkflowShape = 'nodetool' | 'reactflow';

/**
 * The edges whose endpoints exist, as parallel arrays (index k < count): `source[k] → target[k]` by node
 * index into `IngestedWorkflow.nodes`. Handles are not kept: the engine needs only the dependency.
 */
export interface IngestedEdges {
  count: number;
  /** The edge's id, or `edge#<index in the input list>` when the file gives none (read on first use). */
  readonly ids: string[];
  source: Int32Array;
  target: Int32Array;
  /** 1 for `edge_type: "control"`: an ordering dependency that carries no data. */
  control: Uint8Array;
}

/**
 * The ingested nodes as columns, indexed by node index v (input order, invalid and duplicate nodes left out):
 * one array per field rather than one object per node, so a million-node ingest allocates four arrays
 * instead of a million objects that every young-generation collection of the run would copy.
 */
export interface IngestedNodes {
  readonly nodeCount: number;
  /** Node ids (the id index's own list). */
  readonly ids: readonly string[];
  /** NodeTool types; every node of a type holds the same string object. */
  readonly types: readonly string[];
  /** ui title, `data.title`, or the short name of the type. */
  readonly titles: readonly string[];
  /** Parameters: NodeTool `data`, or React Flow `data.properties` (merged with dynamic properties). */
  readonly params: readonly Record<string, unknown>[];
  /**
   * Parameter class of each node (ingest/paramsClasses.ts): nodes of the same type with equal parameters share
   * one, numbered from 0 in order of first appearance; -1 for nodes of a type that has too many classes.
   */
  readonly paramsClass: ArrayLike<number>;
  /** The parameters of each class (those of its first node). */
  readonly classParams: readonly Record<string, unknown>[];
  /** Node v as one object (a new one on each call: the engine asks only for nodes it estimates in full). */
  node(v: number): NormalizedNode;
}

export interface IngestedWorkflow extends IngestedNodes {
  shape: WorkflowShape;
  /** Workflow name when the file has one. */
  name?: string;
  /** Every node as a `NormalizedNode` object, built on first access (the engine itself reads the columns). */
  readonly nodes: readonly NormalizedNode[];
  edges: IngestedEdges;
  /** Node id → node index (ids such as `__proto__` are plain keys). */
  indexById: IdLookup;
  issues: ProfileIssue[];
}
