/**
 * The editor store (Zustand): the workflow on the canvas, selection, import errors, decorations and the
 * React Flow instance. Persisted to localStorage (workflow only) with a version; damaged saved data is
 * repaired or kept in a backup and reported in `storageReport`. Create one per test with `createEditorStore({ storage: … })`.
 */
import { addEdge, applyEdgeChanges, applyNodeChanges, type NodeChange } from '@xyflow/react';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { findNodeTypeSpec } from '../../workflow/nodeCatalog';
import { getShortTypeName } from '../../workflow/nodeDisplay';
import { computeNodeHandles } from '../../workflow/nodeHandles';
import type { EditorWorkflow, WorkflowFlowNode } from '../../workflow/editorGraph';
import { createInitialEditorState, createWorkflowState } from './initialState';
import {
  EDITOR_STORAGE_KEY,
  EDITOR_STORAGE_VERSION,
  createSafeJsonStorage,
  isPersistedEditorState,
  partializeEditorState,
} from './persistence';
import { collectWithDescendants, toPlainNode, uniqueId } from './graphHelpers';
import { recordEdit, stepHistory } from './history';
import type { SaveFailure } from './saveFailure';
import type { EditorStoreState, FlowEdge, FlowNode, PersistedEditorState, StorageReport } from './types';

export interface CreateEditorStoreOptions {
  /** Where to persist; default `window.localStorage`. Pass `null` to disable persistence. */
  storage?: Storage | null;
  /** localStorage key. @default 'wpp-editor' */
  storageKey?: string;
  /**
   * Coalesce storage writes over this many ms (flushed on page hide/unload). Tests pass 0 to write at once.
   * Assumption: 300 ms groups the frames of a drag into one write while staying well under the time a user
   * takes to reload (and hiding the page flushes anyway).
   * @default 300
   */
  writeDelayMs?: number;
}

