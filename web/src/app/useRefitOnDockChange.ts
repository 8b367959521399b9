/**
 * Keeps a fitted graph fitted when the profiler dock opens or closes: the canvas narrows (or widens) by the
 * dock's width, and a workflow that was entirely in view would otherwise be cut off at the dock's edge. A view
 * the user has zoomed or panned into (part of the graph out of view) is left alone.
 */
import { useLayoutEffect, useRef } from 'react';
import { useEditorStoreApi, type FlowInstance } from '../editor';

/** Largest graph refitted with an animation (the editor mounts only visible nodes above 300). */
const ANIMATE_UP_TO_NODES = 300;
/** How long to wait for the canvas to change size after the dock toggles, ms. */
const RESIZE_WAIT_MS = 3000;
/** Tolerance for "entirely in view", px (fitView's own rounding). */
const IN_VIEW_SLACK_PX = 2;

/** True when every node of the flow lies inside a canvas of `width` × `height` px at the current viewport. */
export function isGraphInView(flow: FlowInstance, width: number, height: number): boolean {
  const nodes = flow.getNodes();
  if (nodes.length === 0) return false;
  const bounds = flow.getNodesBounds(nodes);
  const { x, y, zoom } = flow.getViewport();
  const left = bounds.x * zoom + x;
  const top = bounds.y * zoom + y;
  return (
    left >= -IN_VIEW_SLACK_PX &&
    top >= -IN_VIEW_SLACK_PX &&
    left + bounds.width * zoom <= width + IN_VIEW_SLACK_PX &&
    top + bounds.height * zoom <= height + IN_VIEW_SLACK_PX
  );
}

/**
 * @param open whether the dock is open
 * @param canvas returns the canvas element (to read its size before the dock changes it)
 */
export function useRefitOnDockChange(open: boolean, canvas: () => HTMLElement | null): void {
  const store = useEditorStoreApi();
  const previous = useRef(open);
  // A layout effect: it reads the canvas size synchronously after the toggle's commit, before the dock's
  // first frame has passed and the canvas has narrowed (a passive effect may run after that).
  useLayoutEffect(() => {
    if (previous.current === open) return undefined;
    previous.current = open;
    const flow = store.getState().flow;
    const element = canvas();
    if (!flow || !element) return undefined;
    // Still the old size here: the dock floats over the canvas for its first frame (ResizableDock).
    const { width, height } = element.getBoundingClientRect();
    if (!isGraphInView(flow, width, height)) return undefined;
    // Refit once the canvas has really changed size (the dock stops floating a frame or more later, and
    // later still on a loaded machine): a fixed number of frames raced with it and could fit the old size.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (Math.abs(element.getBoundingClientRect().width - width) < 1) return;
      observer.disconnect();
      // One frame later, so React Flow (observing the same element) has stored the new size.
      frame = requestAnimationFrame(() => {
        // No animation on large graphs: every animated frame re-checks which nodes are visible.
        const duration = flow.getNodes().length > ANIMATE_UP_TO_NODES ? 0 : 200;
        void flow.fitView({ padding: 0.1, duration });
      });
    });
    observer.observe(element);
    const stopWatching = setTimeout(() => observer.disconnect(), RESIZE_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(stopWatching);
      cancelAnimationFrame(frame);
    };
  }, [open, store, canvas]);
}
