/**
 * Coded errors of the run history. Every message says what went wrong and what the user can do.
 */

export type RunHistoryErrorCode =
  | 'history.unavailable' // no IndexedDB here (private mode, disabled storage, a non-browser host)
  | 'history.quota' // the browser refused to store more
  | 'history.blocked' // another tab holds the database open at an older version
  | 'history.version-too-new' // the database was written by a newer profiler
  | 'history.not-found' // no run with that id
  | 'history.unknown-version' // a stored record of a RunRecord version this profiler cannot read
  | 'history.invalid-bound' // maxRunsPerWorkflow is not a positive integer
  | 'history.failed'; // any other storage failure

/** A run-history failure with a code and an actionable message. */
export class RunHistoryError extends Error {
  readonly code: RunHistoryErrorCode;
  constructor(code: RunHistoryErrorCode, message: string, options?: { cause?: unknown }) {
    super(`${code}: ${message}`, options);
    this.name = 'RunHistoryError';
    this.code = code;
  }
}

export function isRunHistoryError(error: unknown): error is RunHistoryError {
  return error instanceof RunHistoryError;
}

function errorName(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : null;
}

/**
 * Maps a storage failure during `action` (e.g. "save the run") to a RunHistoryError; a RunHistoryError
 * passes through unchanged.
 */
export function toRunHistoryError(error: unknown, action: string): RunHistoryError {
  if (isRunHistoryError(error)) return error;
  const name = errorName(error);
  const cause = { cause: error };
  switch (name) {
    case 'QuotaExceededError':
      return new RunHistoryError(
        'history.quota',
        `The run history is full: delete old runs (or export them first) in the Runs view, then ${action} again.`,
        cause,
      );
    case 'VersionError':
      return new RunHistoryError(
        'history.version-too-new',
        'The run history was saved by a newer version of the profiler: update this page (reload) to read it.',
        cause,
      );
    case 'SecurityError':
    case 'InvalidStateError':
      return new RunHistoryError(
        'history.unavailable',
        `The browser does not allow storing runs here (private mode or disabled site data), so could not ${action}. Runs are kept for this session only.`,
        cause,
      );
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new RunHistoryError('history.failed', `Could not ${action}: ${detail}`, cause);
    }
  }
}
