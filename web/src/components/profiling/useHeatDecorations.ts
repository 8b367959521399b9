/**
 * The heat overlay of a workflow's current profile as node and edge decorations, rebuilt only when the
 * profile, the edges, the theme or `enabled` change. Returns empty records while disabled or before the
 * first profile, so an editor can hand the result straight to its decoration setters.
 */
import { useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { usePerformanceProfiler } from '../../hooks/usePerformanceProfiler';
import { buildHeatDecorations, buildHeatOverlay, type HeatDecorations } from './heatOverlay';

const NONE: HeatDecorations = { nodes: {}, edges: {} };

/**
 * @example
 * const decorations = useHeatDecorations('wf', edges, overlayOn);
 * useEffect(() => {
 *   editor.setNodeDecorations(decorations.nodes);
 *   editor.setEdgeDecorations(decorations.edges);
 * }, [decorations]);
 */
export function useHeatDecorations(
  workflowId: string,
  edges: ReadonlyArray<{ id: string; source: string; target: string }>,
  enabled: boolean,
): HeatDecorations {
  const theme = useTheme();
  const { profile } = usePerformanceProfiler(workflowId);
  return useMemo(
    () => (enabled && profile ? buildHeatDecorations(buildHeatOverlay(profile, theme), edges) : NONE),
    [enabled, profile, edges, theme],
  );
}
