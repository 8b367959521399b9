/**
 * useProfileDeltas: hands each new profile of a workflow (with the graph it came from) to the compare store,
 * and returns the workflow's deltas with the baseline actions. Thin: the store computes the diff.
 */
import { useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import { useProfileStoreApi } from '../stores/profile/PerformanceProfileStoreContext';
import { useProfileCompareStoreApi } from '../stores/compare/ProfileCompareStoreContext';
import { NO_DELTAS } from '../stores/compare/nextDeltas';
import type { WorkflowDeltas } from '../stores/compare/storeTypes';

export interface UseProfileDeltasResult {
  deltas: WorkflowDeltas;
  pinBaseline: () => void;
  clearBaseline: () => void;
}

export function useProfileDeltas(workflowId: string): UseProfileDeltasResult {
  const profileStore = useProfileStoreApi();
  const compareStore = useProfileCompareStoreApi();
  const profile = useStore(profileStore, (state) => state.profiles.get(workflowId));
  useEffect(() => {
    if (!profile) return;
    const source = profileStore.getState().sources.get(workflowId);
    if (source) compareStore.getState().recordProfile(workflowId, profile, source.nodes, source.edges);
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
  return { deltas, pinBaseline, clearBaseline };
}
