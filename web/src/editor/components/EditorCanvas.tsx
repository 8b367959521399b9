/**
 * The React Flow canvas: renders the store's nodes and edges (with any decorations merged in), applies
 * edits back to the store, fits the view after each load, and accepts dropped workflow files.
 */
import { useCallback, useEffect, useMemo, useState, type CSSProperties, type DragEvent } from 'react';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { Background, Controls, MiniMap, ReactFlow, type Connection, type Edge } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { importFileIntoStore, importTextIntoStore } from '../importActions';
import {
  useEditor,
  useEditorStoreApi,
  type Decoration,
  type FlowEdge,
  type FlowInstance,
  type FlowNode,
} from '../store';
import { nodeTypes } from './nodes/nodeTypes';

/**
 * Above this many nodes only the visible ones are rendered. Assumption (ours): real NodeTool workflows have
 * 3–30 nodes, and below a few hundred cards full rendering costs less than React Flow's visibility checks;
 * measured here: the 1,000-node example mounts in ~3 s headless on 2 shared cores when fully in view.
 */
const VIRTUALIZE_ABOVE = 300;
/**
 * Lowest zoom: low enough that *Fit view* shows the 1,000-node example whole in the half of the window left
 * beside the docked profiler (0.05 cut it at both sides).
 */
const MIN_ZOOM = 0.02;
/**
 * Above this many nodes the canvas cannot zoom out below `LARGE_GRAPH_MIN_ZOOM`, so *Fit view* and the
 * fit after a load show a readable part of the graph instead of mounting every card. Only visible cards
 * are rendered, so the zoom floor bounds the work: measured here on the 10,000-node example, fitting it whole
 * at zoom 0.02 mounted all 10,000 cards and blocked the main thread for about 100 s (headless Chromium, 2
 * shared cores); at zoom 0.25 a 900 × 800 px canvas holds about 130 cards (counted from the example's layout).
 */
const LARGE_GRAPH_NODES = 2000;
const LARGE_GRAPH_MIN_ZOOM = 0.25;
/**
 * Key bindings, set deliberately: Delete/Backspace delete the selection; Shift box-selects; Meta/Control add
 * to the selection. No binding includes a letter, so Ctrl/Cmd+P and other app shortcuts reach the app.
 */
const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_SELECT_KEYS = ['Meta', 'Control'];

/** True when two decorations look the same (class names, `animated`, and style values). */
export function isSameDecoration(a: Decoration, b: Decoration): boolean {
  if (a === b) return true;
  if (a.className !== b.className || a.animated !== b.animated) return false;
  const styleA = (a.style ?? {}) as Record<string, unknown>;
  const styleB = (b.style ?? {}) as Record<string, unknown>;
  const keys = Object.keys(styleA);
  if (keys.length !== Object.keys(styleB).length) return false;
  return keys.every((key) => styleA[key] === styleB[key]);
}

/** Remembers decorated items so that an unchanged item keeps its identity when decorations are rebuilt. */
export type DecorationCache<T> = Map<string, { item: T; decoration: Decoration; result: T }>;

function applyDecoration<
  T extends { id: string; className?: string; style?: CSSProperties; animated?: boolean },
>(item: T, decoration: Decoration): T {
  const style: CSSProperties | undefined = decoration.style
    ? {
        ...item.style,
        ...decoration.style,
        ...(decoration.style.backgroundColor
          ? ({ '--wpp-node-bg': decoration.style.backgroundColor } as CSSProperties)
          : {}),
      }
    : item.style;
  return {
    ...item,
    className: [item.className, decoration.className].filter(Boolean).join(' ') || undefined,
    style,
    ...(decoration.animated !== undefined ? { animated: decoration.animated } : {}),
  };
}

/**
 * Merges decorations into nodes or edges; undecorated items keep their identity (no needless re-render).
 * With a `cache`, a decorated item whose node and decoration are unchanged (by value) also keeps the
 * identity it had in the previous call: re-analysing a 1,000-node workflow with the heat overlay on then
 * re-renders only the cards whose colour changed.
 */
export function decorate<
  T extends { id: string; className?: string; style?: CSSProperties; animated?: boolean },