/** Creates an editor store. The app uses one (`defaultEditorStore`); tests create their own. */
export function createEditorStore(options: CreateEditorStoreOptions = {}) {
  const storageKey = options.storageKey ?? EDITOR_STORAGE_KEY;
  const getStorage = () => {
    if (options.storage !== undefined) return options.storage ?? undefined;
    return typeof window === 'undefined' ? undefined : window.localStorage;
  };
  // Set by the storage while it reads the saved workflow, taken by `merge` right after.
  let readReport: StorageReport | null = null;
  // Set by the storage when the last session's changes could not be saved, taken by `merge`.
  let unsavedBeforeLoad: SaveFailure | null = null;
  let noticeCount = 0;

  const store = createStore<EditorStoreState>()(
    persist(
      (set, get) => {
        const withHandles = (nodes: FlowNode[], edges: FlowEdge[]) =>
          computeNodeHandles(nodes as unknown as WorkflowFlowNode[], edges, get().handles);

        /** Undo or redo: put back a workflow from the history, with nothing selected. */
        const restore = (from: 'past' | 'future'): boolean => {
          const state = get();
          const step = stepHistory(state, from);
          if (!step) return false;
          const { entry } = step;
          const nodes = entry.nodes.map((n) => (n.selected ? { ...n, selected: false } : n));
          const edges = entry.edges.map((e) => (e.selected ? { ...e, selected: false } : e));
          set({
            ...entry,
            nodes,
            edges,
            handles: withHandles(nodes, edges),
            selectedNodeId: null,
            history: step.history,
            // Undoing a load brings another workflow back: fit it in view as a load does.
            loadCount: entry.source !== state.source ? state.loadCount + 1 : state.loadCount,
          });
          return true;
        };

        return {
          ...createInitialEditorState(),

          loadWorkflow: (workflow: EditorWorkflow, source: string) =>
            set((state) => ({
              ...recordEdit(state),
              ...createWorkflowState(workflow, source),
              selectedNodeId: null,
              importFailure: null,
              nodeDecorations: {},
              edgeDecorations: {},
              loadCount: state.loadCount + 1,
            })),

          reportImportFailure: (failure) => set({ importFailure: failure, notice: null }),
          dismissImportFailure: () => set({ importFailure: null }),
          showNotice: (notice) => set({ notice: { ...notice, id: ++noticeCount } }),
          dismissNotice: () => set({ notice: null }),
          dismissStorageReport: () => set({ storageReport: null }),
          dismissUnsavedBeforeLoad: () => set({ unsavedBeforeLoad: null }),

          applyNodeChanges: (changes) =>
            set((state) => {
              const nodes = applyNodeChanges(changes, state.nodes);
              let selectedNodeId = state.selectedNodeId;
              for (const change of changes) {
                if (change.type === 'select') {
                  if (change.selected) selectedNodeId = change.id;
                  else if (selectedNodeId === change.id) selectedNodeId = null;
                }
                if (change.type === 'remove' && selectedNodeId === change.id) selectedNodeId = null;
              }
              const structural = changes.some(
                (c) => c.type === 'add' || c.type === 'remove' || c.type === 'replace',
              );
              const undoable = structural || startsDrag(changes, state.nodes);
              return {
                ...(undoable ? recordEdit(state) : {}),
                nodes,
                selectedNodeId,
                ...(structural ? { handles: withHandles(nodes, state.edges) } : {}),
              };
            }),

          applyEdgeChanges: (changes) =>
            set((state) => {
              const edges = applyEdgeChanges(changes, state.edges);
              const structural = changes.some(
                (c) => c.type === 'add' || c.type === 'remove' || c.type === 'replace',
              );
              return structural
                ? { ...recordEdit(state), edges, handles: withHandles(state.nodes, edges) }
                : { edges };
            }),

          connect: (connection) =>
            set((state) => {
              if (connection.source === connection.target) return {};
              const kept = state.edges.filter(
                (e) =>
                  !(
                    e.target === connection.target &&
                    (e.targetHandle ?? null) === (connection.targetHandle ?? null)
                  ),
              );
              const taken = new Set(state.edges.map((e) => e.id));
              const edge: FlowEdge = {
                id: uniqueId(`edge_${connection.source}_${connection.target}`, taken),
                source: connection.source,
                target: connection.target,
                sourceHandle: connection.sourceHandle ?? null,
                targetHandle: connection.targetHandle ?? null,
                data: { edgeType: 'data' },
              };
              const edges = addEdge(edge, kept);
              return { ...recordEdit(state), edges, handles: withHandles(state.nodes, edges) };
            }),

          addNode: (type, position) => {
            const state = get();
            const spec = findNodeTypeSpec(type);
            const id = uniqueId(getShortTypeName(type), new Set(state.nodes.map((n) => n.id)));
            let at = position;
            if (!at && state.flow) {
              const el = typeof document === 'undefined' ? null : document.querySelector('.react-flow');
              const rect = el?.getBoundingClientRect();
              at = rect
                ? state.flow.screenToFlowPosition({
                    x: rect.left + rect.width / 2,
                    y: rect.top + rect.height / 2,
                  })
                : undefined;
            }
            const node: FlowNode = {
              id,
              type,
              position: at ?? { x: 0, y: 0 },
              data: {
                properties: JSON.parse(JSON.stringify(spec?.defaults ?? {})) as Record<string, unknown>,
                uiExtras: {},
                nodeExtras: { sync_mode: 'on_any' },
              },
              width: spec?.size?.width ?? 260,
              selected: true,
              ...(spec?.size ? { height: spec.size.height } : {}),
              // Groups sit behind the nodes they contain.
              ...(type.endsWith('.Group') ? { zIndex: -1 } : {}),
            };
            const nodes = [...state.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node];
            set({
              ...recordEdit(state),
              nodes,
              selectedNodeId: id,
              handles: withHandles(nodes, state.edges),
            });
            return id;
          },

          setNodeProperty: (nodeId, key, value) =>
            set((state) => ({
              // Typing into one field is one edit.
              ...recordEdit(state, `property:${nodeId}:${key}`),
              nodes: state.nodes.map((n) =>
                n.id === nodeId
                  ? { ...n, data: { ...n.data, properties: { ...n.data.properties, [key]: value } } }
                  : n,
              ),
            })),

          removeNodeProperty: (nodeId, key) =>
            set((state) => ({
              ...recordEdit(state),
              nodes: state.nodes.map((n) => {
                if (n.id !== nodeId) return n;
                const { [key]: _removed, ...properties } = n.data.properties;
                return { ...n, data: { ...n.data, properties } };
              }),
            })),

          setNodeTitle: (nodeId, title) =>
            set((state) => ({
              ...recordEdit(state, `title:${nodeId}`),
              nodes: state.nodes.map((n) => {
                if (n.id !== nodeId) return n;
                const data = { ...n.data };
                if (title.trim()) data.title = title;
                else delete data.title;
                return { ...n, data };
              }),
            })),

          deleteNode: (nodeId) =>
            set((state) => {
              const doomed = collectWithDescendants(state.nodes, nodeId);
              const nodes = state.nodes.filter((n) => !doomed.has(n.id));
              const edges = state.edges.filter((e) => !doomed.has(e.source) && !doomed.has(e.target));
              return {
                ...recordEdit(state),
                nodes,
                edges,
                selectedNodeId:
                  state.selectedNodeId && doomed.has(state.selectedNodeId) ? null : state.selectedNodeId,
                handles: withHandles(nodes, edges),
              };
            }),

          selectNode: (nodeId) =>
            set((state) => ({
              selectedNodeId: nodeId,
              nodes: state.nodes.map((n) => {
                const selected = n.id === nodeId;
                return n.selected === selected ? n : { ...n, selected };
              }),
              edges: state.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
            })),

          focusNode: (nodeId) => {
            const state = get();
            if (!state.nodes.some((n) => n.id === nodeId)) return false;
            const inspectorWasOpen = state.selectedNodeId !== null;
            state.selectNode(nodeId);
            const centre = () => {
              const flow = get().flow;
              const internal = flow?.getInternalNode(nodeId);
              if (!flow || !internal) return;
              const { x, y } = internal.internals.positionAbsolute;
              const width = internal.measured.width ?? internal.width ?? 240;
              const height = internal.measured.height ?? internal.height ?? 120;
              void flow.setCenter(x + width / 2, y + height / 2, {
                zoom: Math.max(flow.getZoom(), 1),
                duration: 300,
              });
            };
            // Selecting opens the inspector, which narrows the canvas: centre in the canvas's new size
            // (two frames: React commits, then React Flow's resize observer reports the new width).
            if (inspectorWasOpen || typeof requestAnimationFrame !== 'function') centre();
            else requestAnimationFrame(() => requestAnimationFrame(centre));
            return true;
          },

          setWorkflowName: (name) => set((state) => ({ ...recordEdit(state, 'name'), workflowName: name })),
          setNodeDecorations: (nodeDecorations) => set({ nodeDecorations }),
          setEdgeDecorations: (edgeDecorations) => set({ edgeDecorations }),
          clearDecorations: () => set({ nodeDecorations: {}, edgeDecorations: {} }),
          setFlowInstance: (flow) => set({ flow }),

          getWorkflow: () => {
            const state = get();
            return {
              name: state.workflowName,
              meta: state.workflowMeta,
              nodes: state.nodes.map(toPlainNode),
              edges: state.edges.map((e) => ({
                id: e.id,
                source: e.source,
                target: e.target,
                sourceHandle: e.sourceHandle ?? null,
                targetHandle: e.targetHandle ?? null,
                ...(e.data ? { data: e.data } : {}),
              })),
            };
          },

          reset: () => {
            const { flow, storageReport, saveFailure, unsavedBeforeLoad } = get();
            set({ ...createInitialEditorState(), flow, storageReport, saveFailure, unsavedBeforeLoad });
          },

          undo: () => restore('past'),
          redo: () => restore('future'),
        };
      },
      {
        name: storageKey,
        version: EDITOR_STORAGE_VERSION,
        storage: createSafeJsonStorage({
          getStorage,
          writeDelayMs: options.writeDelayMs ?? 300,
          onReadReport: (report) => {
            readReport = report;
          },
          onUnsavedBefore: (failure) => {
            unsavedBeforeLoad = failure;
          },
          // Outside the write that failed: the state change is itself saved (and fails the same way).
          onWriteError: (failure) => queueMicrotask(() => store.setState({ saveFailure: failure })),
          onWriteRecovered: () => queueMicrotask(() => store.setState({ saveFailure: null })),
        }),
        partialize: (state) => partializeEditorState(state),
        // The storage migrates and repairs on read (./repairPersistedState), so a value reaching `merge`
        // is already current; zustand's `migrate` is never needed.
        merge: (persisted, current) => {
          const storageReport = readReport;
          readReport = null;
          const unsaved = unsavedBeforeLoad;
          unsavedBeforeLoad = null;
          if (!isPersistedEditorState(persisted))
            return { ...current, storageReport, unsavedBeforeLoad: unsaved };
          const saved = persisted as PersistedEditorState;
          return {
            ...current,
            ...saved,
            storageReport,
            unsavedBeforeLoad: unsaved,
            handles: computeNodeHandles(saved.nodes as unknown as WorkflowFlowNode[], saved.edges),
          };
        },
      },
    ),
  );
  return store;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

/** A position change that starts dragging a node (one undo entry per drag, taken before it moves). */
function startsDrag(changes: NodeChange<FlowNode>[], nodes: FlowNode[]): boolean {
  for (const change of changes) {
    if (change.type !== 'position' || !change.dragging) continue;
    if (!nodes.find((n) => n.id === change.id)?.dragging) return true;
  }
  return false;
}
