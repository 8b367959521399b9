/**
 * A cheap number per parameter object, computed by ingest while it reads the parameters, that parameter
 * objects found equal always share (`sameParams` in ingest/paramsClasses.ts: the same own keys, values equal
 * as primitives or as objects of the same kind whose own values are equal). It is not a hash: unequal objects
 * may share it. A node's parameters are compared key by key only with the parameter classes of the same
 * fingerprint, so a type with many parameter sets is not compared with each of its classes.
 */

/**
 * What one own property adds to the fingerprint: equal for equal keys with values the memo finds equal (a
 * string's length, a number's integer part, the kind of anything else). The fingerprint is the 32-bit sum of
 * these over the own enumerable keys, so key order does not matter.
 */
export function propertyCode(key: string, value: unknown): number {
  const n = key.length;
  const keyCode = n === 0 ? 0 : n * 1021 + key.charCodeAt(0) * 31 + key.charCodeAt(n - 1);
  return (Math.imul(keyCode, 0x9e3779b1) + valueCode(value)) | 0;
}

function valueCode(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return value.length * 8 + 1;
    case 'number':
      // `| 0`: 0 and -0 (equal) share a code.
      return ((value | 0) * 8 + 2) | 0;
    case 'boolean':
      return value ? 3 : 4;
    case 'object':
      return value === null ? 5 : Array.isArray(value) ? 6 : 7;
    default:
      return 0;
  }
}

/** The fingerprint of a parameter object (what ingest computes for each node's parameters). */
export function paramsFingerprint(params: Record<string, unknown>): number {
  let sum = 0;
  for (const key in params) {
    if (!Object.prototype.hasOwnProperty.call(params, key)) continue;
    sum = (sum + propertyCode(key, params[key])) | 0;
  }
  return sum;
}
