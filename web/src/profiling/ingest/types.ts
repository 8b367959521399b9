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

export interface IngestedWorkflow {
  shape: WorkflowShape;
  /** Workflow name when the file has one. */
  name?: string;
  nodes: NormalizedNode[];
  edges: IngestedEdges;
  /** Node id → index into `nodes` (ids such as `__proto__` are plain keys). */
  indexById: IdLookup;
  /** `nodes[v].id` for every v, in one array (read in any order without touching the node objects). */
  ids: readonly string[];
  issues: ProfileIssue[];
}
