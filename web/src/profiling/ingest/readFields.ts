/** Defensive field readers for untrusted JSON (own properties only: no prototype lookups). */

export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of an object, or undefined (never reads `__proto__` or inherited members). */
export function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** A string id: strings as they are, finite numbers as their decimal text, anything else undefined. */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A non-empty string, or undefined. */
export function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Copy the own enumerable properties of `source` into `target`, in order, as `{ ...target, ...source }` would
 * (a `__proto__` key stays a plain key: it is defined, not assigned). Used instead of object spread in code
 * that runs on every analysis: V8 holds the shapes spread copies get only weakly, so a garbage collection
 * between two analyses frees them and throws away the optimised code that read such objects
 * (graph/keptObjects.ts); the shapes of objects built property by property are kept.
 */
export function assignOwn<T extends object>(target: T, source: object): T {
  const keys = Object.keys(source);
  const from = source as Record<string, unknown>;
  const to = target as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === '__proto__')
      Object.defineProperty(to, key, {
        value: from[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else to[key] = from[key];
  }
  return target;
}
