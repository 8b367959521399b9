/**
 * Text for a terminal: names, titles, ids and warnings come from the user's file, and a file could hide
 * escape sequences in them (clear the screen, recolour, set the window title, rewrite a line with `\r`).
 */

// CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), their one-byte C1 forms, other ESC + one byte.
// An unterminated OSC loses only its introducer, so no later text disappears with it.
/* eslint-disable no-control-regex */
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u001b\u009c\n]*(?:\u0007|\u009c)|\u001b[@-_]?/g;
// C0 controls but tab and newline, DEL, C1 controls, and bidirectional overrides/isolates (text that
// displays in another order than it is stored).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NEEDS_CLEANING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/**
 * Removes terminal escape sequences and replaces other control characters with U+FFFD, keeping newlines
 * and tabs (`keepNewlines: false` turns them into spaces: for one line of a report).
 * @example cleanTerminalText('\u001b[31mred\u001b[0m') // 'red'
 */
export function cleanTerminalText(text: string, keepNewlines = true): string {
  const cleaned = NEEDS_CLEANING.test(text)
    ? text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '\uFFFD')
    : text;
  return keepNewlines ? cleaned : cleaned.replace(/[\n\t]/g, ' ');
}
