/**
 * Output of the ingest stage: nodes normalised whatever the input shape, edges resolved to node indices,
 * and every problem found on the way (errors are fatal for profiling; warnings are kept in the profile).
 */
import type { NormalizedNode } from '../estimate/types';
import type { ProfileIssue } from '../types';

/** The two input shapes the engine accepts. */
export type WorkflowShape = 'nodetool' | 'reactflow';

/** An edge whose endpoints exist, by node index into `IngestedWorkflow.nodes`. */
export interface IngestedEdge {
  /** The edge's id, or `edge#<index>` when the file gives none. */
  id: string;
  source: number;
  target: number;
  sourceHandle: string;
  targetHandle: string;
  /** True for `edge_type: "control"`: an ordering dependency that carries no data. */
  control: boolean;
}

export interface IngestedWorkflow {
  shape: WorkflowShape;
  /** Workflow name when the file has one. */
  name?: string;
  nodes: NormalizedNode[];
  edges: IngestedEdge[];
  /** Node id → index into `nodes` (a Map: ids such as `__proto__` are plain keys). */
  indexById: Map<string, number>;
  issues: ProfileIssue[];
}
