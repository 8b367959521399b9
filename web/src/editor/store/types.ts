/**
 * Types of the editor store. Nodes and edges are React Flow objects whose `type` is the NodeTool type and
 * whose `data.properties` are the NodeTool parameters.
 */
import type { CSSProperties } from 'react';
import type { Connection, Edge, EdgeChange, Node, NodeChange, ReactFlowInstance } from '@xyflow/react';
import type { ProfileIssue } from '../../profiling/types';
import type {
  EditorWorkflow,
  WorkflowEdgeData,
  WorkflowMeta,
  WorkflowNodeData,
} from '../../workflow/editorGraph';
import type { NodeHandles } from '../../workflow/nodeHandles';
import type { StorageReport } from '../../persistence/keepUnusableValue';
import type { SaveFailure } from './saveFailure';
import type { EditorHistory } from './history';

export type { StorageReport } from '../../persistence/keepUnusableValue';
export type { SaveFailure, SaveFailureReason } from './saveFailure';

export type FlowNode = Node<WorkflowNodeData>;
export type FlowEdge = Edge<WorkflowEdgeData>;
export type FlowInstance = ReactFlowInstance<FlowNode, FlowEdge>;

/**
 * Extra look for a node or edge (e.g. a heat overlay), merged at render time: classNames are appended,
 * styles merged over the element's own. A node's `style.backgroundColor` also tints its card (through the
 * `--wpp-node-bg` CSS variable). `animated` applies to edges.
 */
export interface Decoration {
  className?: string;
  style?: CSSProperties;
  animated?: boolean;
}

/** A rejected import, shown to the user; the current workflow is kept. */
export interface ImportFailure {
  /** Where the input came from, e.g. `file "my.json"`, `pasted text`. */
  source: string;
  issues: ProfileIssue[];
}

/** The part of the state that survives a reload. */
export interface PersistedEditorState {
  workflowName: string;
  workflowMeta: WorkflowMeta;
  nodes: FlowNode[];
  edges: FlowEdge[];
  source: string;
}

export interface EditorNotice {
  severity: 'success' | 'info' | 'warning';
  message: string;
  /** Distinct for every notice shown: the snackbar restarts its hide timer for each one. */
  id: number;
}

export interface EditorState extends PersistedEditorState {
  /** Handle names per node id, recomputed in actions when nodes or edges are added or removed. */
  handles: Record<string, NodeHandles>;
  selectedNodeId: string | null;
  /** Bumped on every successful load; the canvas fits the view when it changes. */
  loadCount: number;
  importFailure: ImportFailure | null;
  /** A short confirmation or warning for the snackbar. */
  notice: EditorNotice | null;
  nodeDecorations: Record<string, Decoration>;
  edgeDecorations: Record<string, Decoration>;
  flow: FlowInstance | null;
  /** Undo / redo entries (not persisted). */
  history: EditorHistory;
  /** The saved workflow needed repair or could not be read on load (not persisted). */
  storageReport: StorageReport | null;
  /** Saving the workflow fails now (storage full or blocked): changes live only in this tab (not persisted). */
  saveFailure: SaveFailure | null;
  /** On load: the last session's changes since `since` could not be saved (until dismissed; not persisted). */
  unsavedBeforeLoad: SaveFailure | null;
}

export interface EditorActions {
  /** Replaces the workflow (after a successful import) and selects nothing. */
  loadWorkflow: (workflow: EditorWorkflow, source: string) => void;
  /** Shows an import failure; the workflow is left untouched. */
  reportImportFailure: (failure: ImportFailure) => void;
  dismissImportFailure: () => void;
  /** Shows a notice for its full time, replacing the one on screen (each notice gets a new `id`). */
  showNotice: (notice: Omit<EditorNotice, 'id'>) => void;
  dismissNotice: () => void;
  /** Hides the notice that the last session's changes were not saved. */
  dismissUnsavedBeforeLoad: () => void;
  /** Hides the storage report (the backup stays). */
  dismissStorageReport: () => void;
  applyNodeChanges: (changes: NodeChange<FlowNode>[]) => void;
  applyEdgeChanges: (changes: EdgeChange<FlowEdge>[]) => void;
  /** Adds an edge; an existing edge into the same target handle is replaced (one value per input). */
  connect: (connection: Connection) => void;
  /** Adds a node of a NodeTool type at a flow position (default: the centre of the view). Returns its id. */
  addNode: (type: string, position?: { x: number; y: number }) => string;
  /** Sets one parameter of a node (`data.properties[key]`). */
  setNodeProperty: (nodeId: string, key: string, value: unknown) => void;
  /** Removes a parameter of a node. */
  removeNodeProperty: (nodeId: string, key: string) => void;
  setNodeTitle: (nodeId: string, title: string) => void;
  /** Deletes a node, its group children and every edge touching them. */
  deleteNode: (nodeId: string) => void;
  selectNode: (nodeId: string | null) => void;
  /** Selects a node and centres the view on it. Returns false when the id is unknown. */
  focusNode: (nodeId: string) => boolean;
  setWorkflowName: (name: string) => void;
  setNodeDecorations: (decorations: Record<string, Decoration>) => void;
  setEdgeDecorations: (decorations: Record<string, Decoration>) => void;
  clearDecorations: () => void;
  setFlowInstance: (flow: FlowInstance | null) => void;
  /** The current workflow in the editor's plain form (for export and analysis). */
  getWorkflow: () => EditorWorkflow;
  /** Back to the initial state (the default example). */
  reset: () => void;
  /** Restore the workflow as it was before the latest edit (loads included). False when there is none. */
  undo: () => boolean;
  /** Re-apply the latest undone edit. False when there is none. */
  redo: () => boolean;
}

export type EditorStoreState = EditorState & EditorActions;
