/**
 * useRunMeasurements: the selected runs of the run-history store beside a profile. The join is computed in a
 * memo keyed by (profile, runs, selection), never in a zustand selector.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Profile } from '../profiling/types';
import { buildMeasuredView, type MeasuredView } from '../runs/measure/buildMeasuredView';
import { useRunHistoryStoreApi } from '../stores/runHistory/RunHistoryStoreContext';

/** Null without a profile or without a selected run. */
export function useRunMeasurements(profile: Profile | null): MeasuredView | null {
  const store = useRunHistoryStoreApi();
  const { runs, selected } = useStore(
    store,
    useShallow((state) => ({ runs: state.runs, selected: state.selectedRunIds })),
  );
  return useMemo(() => {
    if (!profile) return null;
    const ids = new Set(selected);
    const records = runs.filter((entry) => ids.has(entry.id)).map((entry) => entry.record);
    return buildMeasuredView(profile, records);
  }, [profile, runs, selected]);
}
