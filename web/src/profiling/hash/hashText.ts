/**
 * FNV-1a 64-bit over the UTF-16 code units of a string, as 16 hex digits. Not cryptographic: it names
 * things stably (record ids, workflow versions); equal input always gives the same hash in every runtime.
 */
const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
// FNV 64-bit prime = 2^40 + 0x1b3: multiply by splitting into 0x100 << 32 and 0x1b3.
const PRIME_LO = 0x1b3;

/** The running state of an FNV-1a 64 hash: its two 32-bit halves. */
export interface TextHashState {
  hi: number;
  lo: number;
}

/** The state before any text. */
export function startTextHash(): TextHashState {
  return { hi: OFFSET_HI, lo: OFFSET_LO };
}

/**
 * Feeds `text` into `state` (in place): hashing "ab" then "cd" gives the state of hashing "abcd", so a
 * hash can be resumed from a saved copy of its state.
 */
export function updateTextHash(state: TextHashState, text: string): TextHashState {
  let hi = state.hi;
  let lo = state.lo;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // (hi:lo) * (2^40 + 0x1b3) mod 2^64, in 32-bit halves.
    const loTimesPrime = lo * PRIME_LO;
    const carry = Math.floor(loTimesPrime / 0x100000000);
    const newLo = loTimesPrime >>> 0;
    const newHi = (hi * PRIME_LO + carry + ((lo << 8) >>> 0)) >>> 0;
    hi = newHi;
    lo = newLo;
  }
  state.hi = hi;
  state.lo = lo;
  return state;
}

/** The 16 hex digits of a state. */
export function digestTextHash(state: TextHashState): string {
  return state.hi.toString(16).padStart(8, '0') + state.lo.toString(16).padStart(8, '0');
}

export function hashText(text: string): string {
  return digestTextHash(updateTextHash(startTextHash(), text));
}
