/**
 * useProfileComparison: the Compare view's side of the compare store — the workflow's stored versions, the
 * comparison, and actions bound to the profiler's settings (device, metric tables, calibration) and the
 * workflow's runs. The analyses run in the store.
 */
import { useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { resolveHardware } from '../profiling';
import { appliedCalibration } from '../stores/PerformanceProfileStore';
import { toProfileOptions } from '../stores/profile/workflowSettings';
import { useProfileStoreApi } from '../stores/profile/PerformanceProfileStoreContext';
import { useProfileCompareStoreApi } from '../stores/compare/ProfileCompareStoreContext';
import { useRunHistoryStoreApi } from '../stores/runHistory/RunHistoryStoreContext';
import type { AnalysisSettings } from '../stores/compare/storeTypes';
import type { ProfileSnapshot } from '../runs/history/profileSnapshot';
import type { EditorEdge, EditorNode } from '../workflow/nodetoolTypes';

const NO_SNAPSHOTS: ProfileSnapshot[] = [];

export function useProfileComparison(workflowId: string, nodes: EditorNode[], edges: EditorEdge[]) {
  const profileStore = useProfileStoreApi();
  const compareStore = useProfileCompareStoreApi();
  const runStore = useRunHistoryStoreApi();
  useEffect(() => {
    void compareStore.getState().loadSnapshots(workflowId);
  }, [compareStore, workflowId]);
  const slice = useStore(
    compareStore,
    useShallow((state) => ({
      snapshots: state.snapshotsKey === workflowId ? state.snapshots : NO_SNAPSHOTS,
      snapshotStatus: state.snapshotStatus,
      snapshotError: state.snapshotError,
      sessionOnly: state.snapshotsSessionOnly,
      comparison: state.comparison,
    })),
  );

  const settings = useCallback((): Omit<AnalysisSettings, 'hardware'> => {
    const state = profileStore.getState();
    const calibration = appliedCalibration(state, workflowId);
    const workflowOptions = toProfileOptions(state.workflowSettings.get(workflowId));
    return calibration
      ? { metrics: state.metrics, calibration, workflowOptions }
      : { metrics: state.metrics, workflowOptions };
  }, [profileStore, workflowId]);

  /** Compares two stored versions (snapshot ids) on the selected device. */
  const compareVersions = useCallback(
    (leftId: string, rightId: string) =>
      compareStore
        .getState()
        .compareVersions(
          leftId,
          rightId,
          { ...settings(), hardware: profileStore.getState().hardwareSpec },
          runStore.getState().runs,
        ),
    [compareStore, profileStore, runStore, settings],
  );

  /** Compares the current graph on two devices (preset ids); an unknown id throws a coded ProfileError. */
  const compareDevices = useCallback(
    (leftId: string, rightId: string) =>
      compareStore
        .getState()
        .compareDevices(nodes, edges, resolveHardware(leftId), resolveHardware(rightId), settings()),
    [compareStore, nodes, edges, settings],
  );

  const clearComparison = useCallback(() => compareStore.getState().clearComparison(), [compareStore]);
  return { ...slice, compareVersions, compareDevices, clearComparison };
}
