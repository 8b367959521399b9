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
