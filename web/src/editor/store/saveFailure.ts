/**
 * When the browser refuses to save the workflow (localStorage full, or storage blocked), the editor must say
 * so: the tab keeps the changes, but a reload would open the last version that was saved. A small marker
 * (`<key>.unsaved`) records when saving stopped, so the next load can say that the changes since then were
 * not kept; the next successful save removes it.
 */

import type { WriteFailure } from '../../persistence/classifyWriteError';

export type { SaveFailureReason } from '../../persistence/classifyWriteError';

export interface SaveFailure extends WriteFailure {
  /** Size of the text that could not be written, in UTF-16 code units (what localStorage counts). */
  chars: number;
}

/** The marker's key beside the saved workflow's key. */
export const unsavedMarkerKey = (key: string): string => `${key}.unsaved`;

const MARKER_VERSION = 1;

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
