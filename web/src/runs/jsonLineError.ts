/**
 * The column of a JSON syntax error in one line of a JSON-lines file, as the editor reports errors in a
 * workflow file (line and column), never the engine's byte position.
 */
import { locateJsonSyntaxError } from '../workflow/parseJsonText';

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
