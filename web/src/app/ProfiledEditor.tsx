/**
 * The editor with the Performance Profiler built in: a toolbar button and Ctrl/Cmd+P toggle the panel in the
 * right-hand dock (Escape closes it), table rows and chart bars select and centre their node on the canvas,
 * and the panel's heat-overlay switch paints runtime shares and the critical path on the canvas with a
 * legend. The panel's code (recharts) is loaded lazily, ahead of time when the browser is idle.
 */
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  HeatLegend,
  PerformanceProfiler,
  ProfilerToolbarButton,
  useProfilerController,
  type HeatDecorations,
} from '../components/profiling';
import { EditorApp, useEditor } from '../editor';
import { ResizableDock } from './ResizableDock';
import { useAnalysisGraph } from './useAnalysisGraph';
import { getWorkflowKey } from './workflowKey';

/** localStorage key of the profiler dock's width. */
const DOCK_WIDTH_KEY = 'wpp-profiler-dock-width';

export interface ProfiledEditorProps {
  /** Open the panel on mount. @default false */
  initialOpen?: boolean;
  /** Animate the panel's charts. @default true */
  animateCharts?: boolean;
}

export function ProfiledEditor({ initialOpen = false, animateCharts = true }: ProfiledEditorProps) {
  const { nodes, edges, meta, source, selectedNodeId } = useEditor(
    useShallow((s) => ({
      nodes: s.nodes,
      edges: s.edges,
      meta: s.workflowMeta,
      source: s.source,
      selectedNodeId: s.selectedNodeId,
    })),
  );
  const { focusNode, setNodeDecorations, setEdgeDecorations } = useEditor(
    useShallow((s) => ({
      focusNode: s.focusNode,
      setNodeDecorations: s.setNodeDecorations,
      setEdgeDecorations: s.setEdgeDecorations,
    })),
  );
  const graph = useAnalysisGraph(nodes, edges);
  const applyDecorations = useCallback(
    (decorations: HeatDecorations) => {
      setNodeDecorations(decorations.nodes);
      setEdgeDecorations(decorations.edges);
    },
    [setNodeDecorations, setEdgeDecorations],
  );
  const profiler = useProfilerController({
    workflowId: getWorkflowKey(meta, source),
    nodes: graph.nodes,
    edges: graph.edges,
    selectedNodeId,
    focusNode,
    applyDecorations,
    initialOpen,
  });

  return (
    <EditorApp
      toolbarActions={<ProfilerToolbarButton {...profiler.buttonProps} />}
      canvasOverlay={
        profiler.overlayActive && (
          <HeatLegend sx={{ position: 'absolute', left: 64, bottom: 16, zIndex: 5 }} />
        )
      }
      dock={
        profiler.open && (
          <ResizableDock storageKey={DOCK_WIDTH_KEY} label="Resize profiler panel">
            <PerformanceProfiler {...profiler.panelProps} animateCharts={animateCharts} />
          </ResizableDock>
        )
      }
    />
  );
}
