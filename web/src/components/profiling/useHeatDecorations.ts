/**
 * The heat overlay of a workflow's current profile as node and edge decorations, rebuilt only when the
 * profile, the edges, the theme or `enabled` change. Returns empty records while disabled or before the
 * first profile, so an editor can hand the result straight to its decoration setters.
 */
import { useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { usePerformanceProfiler } from '../../hooks/usePerformanceProfiler';
import { useRunMeasurements } from '../../hooks/useRunMeasurements';
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
  /** Colour by measured time of the selected runs (estimate where none). @default false */
  byMeasured = false,
): HeatDecorations {
  const theme = useTheme();
  const { profile } = usePerformanceProfiler(workflowId);
  const measured = useRunMeasurements(byMeasured ? profile : null);
  return useMemo(
    () =>
      enabled && profile
        ? buildHeatDecorations(buildHeatOverlay(profile, theme, measured?.nodes ?? null), edges)
        : NONE,
    [enabled, profile, edges, theme, measured],
  );
}
