/**
 * useCalibrationAccuracy: how good the estimates are against the selected runs, before calibration (the
 * profile the calibration was built against) and after (the profile shown). Computed in a memo keyed by
 * (profiles, runs, selection), never in a zustand selector.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Profile } from '../profiling/types';
import { measureAccuracy, type Accuracy } from '../runs/calibrate/measureAccuracy';
import { useProfileStoreApi } from '../stores/profile/PerformanceProfileStoreContext';
import { useRunHistoryStoreApi } from '../stores/runHistory/RunHistoryStoreContext';

export interface CalibrationAccuracy {
  /** The estimates without calibration; null when the profile shown is not calibrated. */
  before: Accuracy | null;
  /** The estimates shown. */
  shown: Accuracy;
}

/** Null without a profile or a selected run. */
export function useCalibrationAccuracy(
  workflowId: string,
  profile: Profile | null,
): CalibrationAccuracy | null {
  const runStore = useRunHistoryStoreApi();
  const store = useProfileStoreApi();
  const { runs, selected } = useStore(
    runStore,
    useShallow((state) => ({ runs: state.runs, selected: state.selectedRunIds })),
  );
  const { uncalibrated, calibrated } = useStore(
    store,
    useShallow((state) => ({
      uncalibrated: state.uncalibrated.get(workflowId) ?? null,
      calibrated: state.useMeasurements && state.calibrations.has(workflowId),
    })),
  );
  return useMemo(() => {
    const ids = new Set(selected);
    const records = runs.filter((entry) => ids.has(entry.id)).map((entry) => entry.record);
    if (!profile || records.length === 0) return null;
    const before = calibrated && uncalibrated ? measureAccuracy(uncalibrated, records) : null;
    return { before, shown: measureAccuracy(profile, records) };
  }, [profile, runs, selected, uncalibrated, calibrated]);
}
