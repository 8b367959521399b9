/** Why the browser refused to store a value (shared by the editor's and the profiler's saved state). */

/** Why a save failed. */
export type SaveFailureReason = 'quota' | 'blocked' | 'unknown';

/**
 * Why `setItem` threw. Browsers name a full quota differently: `QuotaExceededError` (code 22) in Chromium
 * and Safari, `NS_ERROR_DOM_QUOTA_REACHED` (code 1014) in older Firefox; storage blocked by the user or a
 * private mode throws `SecurityError`.
 */
export function classifyWriteError(error: unknown): { reason: SaveFailureReason; detail: string } {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  const detail = [name, message].filter((part) => typeof part === 'string' && part !== '').join(': ');
  const text = `${String(name)} ${String(message)}`;
  if (code === 22 || code === 1014 || /quota/i.test(text)) return { reason: 'quota', detail };
  if (name === 'SecurityError') return { reason: 'blocked', detail };
  return { reason: 'unknown', detail: detail || String(error) };
}

/** A refused write, as reported to the user: since when saving fails, and why. */
export interface WriteFailure {
  /** When saving first failed (ms since the epoch); later failures of the same run keep this time. */
  since: number;
  reason: SaveFailureReason;
  /** The browser's own words (`QuotaExceededError: …`), for the curious and for bug reports. */
  detail: string;
}

/**
 * The runs of refused writes of one storage: a failure is reported once per run (and again when its reason
 * changes), keeping the time the run began, until a write succeeds.
 */
export function trackWriteFailures(now: () => number = Date.now) {
  let failing: WriteFailure | null = null;
  return {
    /** The failure to report for this refused write, or null when its run has reported it already. */
    failed(error: unknown): WriteFailure | null {
      const { reason, detail } = classifyWriteError(error);
      if (failing && failing.reason === reason) return null;
      failing = { since: failing?.since ?? now(), reason, detail };
      return failing;
    },
    /** A write succeeded: true when it ends a run of failures. */
    succeeded(): boolean {
      const ended = failing !== null;
      failing = null;
      return ended;
    },
  };
}

/**
 * Why the browser refused to store `what` ("it", "them"), in a user's words: the site's storage is full,
 * storage is blocked, or the browser's own message.
 */
export function describeWriteRefusal(failure: Pick<WriteFailure, 'reason' | 'detail'>, what: string): string {
  if (failure.reason === 'quota') return "this browser's storage for this site is full";
  if (failure.reason === 'blocked')
    return 'this browser does not let the page store data (private mode or blocked site data)';
  return `the browser refused to store ${what}${failure.detail ? ` (${failure.detail})` : ''}`;
}

/** The time of day a failure began, e.g. "03:07 AM" (the browser's locale). */
export const formatFailureTime = (ms: number): string =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
