/** Readers for fields of untrusted JSON objects, shared by the editor's converters. */

/** The value as a plain object, or undefined for anything else (null, arrays, primitives). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A finite number, or `fallback`. */
export function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A finite positive number, or undefined. */
export function optionalFinite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** An id as the engine reads it: a non-empty string, or a finite number as its decimal text. */
export function readIdText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A node's NodeTool type as the engine reads it: `type`, else `data.type`. */
export function readNodeType(raw: Record<string, unknown>): string {
  if (typeof raw.type === 'string' && raw.type) return raw.type;
  const fromData = asRecord(raw.data)?.type;
  return typeof fromData === 'string' ? fromData : String(raw.type);
}
