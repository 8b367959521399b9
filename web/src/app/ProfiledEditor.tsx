/**
 * The editor with the Performance Profiler built in: a toolbar button and Ctrl/Cmd+P toggle the panel in the
 * right-hand dock (Escape closes it; focus moves into the panel and back; a skip link reaches it). The canvas
 * keeps at least 320 px: the dock leaves room for the inspector beside it, or, on a window too narrow for
 * both, the inspector becomes a tab of the dock. Table rows and chart bars select and centre their node on the canvas,
 * and the panel's heat-overlay switch paints runtime shares and the critical path on the canvas with a
 * legend. The panel's code (recharts) is loaded lazily, ahead of time when the browser is idle.
 */
import useMediaQuery from '@mui/material/useMediaQuery';
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  HeatLegend,
  PerformanceProfiler,
  ProfilerToolbarButton,
  useProfilerController,
  type HeatDecorations,
} from '../components/profiling';
import { EditorApp, INSPECTOR_WIDTH, useEditor } from '../editor';
import { CANVAS_MIN_WIDTH, DOCK_MIN_WIDTH, ResizableDock } from './ResizableDock';
import { SkipLink } from './SkipLink';
import { SettingsReportAlert } from './SettingsReportAlert';
import { useAnalysisGraph } from './useAnalysisGraph';
import { useRefitOnDockChange } from './useRefitOnDockChange';
import { getWorkflowKey } from './workflowKey';
import type { LiveRunner } from '../runs/live';
import { RunToolbar } from './runs/RunToolbar';
import { useEditorRuns } from './runs/useEditorRuns';

/**
 * Above this many nodes the critical path's edges are drawn without React Flow's dash animation. Measured
 * here (headless Chromium, software rendering, 1,000-node example fitted in view): the animation repaints the
 * canvas every frame and keeps the main thread ~100 % busy (2.2 s of 2.2 s); static edges leave it idle.
 * Small graphs repaint cheaply. 300 matches the editor's threshold for mounting only visible nodes.
 */
const ANIMATE_CRITICAL_EDGES_UP_TO = 300;

/** The overlay's edge decorations, without animation on large graphs. */
function withoutAnimation(edges: HeatDecorations['edges']): HeatDecorations['edges'] {
  return Object.fromEntries(
    Object.entries(edges).map(([id, decoration]) => [id, { ...decoration, animated: false }]),
  );
}

/** localStorage key of the profiler dock's width. */
const DOCK_WIDTH_KEY = 'wpp-profiler-dock-width';
/** Id of the panel's heading: the skip link's target. */
const PROFILER_HEADING_ID = 'performance-profiler-heading';
/**
 * Narrowest window with room for the canvas (at its minimum), the inspector and the dock (at its minimum)
 * side by side; below it, the inspector is a tab of the dock while the profiler is open.
 */
const INSPECTOR_BESIDE_DOCK_MIN_WIDTH = CANVAS_MIN_WIDTH + INSPECTOR_WIDTH + DOCK_MIN_WIDTH;

const findCanvas = () => document.querySelector<HTMLElement>('[data-testid="editor-canvas"]');

export interface ProfiledEditorProps {
  /** Open the panel on mount. @default false */
  initialOpen?: boolean;
  /** Animate the panel's charts. @default true */
  animateCharts?: boolean;
  /** Where the Run button's live runs execute (the app passes a Web Worker runner). @default this thread */
  liveRunner?: LiveRunner;
}

export function ProfiledEditor({
  initialOpen = false,
  animateCharts = true,
  liveRunner,
}: ProfiledEditorProps) {
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
  const animateEdges = graph.nodes.length <= ANIMATE_CRITICAL_EDGES_UP_TO;
  const setDecorations = useCallback(
    (decorations: HeatDecorations) => {
      setNodeDecorations(decorations.nodes);
      setEdgeDecorations(animateEdges ? decorations.edges : withoutAnimation(decorations.edges));
    },
    [setNodeDecorations, setEdgeDecorations, animateEdges],
  );
  const workflowKey = getWorkflowKey(meta, source);
  const runs = useEditorRuns({
    workflowKey,
    nodes: graph.nodes,
    edges: graph.edges,
    setDecorations,
    liveRunner,
  });
  const { controller } = runs;
  const profiler = useProfilerController({
    workflowId: workflowKey,
    nodes: graph.nodes,
    edges: graph.edges,
    selectedNodeId,
    focusNode,
    applyDecorations: runs.applyHeatDecorations,
    initialOpen,
  });

  useRefitOnDockChange(profiler.open, findCanvas);
  const roomForInspectorBeside = useMediaQuery(`(min-width: ${INSPECTOR_BESIDE_DOCK_MIN_WIDTH}px)`, {
    noSsr: true,
  });
  const inspectorPlacement = profiler.open && !roomForInspectorBeside ? 'dock' : 'side';
  const inspectorBeside = inspectorPlacement === 'side' && selectedNodeId !== null;

  return (
    <EditorApp
      escapeClearsSelection={!profiler.open}
      onFileDrop={runs.onFileDrop}
      inspectorPlacement={inspectorPlacement}
      dockLabel="Profiler"
      skipLinks={
        profiler.open && <SkipLink targetId={PROFILER_HEADING_ID}>Skip to Performance Profiler</SkipLink>
      }
      toolbarActions={
        <>
          <RunToolbar
            phase={controller.phase}
            progress={controller.progress}
            settings={controller.settings}
            settingsProblem={controller.settingsProblem}
            onRun={controller.run}
            onCancel={controller.cancel}
            onSaveSettings={controller.saveSettings}
            onImportFile={(file) => void controller.importFile(file)}
          />
          <ProfilerToolbarButton {...profiler.buttonProps} />
        </>
      }
      banner={<SettingsReportAlert />}
      canvasOverlay={
        profiler.overlayActive && (
          <HeatLegend
            measured={profiler.overlayMeasured}
            sx={{ position: 'absolute', left: 16, top: 16, zIndex: 5 }}
          />
        )
      }
      dock={
        profiler.open && (
          <ResizableDock
            storageKey={DOCK_WIDTH_KEY}
            label="Resize profiler panel"
            reservedWidth={inspectorBeside ? INSPECTOR_WIDTH : 0}
          >
            <PerformanceProfiler
              {...profiler.panelProps}
              headingId={PROFILER_HEADING_ID}
              workflowVersion={runs.workflowVersion}
              animateCharts={animateCharts}
            />
          </ResizableDock>
        )
      }
    />
  );
}
