import type { RecordingLine } from '../types';

/** Where `nodetool serve` listens by default. */
export const DEFAULT_NODETOOL_URL = 'ws://127.0.0.1:7777/ws';

/** The event shapes the client listens to (the browser's and `ws`'s events both fit). */
export interface WebSocketEventLike {
  data?: unknown;
  code?: number;
  reason?: string;
}

/**
 * The part of a WebSocket the client uses. The browser's `WebSocket` and the `ws` package's `WebSocket`
 * both satisfy it, so the client never touches a global.
 */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: string | Uint8Array<ArrayBuffer>): void;
  close(code?: number, reason?: string): void;
  /** The listener receives the platform's event; the client reads it as {@link WebSocketEventLike}. */
  addEventListener(type: 'open' | 'message' | 'error' | 'close', listener: (event: unknown) => void): void;
}

/** A WebSocket constructor (browser `WebSocket`, or `WebSocket` from the `ws` package). */
export type WebSocketConstructorLike = new (url: string) => WebSocketLike;

/** Frame encoding of the commands the client sends; NodeTool answers in the format it last received. */
export type LiveRunFormat = 'msgpack' | 'json';

/** What a live run reports while it runs. */
export type LiveRunEvent =
  | { type: 'connection'; state: 'connecting' | 'open' | 'closed' }
  | { type: 'job'; status: string; jobId: string }
  | { type: 'node'; nodeId: string; status: 'running' | 'completed' | 'error'; error?: string };

/** How a live run ended. A failed or cancelled run is a result, not an error. */
export interface LiveRunResult {
  /** Every frame sent and received, in order, as a recording (`JSON.stringify` per line gives JSONL). */
  lines: RecordingLine[];
  /** The server's job id (first `job_update`); null when the server never reported one. */
  jobId: string | null;
  status: 'completed' | 'failed' | 'cancelled' | 'incomplete';
  /** The server's error text for a failed job, or the coded message of why the run is incomplete. */
  error: string | null;
}

export interface LiveRunOptions {
  /** WebSocket URL of the server, e.g. {@link DEFAULT_NODETOOL_URL}. */
  url: string;
  /** The workflow graph, sent inline in `run_job` (NodeTool's saved shape). */
  graph: { nodes: unknown[]; edges: unknown[] };
  workflowId: string;
  /** @default 'msgpack' */
  format?: LiveRunFormat;
  WebSocket: WebSocketConstructorLike;
  /** Longest a run may take before it ends as `incomplete` (`live.timeout`). @default 600000 */
  timeoutMs?: number;
  /** Longest the connection may take to open before the run rejects (`live.unreachable`). @default 5000 */
  connectTimeoutMs?: number;
  /** How long to keep listening after the job's end for trailing messages. @default 500 */
  graceMs?: number;
  /** How long to wait for the server to confirm a cancel before ending `incomplete`. @default 5000 */
  cancelTimeoutMs?: number;
  /** Clock for `recv_ms` (epoch ms). @default the sub-millisecond `performance` clock, else `Date.now` */
  now?: () => number;
  onEvent?: (event: LiveRunEvent) => void;
}

/** A started live run. */
export interface LiveRun {
  /** Ask the server to cancel the job; `done` resolves `cancelled` once the server confirms it. */
  cancel(): void;
  /** Resolves with the recording and status; rejects only when no connection was ever made. */
  done: Promise<LiveRunResult>;
}
