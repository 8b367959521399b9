/**
 * The column of a JSON syntax error in one line of a JSON-lines file, as the editor reports errors in a
 * workflow file (line and column), never the engine's byte position.
 */
import { locateJsonSyntaxError } from '../workflow/parseJsonText';
import { RunParseError, type RunErrorCode } from './types';

/**
 * 1-based column, within `lineText` as it is in the file, where `JSON.parse` of the line's content (without
 * surrounding whitespace and a byte-order mark) failed with `error`; null when it cannot be told.
 * @example try { JSON.parse('  {"a": }') } catch (e) { columnOfJsonLineError('  {"a": }', e) } // 9
 */
export function columnOfJsonLineError(lineText: string, error: unknown): number | null {
  const content = lineText.trimStart().replace(/^\ufeff/, '');
  const where = locateJsonSyntaxError(content.trimEnd(), error);
  return where ? lineText.length - content.length + where.column : null;
}

/**
 * The value on one line of a JSON-lines file, or undefined for a blank line (`trim` also drops a byte-order
 * mark). A line that is not JSON throws `RunParseError(code, hint)` at its line and column.
 * @example parseJsonLine('{"a": 1}', 3, 'run.not-json', 'not JSON.') // { a: 1 }
 */
export function parseJsonLine(lineText: string, lineNo: number, code: RunErrorCode, hint: string): unknown {
  const raw = lineText.trim();
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new RunParseError(code, hint, lineNo, columnOfJsonLineError(lineText, error));
  }
}
