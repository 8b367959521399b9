/**
 * The store's `analyzeWorkflow` action. Two passes, each on its own macrotask so the UI can paint between
 * them: (1) the profile without suggestions — what the report needs first; (2) the complete profile, whose
 * suggestions re-run the analysis once per candidate change. Superseded or cancelled requests stop at the
 * next pass boundary without touching the state.
 */
import { profileWorkflow, type Profile } from '../../profiling';
import { toProfilerErrorInfo } from './errorInfo';
import { toProfileOptions } from './workflowSettings';
import { toggled, withKey, withoutKey } from './mapUpdates';
import type { AnalysisSource, GetProfileState, PerformanceProfileState, SetProfileState } from './storeTypes';

type Analyze = PerformanceProfileState['analyzeWorkflow'];

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createAnalyzeWorkflow(set: SetProfileState, get: GetProfileState): Analyze {
  let nextToken = 0;

  const isCurrent = (workflowId: string, token: number) => get().pending.get(workflowId) === token;

  const storeProfile = (workflowId: string, profile: Profile, source: AnalysisSource, final: boolean) => {
    set((state) => {
      const pending = final ? withoutKey(state.pending, workflowId) : state.pending;
      return {
        profiles: withKey(state.profiles, workflowId, profile),
        sources: withKey(state.sources, workflowId, source),
        pending,
        refining: toggled(state.refining, workflowId, !final),
        isAnalyzing: pending.size > 0,
        errors: withoutKey(state.errors, workflowId),
        error: state.error?.workflowId === workflowId ? null : state.error,
        lastWorkflowId: workflowId,
      };
    });
  };

  const storeError = (workflowId: string, thrown: unknown) => {
    const info = toProfilerErrorInfo(workflowId, thrown);
    set((state) => {
      const pending = withoutKey(state.pending, workflowId);
      return {
        profiles: withoutKey(state.profiles, workflowId),
        sources: withoutKey(state.sources, workflowId),
        pending,
        refining: toggled(state.refining, workflowId, false),
        isAnalyzing: pending.size > 0,
        errors: withKey(state.errors, workflowId, info),
        error: info,
        lastWorkflowId: workflowId,
      };
    });
  };

  return async (workflowId, nodes, edges) => {
    const token = ++nextToken;
    set((state) => ({ pending: withKey(state.pending, workflowId, token), isAnalyzing: true }));
    const input = { nodes, edges };

    await nextTick();
    if (!isCurrent(workflowId, token)) return null;
    // Both passes use the settings of the moment the analysis starts; a later change starts a new analysis.
    const { metrics, hardwareSpec, useMeasurements, calibrations, workflowSettings } = get();
    const calibration = useMeasurements ? calibrations.get(workflowId) : undefined;
    const settings = workflowSettings.get(workflowId);
    // Plain data (assumptions, lanes, custom metrics): the same options the CLI builds from its flags.
    const workflowOptions = toProfileOptions(settings);
    const source: AnalysisSource = { nodes, edges, metrics, hardwareSpec, calibration, settings };
    try {
      const quick = profileWorkflow(input, {
        ...workflowOptions,
        metrics,
        hardware: hardwareSpec,
        suggestions: false,
        calibration,
      });
      storeProfile(workflowId, quick, source, false);
    } catch (thrown) {
      storeError(workflowId, thrown);
      return null;
    }

    await nextTick();
    if (!isCurrent(workflowId, token)) return null;
    try {
      const complete = profileWorkflow(input, {
        ...workflowOptions,
        metrics,
        hardware: hardwareSpec,
        calibration,
      });
      storeProfile(workflowId, complete, source, true);
      return complete;
    } catch (thrown) {
      storeError(workflowId, thrown);
      return null;
    }
  };
}
