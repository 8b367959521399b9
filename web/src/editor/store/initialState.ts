/**
 * The editor's initial state: the default example, nothing selected. Tests and `reset()` go through here.
 */
import defaultExample from '../../examples/llm-agent-chain.json';
import { DEFAULT_EXAMPLE_ID } from '../../examples';
import { toEditorWorkflow } from '../../workflow/convertWorkflow';
import type { EditorWorkflow } from '../../workflow/editorGraph';
import { computeNodeHandles } from '../../workflow/nodeHandles';
import { emptyHistory } from './history';
import type { EditorState, FlowEdge, FlowNode } from './types';

/** Editor nodes/edges → React Flow nodes/edges (same objects, typed for React Flow). */
export function toFlowGraph(workflow: EditorWorkflow): { nodes: FlowNode[]; edges: FlowEdge[] } {
  return {
    nodes: workflow.nodes.map((node) => ({ ...node })),
    edges: workflow.edges.map((edge) => ({ ...edge })),
  };
}

/** Workflow-derived part of the state. */
export function createWorkflowState(workflow: EditorWorkflow, source: string) {
  const { nodes, edges } = toFlowGraph(workflow);
  return {
    workflowName: workflow.name,
    workflowMeta: workflow.meta,
    nodes,
    edges,
    source,
    handles: computeNodeHandles(workflow.nodes, workflow.edges),
  };
}

/** A fresh initial state (new objects on every call). */
export function createInitialEditorState(): EditorState {
  const workflow = toEditorWorkflow(defaultExample, 'Research brief agent chain');
  return {
    ...createWorkflowState(workflow, `example:${DEFAULT_EXAMPLE_ID}`),
    selectedNodeId: null,
    loadCount: 0,
    importFailure: null,
    notice: null,
    nodeDecorations: {},
    edgeDecorations: {},
    flow: null,
    history: emptyHistory(),
    storageReport: null,
    saveFailure: null,
    unsavedBeforeLoad: null,
  };
}
