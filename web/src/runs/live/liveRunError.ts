/**
 * Coded errors of the live run client (see docs/live-runs.md, "Error codes").
 * - `live.bad-url`: the URL is not a `ws://` or `wss://` URL.
 * - `live.unreachable`: no NodeTool server answered at the URL (connection refused or not open in time).
 * - `live.timeout`: the run (or the confirmation of a cancel) took longer than allowed.
 * - `live.closed`: the connection was lost mid-run.
 */
export type LiveRunErrorCode = 'live.bad-url' | 'live.unreachable' | 'live.timeout' | 'live.closed';

/** A coded error of the live client; its message says what went wrong and what to do. */
export class LiveRunError extends Error {
  readonly code: LiveRunErrorCode;
  constructor(code: LiveRunErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'LiveRunError';
    this.code = code;
  }
}

export function isLiveRunError(error: unknown): error is LiveRunError {
  return error instanceof LiveRunError;
}

/** The error for a server that never answered, with how to start one. */
export function createUnreachableError(url: string, detail: string): LiveRunError {
  return new LiveRunError(
    'live.unreachable',
    `no NodeTool server answered at ${url} (${detail}). Start one with \`nodetool serve\` ` +
      `(it listens on ws://127.0.0.1:7777/ws by default), or pass the URL of a running server.`,
  );
}
