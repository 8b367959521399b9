/**
 * useProfileTrend: the workflow's trend points on the selected device, from the stored versions and the
 * loaded runs (built once per change of either, with `buildTrendSeries`).
 */
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { buildTrendSeries, type TrendPoint } from '../compare/buildTrendSeries';
import { hardwareKey, type HardwareSpec } from '../profiling';
import { useProfileStoreApi } from '../stores/profile/PerformanceProfileStoreContext';
import { useProfileCompareStoreApi } from '../stores/compare/ProfileCompareStoreContext';
import { useRunHistoryStoreApi } from '../stores/runHistory/RunHistoryStoreContext';

export interface UseProfileTrendResult {
  points: TrendPoint[];
  hardware: HardwareSpec & { id?: string };
  /** Stored versions estimated on other devices only (not in `points`' estimates). */
  otherDeviceCount: number;
  loading: boolean;
  error: string | null;
}

export function useProfileTrend(workflowId: string): UseProfileTrendResult {
  const compareStore = useProfileCompareStoreApi();
  const profileStore = useProfileStoreApi();
  const runStore = useRunHistoryStoreApi();
  useEffect(() => {
    void compareStore.getState().loadSnapshots(workflowId);
  }, [compareStore, workflowId]);
  const snapshots = useStore(compareStore, (state) =>
    state.snapshotsKey === workflowId ? state.snapshots : null,
  );
  const loading = useStore(compareStore, (state) => state.snapshotStatus === 'loading');
  const error = useStore(compareStore, (state) => state.snapshotError);
  const runs = useStore(runStore, (state) => (state.workflowKey === workflowId ? state.runs : null));
  const hardware = useStore(profileStore, (state) => state.hardwareSpec);
  const { points, otherDeviceCount } = useMemo(() => {
    const id = hardwareKey(hardware);
    const list = snapshots ?? [];
    const here = new Set(list.filter((s) => s.hardwareId === id).map((s) => s.workflowVersion));
    return {
      points: buildTrendSeries(list, runs ?? [], id),
      otherDeviceCount: new Set(
        list.filter((s) => !here.has(s.workflowVersion)).map((s) => s.workflowVersion),
      ).size,
    };
  }, [snapshots, runs, hardware]);
  return { points, hardware, otherDeviceCount, loading, error };
}
