/** Reading the `version` of a zustand-persisted envelope, which users and old builds may have left odd. */

/**
 * Reads a stored version: a non-negative integer, or such a number written as text (`"1"`). Missing means
 * 0 (zustand's default). Anything else is null (not readable).
 * @example readStoredVersion('1') // 1
 */
export function readStoredVersion(value: unknown): number | null {
  if (value === undefined) return 0;
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
}
