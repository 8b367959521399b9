/**
 * Measured runs in the editor: the workflow's version (what the run history groups runs by), the Run /
 * Cancel / Import run controls, dropped recordings, and the canvas decorations — the heat overlay's with
 * each node's live-run state drawn over them.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTheme } from '@mui/material/styles';
import { useStore } from 'zustand';
import {
  useRunHistoryActions,
  useRunHistoryStoreApi,
  type HeatDecorations,
} from '../../components/profiling';
import { useEditorStoreApi } from '../../editor';
import { createWorkflowVersionMemo } from '../../runs';
import type { LiveRunner } from '../../runs/live';
import { executionTimeStore } from '../../stores/ExecutionTimeStore';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import { buildLiveRunDecorations, mergeDecorations } from './liveRunDecorations';
import { useLiveRunController } from './useLiveRunController';

const NO_HEAT: HeatDecorations = { nodes: {}, edges: {} };

/** The app's NodeTool-compatible ExecutionTimeStore, fed by live runs. */
const EXECUTION_TIMES = {
  startExecution: (workflowId: string, nodeId: string, jobId?: string | null) =>
    executionTimeStore.getState().startExecution(workflowId, nodeId, jobId),
  endExecution: (workflowId: string, nodeId: string, jobId?: string | null) =>
    executionTimeStore.getState().endExecution(workflowId, nodeId, jobId),
};

/** Files a drop on the canvas treats as run recordings rather than workflows. */
export function isRunFileName(name: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(name);
}

export interface EditorRunsOptions {
  workflowKey: string;
  /** The analysis graph (kept while only positions change, so the version is not recomputed on drags). */
  nodes: EditorNode[];
  edges: EditorEdge[];
  /** Receives the merged decorations. */
  setDecorations: (decorations: HeatDecorations) => void;
  /** Where live runs execute (see `useLiveRunController`). */
  liveRunner?: LiveRunner;
}

export function useEditorRuns({ workflowKey, nodes, edges, setDecorations, liveRunner }: EditorRunsOptions) {
  const theme = useTheme();
  const editor = useEditorStoreApi();
  const sink = useRunHistoryActions();
  const runStore = useRunHistoryStoreApi();
  const liveStates = useStore(runStore, (s) => s.liveRun?.nodeStates);
  // Re-reads only what an edit changed (the editor's state is immutable): ≈ 20 ms at 10,000 nodes, not ≈ 130.
  const [versionOf] = useState(createWorkflowVersionMemo);
  const workflowVersion = useMemo(() => versionOf({ nodes, edges }), [versionOf, nodes, edges]);
  const getWorkflow = useCallback(() => editor.getState().getWorkflow(), [editor]);
  const notify = useCallback(
    (severity: 'success' | 'info' | 'warning', message: string) =>
      editor.getState().showNotice({ severity, message }),
    [editor],
  );
  const controller = useLiveRunController({
    workflowKey,
    getWorkflow,
    sink,
    notify,
    runner: liveRunner,
    executionTimes: EXECUTION_TIMES,
  });

  const [heat, setHeat] = useState<HeatDecorations>(NO_HEAT);
  const live = useMemo(() => buildLiveRunDecorations(liveStates ?? {}, theme), [liveStates, theme]);
  useEffect(() => {
    setDecorations({ nodes: mergeDecorations(heat.nodes, live), edges: heat.edges });
  }, [heat, live, setDecorations]);

  const { importFile } = controller;
  const onFileDrop = useCallback(
    (file: File) => {
      if (!isRunFileName(file.name)) return false;
      void importFile(file);
      return true;
    },
    [importFile],
  );

  return { workflowVersion, controller, applyHeatDecorations: setHeat, onFileDrop };
}
