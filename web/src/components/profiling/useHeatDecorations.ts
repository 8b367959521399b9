/**
 * The heat overlay of a workflow's current profile as node and edge decorations, rebuilt only when the
 * profile, the edges, the theme or `enabled` change. Returns empty records while disabled or before the
 * first profile, so an editor can hand the result straight to its decoration setters.
 */
import { useTheme } from '@mui/material/styles';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useProfileStoreApi } from '../../stores/profile/PerformanceProfileStoreContext';
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
  // Only the profile, and only while enabled: the host (the whole editor) then does not re-render when an
  // analysis starts or ends with the overlay off (measured: ~130 ms a time on the 10,000-node example).
  const store = useProfileStoreApi();
  const profile = useStore(store, (state) => (enabled ? (state.profiles.get(workflowId) ?? null) : null));
  const measured = useRunMeasurements(byMeasured ? profile : null);
  return useMemo(
    () =>
      enabled && profile
        ? buildHeatDecorations(buildHeatOverlay(profile, theme, measured?.nodes ?? null), edges)
        : NONE,
    [enabled, profile, edges, theme, measured],
  );
}
