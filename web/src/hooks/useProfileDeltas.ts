/**
 * useProfileDeltas: hands each new profile of a workflow (with the graph it came from) to the compare store,
 * and returns the workflow's deltas with the baseline actions. Thin: the store computes the diff.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useProfileStoreApi } from '../stores/profile/PerformanceProfileStoreContext';
import { useProfileCompareStoreApi } from '../stores/compare/ProfileCompareStoreContext';
import { NO_DELTAS } from '../stores/compare/nextDeltas';
import type { AnalysisSettings, WorkflowDeltas } from '../stores/compare/storeTypes';
import { toProfileOptions } from '../stores/profile/workflowSettings';
import type { Profile } from '../profiling/types';
import type { EditorEdge, EditorNode } from '../workflow/nodetoolTypes';

export interface UseProfileDeltasResult {
  deltas: WorkflowDeltas;
  /** True while the profile on screen has not been compared yet (the deltas shown are the previous ones). */
  pending: boolean;
  pinBaseline: () => void;
  clearBaseline: () => void;
}

/**
 * @param current - the graph on the canvas and its version, when known: a profile of exactly these arrays
 *   takes that version instead of hashing the graph again.
 * @param shown - the profile the report shows, when it lags behind the store's (a deferred render): it is
 *   compared once it is on screen, so the comparison never delays the report's paint. @default the store's
 */
export function useProfileDeltas(
  workflowId: string,
  current?: { nodes: EditorNode[]; edges: EditorEdge[]; version: string | null },
  shown?: Profile | null,
): UseProfileDeltasResult {
  const profileStore = useProfileStoreApi();
  const compareStore = useProfileCompareStoreApi();
  const stored = useStore(profileStore, (state) => state.profiles.get(workflowId));
  const profile = shown === undefined ? stored : (shown ?? undefined);
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  });
  useEffect(() => {
    if (!profile) return undefined;
    // In a task of its own, after the new report has painted: comparing 10,000 nodes takes ~15–100 ms.
    const timer = setTimeout(() => {
      const source = profileStore.getState().sources.get(workflowId);
      if (!source || profileStore.getState().profiles.get(workflowId) !== profile) return;
      const known = latest.current;
      const version =
        known && known.version !== null && known.nodes === source.nodes && known.edges === source.edges
          ? known.version
          : undefined;
      // What the profile was computed with: a baseline pinned in an earlier session is estimated with it.
      const settings: AnalysisSettings = {
        hardware: source.hardwareSpec,
        metrics: source.metrics,
        workflowOptions: toProfileOptions(source.settings),
        ...(source.calibration ? { calibration: source.calibration } : {}),
      };
      compareStore
        .getState()
        .recordProfile(workflowId, profile, source.nodes, source.edges, version, settings);
    }, 0);
    return () => clearTimeout(timer);
  }, [profileStore, compareStore, workflowId, profile]);
  const deltas = useStore(compareStore, (state) => state.deltas.get(workflowId) ?? NO_DELTAS);
  const pinBaseline = useCallback(
    () => compareStore.getState().pinBaseline(workflowId),
    [compareStore, workflowId],
  );
  const clearBaseline = useCallback(
    () => compareStore.getState().clearBaseline(workflowId),
    [compareStore, workflowId],
  );
  const pending = profile !== undefined && deltas.current?.profile !== profile;
  return { deltas, pending, pinBaseline, clearBaseline };
}
