/**
 * usePerformanceProfiler: the profiler store, seen from one workflow. Thin by design: it selects slices of
 * the store (no computation in selectors) and binds the actions to `workflowId`.
 */
import { useCallback } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { HardwareSpec, Profile } from '../profiling/types';
import type { EditorEdge, EditorNode } from '../workflow/nodetoolTypes';
import type { HardwareSelection, ProfilerErrorInfo } from '../stores/PerformanceProfileStore';
import { useProfileStoreApi } from '../stores/profile/PerformanceProfileStoreContext';

export interface UsePerformanceProfilerResult {
  /** The latest profile of the workflow (or of the last analysed workflow when no id is given), or null. */
  profile: Profile | null;
  /**
   * Analyses nodes and edges. With a `workflowId` bound by the hook, call `analyzeWorkflow(nodes, edges)`;
   * the three-argument form `analyzeWorkflow(id, nodes, edges)` works either way.
   */
  analyzeWorkflow: {
    (nodes: EditorNode[], edges: EditorEdge[]): Promise<Profile | null>;
    (workflowId: string, nodes: EditorNode[], edges: EditorEdge[]): Promise<Profile | null>;
  };
  /** True while this workflow (or, without an id, any workflow) is being analysed. */
  isAnalyzing: boolean;
  /** Why the latest analysis of this workflow failed (code, message, node/edge/field), or null. */
  error: ProfilerErrorInfo | null;
  /** Forgets this workflow's profile and error (or the given workflow's). */
  clearProfile: (workflowId?: string) => void;
  /** The resolved hardware spec estimates are made for. */
  hardware: HardwareSpec & { id?: string };
  /** Selects a preset id or a custom spec; throws a coded ProfileError when it is invalid. */
  setHardware: (idOrSpec: HardwareSelection) => void;
}

const DEFAULT_WORKFLOW_ID = 'default';

/**
 * Profiles workflows from any component.
 *
 * @param workflowId - the workflow whose profile, status and error the hook returns. Without it, the hook
 *   reports the most recent analysis and `analyzeWorkflow` needs the id as its first argument
 *   (two-argument calls use `"default"`).
 *
 * @example
 * function ProfileButton({ nodes, edges }: { nodes: EditorNode[]; edges: EditorEdge[] }) {
 *   const { profile, analyzeWorkflow, isAnalyzing, error } = usePerformanceProfiler('my-workflow');
 *   return (
 *     <button onClick={() => analyzeWorkflow(nodes, edges)} disabled={isAnalyzing}>
 *       {error ? error.message : profile ? `Grade ${profile.summary.grade}` : 'Profile'}
 *     </button>
 *   );
 * }
 */
export function usePerformanceProfiler(workflowId?: string): UsePerformanceProfilerResult {
  const store = useProfileStoreApi();
  const slice = useStore(
    store,
    useShallow((state) => {
      if (workflowId === undefined) {
        const latestId = state.lastWorkflowId;
        return {
          profile: latestId === null ? null : (state.profiles.get(latestId) ?? null),
          isAnalyzing: state.isAnalyzing,
          error: latestId === null ? null : (state.errors.get(latestId) ?? null),
          hardware: state.hardwareSpec,
        };
      }
      return {
        profile: state.profiles.get(workflowId) ?? null,
        isAnalyzing: state.pending.has(workflowId),
        error: state.errors.get(workflowId) ?? null,
        hardware: state.hardwareSpec,
      };
    }),
  );

  const analyzeWorkflow = useCallback(
    (...args: [EditorNode[], EditorEdge[]] | [string, EditorNode[], EditorEdge[]]) => {
      const { analyzeWorkflow: analyze } = store.getState();
      if (args.length === 3) return analyze(args[0], args[1], args[2]);
      return analyze(workflowId ?? DEFAULT_WORKFLOW_ID, args[0], args[1]);
    },
    [store, workflowId],
  ) as UsePerformanceProfilerResult['analyzeWorkflow'];

  const clearProfile = useCallback(
    (id?: string) => store.getState().clearProfile(id ?? workflowId ?? DEFAULT_WORKFLOW_ID),
    [store, workflowId],
  );
  const setHardware = useCallback(
    (idOrSpec: HardwareSelection) => store.getState().setHardware(idOrSpec),
    [store],
  );

  return { ...slice, analyzeWorkflow, clearProfile, setHardware };
}
