import { RunParseError } from './types';

/** Default size limit of imported run files (UTF-8 bytes). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Throw `run.too-large` when `text` is over `maxBytes` UTF-8 bytes. Counts without allocating an encoded
 * copy: a string of n UTF-16 units is between n and 3n bytes, so only the unclear middle is counted.
 */
export function checkTextSize(text: string, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (text.length * 3 <= maxBytes) return;
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    throw new RunParseError(
      'run.too-large',
      `The file has at least ${bytes} bytes; the limit is ${maxBytes}. Split the recording or raise maxBytes.`,
    );
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
