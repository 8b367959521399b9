/**
 * A user's value quoted in a message: at most a short prefix, so a 10 MB parameter gives a short warning
 * (and a deeply nested one cannot overflow the stack while the message is built).
 */

/** Characters of a string value quoted in a message. */
export const QUOTED_CHARS = 40;

/**
 * `"abc"` for short strings, `"abc…" (10,000,000 characters)` for long ones, `true`/`12` for
 * primitives, `an object` / `an array of 3` for containers.
 * @example quoteValue('x'.repeat(100)) // '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…" (100 characters)'
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= QUOTED_CHARS) return JSON.stringify(value);
    return `${JSON.stringify(`${value.slice(0, QUOTED_CHARS)}…`)} (${value.length.toLocaleString('en-US')} characters)`;
  }
  if (Array.isArray(value)) return `an array of ${value.length.toLocaleString('en-US')}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'bigint') return `${value.toString().slice(0, QUOTED_CHARS)}n`;
  return String(value);
}
