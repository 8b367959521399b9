/** Small readers for untyped JSON (messages, spans, workflow graphs): no casts scattered over the parsers. */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when `value` is an object, else undefined. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

export function stringField(value: unknown, key: string): string | null {
  const v = field(value, key);
  return typeof v === 'string' ? v : null;
}

export function finiteField(value: unknown, key: string): number | null {
  const v = field(value, key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** JSON-ish description of a value for error messages ("a string", "null", "an array"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a non-finite number';
  return `a ${typeof value}`;
}
