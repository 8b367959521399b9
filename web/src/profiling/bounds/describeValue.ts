/**
 * A short, never-throwing description of any value for an error message. `JSON.stringify` throws on BigInt
 * and circular objects and copies huge values whole; messages must neither crash nor echo megabytes.
 */

/** Longest description kept (characters); longer ones end in "…". */
const MAX_CHARS = 60;

/**
 * Describe a value in at most ~60 characters.
 * @example describeValue(4n) // '4n (a BigInt)'
 * @example describeValue({ a: 1 }) // 'an object'
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${shorten(value.toString())}n (a BigInt)`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
  }
}

function quote(text: string): string {
  const short = shorten(text);
  // Escapes quotes, backslashes and control characters, so the message stays on one line.
  return JSON.stringify(short);
}

function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
}