>(items: T[], decorations: Record<string, Decoration>, cache?: DecorationCache<T>): T[] {
  if (Object.keys(decorations).length === 0) {
    cache?.clear();
    return items;
  }
  if (cache && cache.size > 2 * items.length) cache.clear();
  return items.map((item) => {
    const decoration = decorations[item.id];
    if (!decoration) return item;
    const cached = cache?.get(item.id);
    if (cached && cached.item === item && isSameDecoration(cached.decoration, decoration))
      return cached.result;
    const result = applyDecoration(item, decoration);
    cache?.set(item.id, { item, decoration, result });
    return result;
  });
}

const isValidConnection = (connection: Connection | Edge) => connection.source !== connection.target;

export interface EditorCanvasProps {
  /**
   * Offered every dropped file first; return true when it took the file (e.g. a run recording), false to
   * let the editor import it as a workflow.
   */
  onFileDrop?: (file: File) => boolean;
}

export function EditorCanvas({ onFileDrop }: EditorCanvasProps = {}) {
  const theme = useTheme();
  const store = useEditorStoreApi();
  const { nodes, edges, nodeDecorations, edgeDecorations, loadCount, flow } = useEditor(
    useShallow((s) => ({
      nodes: s.nodes,
      edges: s.edges,
      nodeDecorations: s.nodeDecorations,
      edgeDecorations: s.edgeDecorations,
      loadCount: s.loadCount,
      flow: s.flow,
    })),
  );
  const { applyNodeChanges, applyEdgeChanges, connect, setFlowInstance } = useEditor(
    useShallow((s) => ({
      applyNodeChanges: s.applyNodeChanges,
      applyEdgeChanges: s.applyEdgeChanges,
      connect: s.connect,
      setFlowInstance: s.setFlowInstance,
    })),
  );

  const [nodeCache] = useState<DecorationCache<FlowNode>>(() => new Map());
  const [edgeCache] = useState<DecorationCache<FlowEdge>>(() => new Map());
  const renderedNodes = useMemo(
    () => decorate(nodes, nodeDecorations, nodeCache),
    [nodes, nodeDecorations, nodeCache],
  );
  const renderedEdges = useMemo(
    () => decorate(edges, edgeDecorations, edgeCache),
    [edges, edgeDecorations, edgeCache],
  );

  useEffect(() => {
    if (loadCount === 0 || !flow) return;
    // Wait a frame so React Flow has measured the new nodes.
    const frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.1, duration: 200 }));
    return () => cancelAnimationFrame(frame);
  }, [loadCount, flow]);

  const onInit = useCallback((instance: FlowInstance) => setFlowInstance(instance), [setFlowInstance]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files') && !event.dataTransfer.types.includes('text/plain'))
      return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      const text = file ? undefined : event.dataTransfer.getData('text/plain');
      if (!file && !text) return;
      event.preventDefault();
      if (file && onFileDrop?.(file)) return;
      if (file) void importFileIntoStore(store, file);
      else if (text) importTextIntoStore(store, text, 'dropped text', 'drop');
    },
    [store, onFileDrop],
  );

  return (
    <Box
      sx={{ position: 'absolute', inset: 0 }}
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-testid="editor-canvas"
      aria-label="Workflow canvas"
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={renderedNodes}
        edges={renderedEdges}
        nodeTypes={nodeTypes}
        onNodesChange={applyNodeChanges}
        onEdgesChange={applyEdgeChanges}
        onConnect={connect}
        onInit={onInit}
        isValidConnection={isValidConnection}
        fitView
        fitViewOptions={{ padding: 0.1 }}
        minZoom={nodes.length > LARGE_GRAPH_NODES ? LARGE_GRAPH_MIN_ZOOM : MIN_ZOOM}
        maxZoom={2}
        deleteKeyCode={DELETE_KEYS}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomActivationKeyCode={null}
        onlyRenderVisibleElements={nodes.length > VIRTUALIZE_ABOVE}
        colorMode={theme.palette.mode}
        defaultEdgeOptions={{ style: { strokeWidth: 1.5 } }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        {nodes.length <= 2000 && <MiniMap pannable zoomable ariaLabel="Mini map" />}
      </ReactFlow>
    </Box>
  );
}
