/**
 * The editor's measured runs: Run sends the workflow on the canvas to a NodeTool server and follows it live,
 * Cancel stops it, Import run reads a recording or trace file. Every run ends up in the run history (with the
 * raw recording, so it exports as received) and the canvas shows each node's state while it runs.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  deriveRunRecord,
  importRunText,
  isRunParseError,
  serializeRecording,
  type RunRecord,
} from '../../runs';
import {
  createDirectLiveRunner,
  isLiveRunError,
  type LiveRun,
  type LiveRunEvent,
  type LiveRunner,
  type WebSocketConstructorLike,
} from '../../runs/live';
import { readFileText } from '../../editor';
import { toNodetoolWorkflow } from '../../workflow/convertWorkflow';
import type { EditorWorkflow } from '../../workflow/editorGraph';
import type { LiveNodeState } from './liveRunDecorations';
import type { RunPhase } from './RunToolbar';
import { loadServerSettings, saveServerSettings, type ServerSettings } from './serverSettings';
import { describeRunOutcome } from './describeRunOutcome';

/** Where runs and live states go (the run-history store's actions). */
export interface LiveRunSink {
  setLiveNodeState: (nodeId: string, state: LiveNodeState) => void;
  setLiveStatus: (
    status: 'connecting' | 'running' | 'cancelling' | 'done' | 'error',
    message?: string | null,
  ) => void;
  clearLive: () => void;
  addRun: (run: { record: RunRecord; recording?: string | null; workflowKey?: string }) => Promise<unknown>;
}

export interface LiveRunControllerOptions {
  workflowKey: string;
  getWorkflow: () => EditorWorkflow;
  sink: LiveRunSink;
  /** Tell the user (the editor's snackbar). */
  notify: (severity: 'success' | 'info' | 'warning', message: string) => void;
  /**
   * Where runs execute: the browser app passes a Web Worker runner (receive times unaffected by rendering).
   * @default on this thread, with globalThis.WebSocket
   */
  runner?: LiveRunner;
  /** @default window.localStorage */
  storage?: Storage;
  /**
   * Also fed with NodeTool's naive timings (first `running` → terminal message, per job), for editors that
   * read NodeTool's ExecutionTimeStore API. The profiler's own measurements come from the recording.
   */
  executionTimes?: {
    startExecution: (workflowId: string, nodeId: string, jobId?: string | null) => void;
    endExecution: (workflowId: string, nodeId: string, jobId?: string | null) => void;
  };
}

/** Files over this size are refused before reading (a long real run records a few MB). */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export function useLiveRunController({
  workflowKey,
  getWorkflow,
  sink,
  notify,
  runner,
  storage,
  executionTimes,
}: LiveRunControllerOptions) {
  const store = storage ?? (typeof window === 'undefined' ? undefined : window.localStorage);
  const [{ settings, problem }, setLoaded] = useState(() => {
    const loaded = loadServerSettings(store);
    return { settings: loaded.settings, problem: loaded.problem };
  });
  const [phase, setPhase] = useState<RunPhase>('idle');
  const [progress, setProgress] = useState<string | null>(null);
  const live = useRef<LiveRun | null>(null);
  const latest = useRef({ sink, notify, getWorkflow, workflowKey });
  latest.current = { sink, notify, getWorkflow, workflowKey };

  // A different workflow on the canvas: the marks of the previous one's run no longer apply.
  useEffect(() => {
    if (!live.current) latest.current.sink.clearLive();
  }, [workflowKey]);

  const run = useCallback(() => {
    if (live.current) return;
    const { sink: out, getWorkflow: read, workflowKey: key } = latest.current;
    const nodetool = toNodetoolWorkflow(read());
    const graph = nodetool.graph as unknown as { nodes: unknown[]; edges: unknown[] };
    const total = graph.nodes.length;
    const finished = new Set<string>();
    const started = new Set<string>();
    let jobId: string | null = null;
    out.clearLive();
    out.setLiveStatus('connecting');
    setPhase('connecting');
    setProgress(`Connecting to ${settings.url} …`);
    const onEvent = (event: LiveRunEvent) => {
      if (event.type === 'node') {
        out.setLiveNodeState(event.nodeId, event.status);
        if (event.status === 'running' && !started.has(event.nodeId)) {
          started.add(event.nodeId);
          executionTimes?.startExecution(key, event.nodeId, jobId);
        } else if (event.status !== 'running') executionTimes?.endExecution(key, event.nodeId, jobId);
        if (event.status !== 'running') finished.add(event.nodeId);
        setProgress(`${finished.size} of ${total} nodes done`);
      } else if (event.type === 'job' && event.status === 'running') {
        jobId = event.jobId;
        out.setLiveStatus('running');
        setPhase((current) => (current === 'cancelling' ? current : 'running'));
        setProgress((current) => current ?? `0 of ${total} nodes done`);
      }
    };
    const WS = (globalThis as { WebSocket?: WebSocketConstructorLike }).WebSocket;
    const start = runner ?? (WS ? createDirectLiveRunner(WS) : null);
    if (!start) {
      out.setLiveStatus('error', 'This browser has no WebSocket.');
      setPhase('idle');
      return;
    }
    const handle = start(
      {
        url: settings.url,
        graph,
        workflowId: typeof nodetool.id === 'string' && nodetool.id ? nodetool.id : key,
        format: settings.format,
      },
      onEvent,
    );
    live.current = handle;
    void handle.done
      .then(async (result) => {
        const record = deriveRunRecord(result.lines, { source: 'live', workflow: nodetool });
        await out.addRun({ record, recording: serializeRecording(result.lines), workflowKey: key });
        const outcome = describeRunOutcome(record, read());
        out.setLiveStatus(record.status === 'completed' ? 'done' : 'error', outcome.message);
        latest.current.notify(outcome.severity, outcome.message);
      })
      .catch((error: unknown) => {
        const message = isLiveRunError(error) || isRunParseError(error) ? error.message : String(error);
        out.setLiveStatus('error', message);
        latest.current.notify('warning', message);
      })
      .finally(() => {
        live.current = null;
        setPhase('idle');
        setProgress(null);
      });
  }, [settings, runner, executionTimes]);

  const cancel = useCallback(() => {
    if (!live.current) return;
    setPhase('cancelling');
    latest.current.sink.setLiveStatus('cancelling');
    live.current.cancel();
  }, []);

  const saveSettings = useCallback(
    (next: ServerSettings) => {
      const error = saveServerSettings(store, next);
      setLoaded({ settings: next, problem: null });
      return error;
    },
    [store],
  );

  const importFile = useCallback(async (file: File) => {
    const { sink: out, notify: tell, workflowKey: key } = latest.current;
    if (file.size > MAX_IMPORT_BYTES) {
      tell(
        'warning',
        `${file.name} is ${(file.size / 1e6).toFixed(0)} MB: over the 64 MB limit for a run file.`,
      );
      return;
    }
    try {
      const { record, recording } = importRunText(await readFileText(file), file.name);
      await out.addRun({ record, recording, workflowKey: key });
      const outcome = describeRunOutcome(record, latest.current.getWorkflow());
      tell(outcome.severity === 'success' ? 'success' : 'info', `Imported ${file.name}: ${outcome.message}`);
    } catch (error) {
      tell(
        'warning',
        isRunParseError(error) ? error.message : `${file.name} could not be read: ${String(error)}`,
      );
    }
  }, []);

  return { phase, progress, settings, settingsProblem: problem, run, cancel, saveSettings, importFile };
}
