/**
 * When the browser refuses to save the workflow (localStorage full, or storage blocked), the editor must say
 * so: the tab keeps the changes, but a reload would open the last version that was saved. A small marker
 * (`<key>.unsaved`) records when saving stopped, so the next load can say that the changes since then were
 * not kept; the next successful save removes it.
 */

/** Why a save failed. */
export type SaveFailureReason = 'quota' | 'blocked' | 'unknown';

export interface SaveFailure {
  /** When saving first failed (ms since the epoch); later failures of the same run keep this time. */
  since: number;
  reason: SaveFailureReason;
  /** Size of the text that could not be written, in UTF-16 code units (what localStorage counts). */
  chars: number;
  /** The browser's own words (`QuotaExceededError: …`), for the curious and for bug reports. */
  detail: string;
}

/** The marker's key beside the saved workflow's key. */
export const unsavedMarkerKey = (key: string): string => `${key}.unsaved`;

const MARKER_VERSION = 1;

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

/** Records that saving failed (best effort: a storage that refuses the workflow may refuse this too). */
export function writeUnsavedMarker(storage: Storage, key: string, failure: SaveFailure): void {
  try {
    storage.setItem(
      unsavedMarkerKey(key),
      JSON.stringify({
        version: MARKER_VERSION,
        since: failure.since,
        reason: failure.reason,
        chars: failure.chars,
      }),
    );
  } catch {
    // Nothing more can be kept; the tab still shows the problem.
  }
}

export function removeUnsavedMarker(storage: Storage, key: string): void {
  try {
    storage.removeItem(unsavedMarkerKey(key));
  } catch {
    // A storage that cannot remove cannot have stored the marker either.
  }
}

/** The marker left by a session whose last changes could not be saved, or null (none, or not readable). */
export function readUnsavedMarker(storage: Storage, key: string): SaveFailure | null {
  let raw: string | null;
  try {
    raw = storage.getItem(unsavedMarkerKey(key));
  } catch {
    return null;
  }
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { version, since, reason, chars } = value as Record<string, unknown>;
  if (version !== MARKER_VERSION || typeof since !== 'number' || !Number.isFinite(since)) return null;
  return {
    since,
    reason: reason === 'quota' || reason === 'blocked' ? reason : 'unknown',
    chars: typeof chars === 'number' && Number.isFinite(chars) && chars >= 0 ? chars : 0,
    detail: '',
  };
}

/**
 * "5.2 MB", "31 KB" for a saved text of `chars` characters (its size as a file: workflow JSON is nearly all
 * ASCII).
 */
export function describeStoredSize(chars: number): string {
  if (chars < 1e6) return `${Math.max(1, Math.round(chars / 1e3))} KB`;
  const mb = chars / 1e6;
  return mb >= 10 ? `${Math.round(mb)} MB` : `${mb.toFixed(1)} MB`;
}
