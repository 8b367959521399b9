/**
 * Text → JSON with a clear, located error. `JSON.parse` messages differ between engines; this module turns
 * them into a line and column the user can find in their file.
 */
import type { ProfileIssue } from '../profiling/types';
import { findJsonErrorOffset } from './findJsonErrorOffset';

/** Result of parsing user-supplied text. */
export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; issue: ProfileIssue };

/** Converts a 0-based character offset into 1-based line and column. */
export function locateOffset(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: clamped - lineStart + 1 };
}

/** Finds the error position in a V8/SpiderMonkey/JSC `JSON.parse` message, as an offset, if it has one. */
function findErrorOffset(message: string, text: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return Number(position[1]);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol?.[1] && lineCol[2]) {
    const lines = text.split('\n');
    const lineIndex = Number(lineCol[1]) - 1;
    let offset = 0;
    for (let i = 0; i < lineIndex && i < lines.length; i += 1) offset += (lines[i]?.length ?? 0) + 1;
    return offset + Number(lineCol[2]) - 1;
  }
  if (/end of (JSON )?(data|input)/i.test(message)) return text.length;
  return undefined;
}

/**
 * Parses `text` as JSON.
 * @returns the value, or an issue coded `import.empty` / `import.not-json` with line and column in the message.
 * @example parseJsonText('{"graph": ') // → { ok: false, issue: { code: 'import.not-json', … 'line 1, column 11' } }
 */
export function parseJsonText(text: string, sourceName = 'input'): ParseJsonResult {
  const stripped = text.replace(/^\uFEFF/, '');
  if (!stripped.trim()) {
    return {
      ok: false,
      issue: {
        code: 'import.empty',
        severity: 'error',
        message: `${sourceName} is empty: expected a NodeTool workflow JSON object.`,
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(stripped) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const offset = findErrorOffset(raw, stripped) ?? scanForErrorOffset(stripped);
    const where =
      offset === undefined
        ? ''
        : (() => {
            const { line, column } = locateOffset(stripped, offset);
            return ` at line ${line}, column ${column}`;
          })();
    return {
      ok: false,
      issue: {
        code: 'import.not-json',
        severity: 'error',
        // The engine's own message is left out: V8's quotes the text around the error, which may be any file.
        message: `${sourceName} is not valid JSON${where}${describeProblem(raw)}. Check for a missing comma, quote or bracket.`,
        field: offset === undefined ? undefined : where.replace(/^ at /, ''),
      },
    };
  }
}

/**
 * Where `JSON.parse(text)` failed, as a 1-based line and column, from the engine's error (V8 gives a byte
 * position, other engines a line and column, some nothing) or else from a scan of the text.
 * @returns undefined when no position can be found
 * @example try { JSON.parse(text) } catch (error) { locateJsonSyntaxError(text, error) } // { line: 3, column: 15 }
 */
export function locateJsonSyntaxError(
  text: string,
  error: unknown,
): { line: number; column: number } | undefined {
  const raw = error instanceof Error ? error.message : String(error);
  const offset = findErrorOffset(raw, text) ?? scanForErrorOffset(text);
  return offset === undefined ? undefined : locateOffset(text, offset);
}

/** The fallback scan, which recurses once per nesting level: a very deep file gives no position, not a crash. */
function scanForErrorOffset(text: string): number | undefined {
  try {
    return findJsonErrorOffset(text);
  } catch {
    return undefined;
  }
}

/** What went wrong, in words that quote nothing from the file. */
function describeProblem(engineMessage: string): string {
  if (/end of (JSON )?(data|input)/i.test(engineMessage)) return ' (the text ends too early)';
  if (/control character/i.test(engineMessage)) return ' (a control character inside a string)';
  if (/unexpected (token|character|non-whitespace)/i.test(engineMessage)) return ' (an unexpected character)';
  return '';
}
