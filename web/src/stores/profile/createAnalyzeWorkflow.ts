/**
 * The store's `analyzeWorkflow` action. Two passes: (1) the profile without suggestions — what the report
 * needs first; (2) once the main thread is idle again (the first report has rendered), the complete
 * profile, whose suggestions re-run the analysis once per candidate change. Each pass runs on the store's
 * analyser (a Web Worker in the app, this thread in tests). Superseded or cancelled requests stop at the
 * next pass boundary without touching the state; a superseded pass still waiting for the worker never runs.
 */
import type { Profile } from '../../profiling';
import { buildAnalysisJob } from './analysis/buildAnalysisJob';
import { markAnalysis } from './analysis/markAnalysis';
import type { ProfileAnalyser } from './analysis/profileAnalyser';
import { toProfilerErrorInfo } from './errorInfo';
import { toProfileOptions } from './workflowSettings';
import { toggled, withKey, withoutKey } from './mapUpdates';
import type { AnalysisSource, GetProfileState, PerformanceProfileState, SetProfileState } from './storeTypes';
import { runWhenIdle } from '../../browser/runWhenIdle';

type Analyze = PerformanceProfileState['analyzeWorkflow'];

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Longest wait for an idle main thread before the suggestions pass starts anyway. Assumption: rendering the
 * first report of a 10,000-node workflow takes 0.2–0.5 s of main-thread time on a loaded 2-core machine.
 */
export const SUGGESTIONS_IDLE_TIMEOUT_MS = 1000;

/**
 * Resolves when the main thread is next idle (`requestIdleCallback`), at most `timeoutMs` later; in a
 * later task where there is no idle callback (Safari, Node).
 */
function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => runWhenIdle(resolve, timeoutMs));
}

export function createAnalyzeWorkflow(
  set: SetProfileState,
  get: GetProfileState,
  analyser: () => ProfileAnalyser,
): Analyze {
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
    markAnalysis('profiler:stored', { workflowId, final, nodes: profile.nodes.length });
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
    const isWanted = () => isCurrent(workflowId, token);

    await nextTick();
    if (!isWanted()) return null;
    // Both passes use the settings of the moment the analysis starts; a later change starts a new analysis.
    const { metrics, registeredMetrics, hardwareSpec, useMeasurements, calibrations, workflowSettings } =
      get();
    const calibration = useMeasurements ? calibrations.get(workflowId) : undefined;
    const workflowSettingsNow = workflowSettings.get(workflowId);
    const source: AnalysisSource = {
      nodes,
      edges,
      metrics,
      hardwareSpec,
      calibration,
      settings: workflowSettingsNow,
    };
    // Plain data (assumptions, lanes, custom metrics): the same options the CLI builds from its flags.
    const settings = {
      metrics,
      registeredMetrics,
      hardwareSpec,
      calibration,
      workflowOptions: toProfileOptions(workflowSettingsNow),
    };
    try {
      const quick = await analyser().analyse(buildAnalysisJob(nodes, edges, settings, false, isWanted));
      // Store in a task of its own: the result's last message is not cloned in the task that re-renders.
      await nextTick();
      if (!quick || !isWanted()) return null;
      storeProfile(workflowId, quick, source, false);
    } catch (thrown) {
      if (isWanted()) storeError(workflowId, thrown);
      return null;
    }

    // The suggestions pass starts once the first report has rendered: its result arriving during that
    // render would restart it (React drops a deferred render when a newer value comes), so the refreshed
    // report would show later, not sooner.
    await whenIdle(SUGGESTIONS_IDLE_TIMEOUT_MS);
    if (!isWanted()) return null;
    try {
      const complete = await analyser().analyse(buildAnalysisJob(nodes, edges, settings, true, isWanted));
      await nextTick();
      if (!complete || !isWanted()) return null;
      storeProfile(workflowId, complete, source, true);
      return complete;
    } catch (thrown) {
      if (isWanted()) storeError(workflowId, thrown);
      return null;
    }
  };
}
