/**
 * Everything an editor needs to host the profiler, without the profiler knowing the editor: open/close state,
 * the Ctrl/Cmd+P and Escape shortcut (so the button and the panel show it), focus moving into the panel when
 * the user opens it and back when it closes, the heat overlay switch and its decorations, and ready-made
 * props for the toolbar button and the panel.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import { useStore } from 'zustand';
import { isProfileCurrent } from '../../stores/PerformanceProfileStore';
import { useProfileStoreApi } from '../../stores/profile/PerformanceProfileStoreContext';
import type { HeatDecorations } from './heatOverlay';
import { preloadPerformanceProfiler } from './LazyPerformanceProfiler';
import type { PerformanceProfilerProps } from './PerformanceProfiler';
import type { ProfilerToolbarButtonProps } from './ProfilerToolbarButton';
import { useHeatDecorations } from './useHeatDecorations';
import { formatProfilerShortcut, useProfilerShortcut } from './useProfilerShortcut';
import { runWhenIdle } from '../../browser/runWhenIdle';

export interface ProfilerControllerOptions {
  workflowId: string;
  nodes: EditorNode[];
  edges: EditorEdge[];
  /** Select and centre a node on the canvas (table rows, chart bars, bottlenecks, error locations). */
  focusNode?: (nodeId: string) => void;
  /** Receives the overlay's decorations (empty records when it is off or the panel is closed). */
  applyDecorations?: (decorations: HeatDecorations) => void;
  selectedNodeId?: string | null;
  /** @default false */
  initialOpen?: boolean;
  /**
   * Analyse in the background while the panel is closed (1 s after the last change, when the browser is
   * idle), so opening it shows a current report at once and the overlay is ready. @default true
   */
  prefetch?: boolean;
}

export interface ProfilerController {
  open: boolean;
  toggle: () => void;
  close: () => void;
  /** The overlay is painted (switched on and the panel open). */
  overlayActive: boolean;
  /** The overlay colours by measured time (pass to `HeatLegend`'s `measured`). */
  overlayMeasured: boolean;
  buttonProps: ProfilerToolbarButtonProps;
  panelProps: PerformanceProfilerProps;
}

/**
 * @example
 * const profiler = useProfilerController({ workflowId, nodes, edges, focusNode, applyDecorations });
 * <EditorApp
 *   toolbarActions={<ProfilerToolbarButton {...profiler.buttonProps} />}
 *   dock={profiler.open && <PerformanceProfiler {...profiler.panelProps} />}
 * />
 */
export function useProfilerController(options: ProfilerControllerOptions): ProfilerController {
  const {
    workflowId,
    nodes,
    edges,
    focusNode,
    applyDecorations,
    selectedNodeId,
    initialOpen = false,
    prefetch = true,
  } = options;
  const [open, setOpen] = useState(initialOpen);
  // Focus moves into the panel when the user opens it, not when it is open from the start.
  const [openedByUser, setOpenedByUser] = useState(false);
  const [overlay, setOverlay] = useState(false);
  const [overlayMeasured, setOverlayMeasured] = useState(false);
  const toggle = useCallback(() => {
    setOpen((value) => !value);
    setOpenedByUser(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  useProfilerShortcut({ onToggle: toggle, onClose: close, isOpen: open });
  usePreloadWhenIdle();
  usePrefetchProfile(prefetch && !open, workflowId, nodes, edges);

  const overlayActive = overlay && open;
  const decorations = useHeatDecorations(workflowId, edges, overlayActive, overlayMeasured);
  const apply = useRef(applyDecorations);
  useEffect(() => {
    apply.current = applyDecorations;
  });
  useEffect(() => {
    // After the next paint: restyling a large canvas must not delay the panel's first frame.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => apply.current?.(decorations), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [decorations]);

  return {
    open,
    toggle,
    close,
    overlayActive,
    overlayMeasured,
    buttonProps: { open, onToggle: toggle, shortcut: true },
    panelProps: {
      workflowId,
      nodes,
      edges,
      onSelectNode: focusNode,
      onClose: close,
      selectedNodeId,
      shortcutHint: formatProfilerShortcut(),
      autoFocus: openedByUser,
      heatOverlay: {
        enabled: overlay,
        onChange: setOverlay,
        measured: overlayMeasured,
        onMeasuredChange: setOverlayMeasured,
      },
    },
  };
}

/** Loads the panel's chunk (recharts) once the page is idle, so the first Ctrl/Cmd+P does not wait for it. */
function usePreloadWhenIdle(): void {
  useEffect(() => {
    const load = () => void preloadPerformanceProfiler().catch(() => undefined);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(load, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(load, 1500);
    return () => clearTimeout(timer);
  }, []);
}

/** Delay after the last graph change before a background analysis (assumption: past a typing burst). */
const PREFETCH_DELAY_MS = 1000;

/** Longest wait for an idle moment before the background analysis starts anyway. */
const PREFETCH_IDLE_TIMEOUT_MS = 2000;

/** Keeps the workflow's profile current in the background while `enabled`. */
function usePrefetchProfile(
  enabled: boolean,
  workflowId: string,
  nodes: EditorNode[],
  edges: EditorEdge[],
): void {
  const store = useProfileStoreApi();
  const hardwareSpec = useStore(store, (state) => state.hardwareSpec);
  const metrics = useStore(store, (state) => state.metrics);
  const settings = useStore(store, (state) => state.workflowSettings.get(workflowId));
  useEffect(() => {
    if (!enabled || nodes.length === 0) return undefined;
    let cancelIdle: (() => void) | undefined;
    const timer = setTimeout(() => {
      cancelIdle = runWhenIdle(() => {
        const state = store.getState();
        if (!isProfileCurrent(state, workflowId, nodes, edges))
          void state.analyzeWorkflow(workflowId, nodes, edges);
      }, PREFETCH_IDLE_TIMEOUT_MS);
    }, PREFETCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [enabled, store, workflowId, nodes, edges, hardwareSpec, metrics, settings]);
}
