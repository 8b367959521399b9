/**
 * The store's calibration actions: learn from runs, import and export. The engine work (an uncalibrated
 * profile, `buildCalibration`) happens here, in actions, never in a selector.
 */
import { hardwareKey, readCalibration, type Calibration, type Profile } from '../../profiling';
import { buildCalibration } from '../../runs/calibrate/buildCalibration';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import { buildAnalysisJob } from './analysis/buildAnalysisJob';
import type { ProfileAnalyser } from './analysis/profileAnalyser';
import { withKey, withoutKey } from './mapUpdates';
import { toProfileOptions } from './workflowSettings';
import type { GetProfileState, PerformanceProfileActions, SetProfileState } from './storeTypes';

type CalibrationActions = Pick<
  PerformanceProfileActions,
  'learnFromRuns' | 'setUseMeasurements' | 'importCalibration' | 'exportCalibration'
>;

export function createCalibrationActions(
  set: SetProfileState,
  get: GetProfileState,
  analyser: () => ProfileAnalyser,
): CalibrationActions {
  /** The profile without calibration nor suggestions: what the calibration corrects (on the analyser). */
  const profileUncalibrated = async (
    workflowId: string,
    nodes: EditorNode[],
    edges: EditorEdge[],
  ): Promise<Profile> => {
    const { metrics, registeredMetrics, hardwareSpec, workflowSettings } = get();
    const job = buildAnalysisJob(
      nodes,
      edges,
      {
        metrics,
        registeredMetrics,
        hardwareSpec,
        workflowOptions: toProfileOptions(workflowSettings.get(workflowId)),
      },
      false,
      () => true,
    );
    const profile = await analyser().analyse(job);
    if (!profile) throw new Error('the analysis was stopped');
    return profile;
  };

  const store = (workflowId: string, calibration: Calibration, base: Profile) =>
    set((state) => ({
      calibrations: withKey(state.calibrations, workflowId, calibration),
      uncalibrated: withKey(state.uncalibrated, workflowId, base),
      calibrationError: null,
    }));

  return {
    learnFromRuns: async (workflowId, nodes, edges, runs) => {
      if (runs.length === 0) {
        set((state) => ({
          calibrations: withoutKey(state.calibrations, workflowId),
          uncalibrated: withoutKey(state.uncalibrated, workflowId),
        }));
      } else {
        try {
          const hardware = hardwareKey(get().hardwareSpec);
          const base = await profileUncalibrated(workflowId, nodes, edges);
          store(workflowId, buildCalibration(runs, base, hardware, { nodes, edges }), base);
        } catch (error) {
          // The analysis below reports an unreadable workflow; here only why nothing was learned.
          set({ calibrationError: `Could not learn from the runs: ${messageOf(error)}` });
        }
      }
      return get().analyzeWorkflow(workflowId, nodes, edges);
    },

    setUseMeasurements: (on) => set({ useMeasurements: on }),

    importCalibration: async (workflowId, text, nodes, edges) => {
      let calibration: Calibration;
      try {
        calibration = readCalibration(JSON.parse(text) as unknown);
      } catch (error) {
        set({ calibrationError: `Not a calibration file: ${messageOf(error)}` });
        return false;
      }
      try {
        store(workflowId, calibration, await profileUncalibrated(workflowId, nodes, edges));
      } catch (error) {
        set({ calibrationError: `Could not apply the calibration: ${messageOf(error)}` });
        return false;
      }
      set({ useMeasurements: true });
      await get().analyzeWorkflow(workflowId, nodes, edges);
      return true;
    },

    exportCalibration: (workflowId) => {
      const calibration = get().calibrations.get(workflowId);
      return calibration ? `${JSON.stringify(calibration, null, 2)}\n` : null;
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
