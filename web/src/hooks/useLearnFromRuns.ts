/**
 * useLearnFromRuns: keeps the workflow's calibration in step with the selected runs while "Use
 * measurements" is on (the store's `learnFromRuns` action builds it and re-analyses), and re-analyses
 * without it when switched off. The graph is read at that moment: editing the graph alone does not
 * rebuild the calibration (node cost keys keep changed nodes from using old measurements).
 */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { isProfileCurrent } from '../stores/PerformanceProfileStore';
import { useProfileStoreApi } from '../stores/profile/PerformanceProfileStoreContext';
import { useRunHistoryStoreApi } from '../stores/runHistory/RunHistoryStoreContext';
import type { EditorEdge, EditorNode } from '../workflow/nodetoolTypes';

export function useLearnFromRuns(workflowId: string, nodes: EditorNode[], edges: EditorEdge[]): void {
  const runStore = useRunHistoryStoreApi();
  const store = useProfileStoreApi();
  const { runs, selected } = useStore(
    runStore,
    useShallow((state) => ({ runs: state.runs, selected: state.selectedRunIds })),
  );
  const useMeasurements = useStore(store, (state) => state.useMeasurements);
  const hardwareSpec = useStore(store, (state) => state.hardwareSpec);
  const graph = useRef({ nodes, edges });
  useEffect(() => {
    graph.current = { nodes, edges };
  });

  useEffect(() => {
    const { nodes: currentNodes, edges: currentEdges } = graph.current;
    if (currentNodes.length === 0) return;
    const state = store.getState();
    if (!useMeasurements) {
      if (state.profiles.has(workflowId) && !isProfileCurrent(state, workflowId, currentNodes, currentEdges))
        void state.analyzeWorkflow(workflowId, currentNodes, currentEdges);
      return;
    }
    const ids = new Set(selected);
    const records = runs.filter((entry) => ids.has(entry.id)).map((entry) => entry.record);
    if (records.length === 0 && !state.calibrations.has(workflowId)) return;
    void state.learnFromRuns(workflowId, currentNodes, currentEdges, records);
  }, [store, workflowId, runs, selected, useMeasurements, hardwareSpec]);
}
