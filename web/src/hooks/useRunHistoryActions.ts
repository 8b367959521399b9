/**
 * useRunHistoryActions: what an editor calls to feed the profiler with runs, bound to the run-history store
 * in scope (the provided one, else the app's). Stable across renders; subscribes to nothing.
 */
import { useMemo } from 'react';
import type { RunHistoryActions } from '../stores/RunHistoryStore';
import { useRunHistoryStoreApi } from '../stores/runHistory/RunHistoryStoreContext';

export type RunHistoryEditorActions = Pick<
  RunHistoryActions,
  'addRun' | 'loadRuns' | 'setLiveNodeState' | 'setLiveStatus' | 'clearLive'
>;

/**
 * @example
 * const { addRun, setLiveNodeState, setLiveStatus } = useRunHistoryActions();
 * const { record, recording } = importRunText(text, file.name);
 * await addRun({ record, recording, workflowKey: workflowId });
 */
export function useRunHistoryActions(): RunHistoryEditorActions {
  const store = useRunHistoryStoreApi();
  return useMemo(() => {
    const state = () => store.getState();
    return {
      addRun: (run) => state().addRun(run),
      loadRuns: (workflowKey, version) => state().loadRuns(workflowKey, version),
      setLiveNodeState: (nodeId, nodeState) => state().setLiveNodeState(nodeId, nodeState),
      setLiveStatus: (status, message) => state().setLiveStatus(status, message),
      clearLive: () => state().clearLive(),
    };
  }, [store]);
}
