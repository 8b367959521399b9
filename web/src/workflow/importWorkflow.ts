/**
 * The project's one import path (editor file picker, drag-and-drop, paste, and scripts/import-check.ts):
 * text → JSON (located "not JSON" error) → the engine's `validateWorkflow` (coded, located structural
 * checks) → editor graph. Never throws; a failed import leaves the caller's workflow untouched.
 */
import { validateWorkflow } from '../profiling';
import type { ProfileIssue } from '../profiling/types';
import { toEditorWorkflow } from './convertWorkflow';
import type { EditorWorkflow } from './editorGraph';
import { parseJsonText } from './parseJsonText';

/** Largest text the editor accepts (assumption: 20 MB is far above any real workflow, ~1,000 nodes ≈ 0.5 MB). */
export const MAX_IMPORT_CHARS = 20_000_000;

/**
 * Engine warnings the editor treats as errors: the profiler can ignore a broken edge, but an editor that
 * silently dropped part of the user's graph would lose work on the next save.
 */
export const BLOCKING_IMPORT_CODES: ReadonlySet<string> = new Set([
  'edge.not-object',
  'edge.missing-endpoint',
  'edge.unknown-node',
  'edge.self-loop',
]);

/** Outcome of an import. Warnings (e.g. cycles) do not block a successful import. */
export type ImportResult =
  | { ok: true; workflow: EditorWorkflow; warnings: ProfileIssue[] }
  | { ok: false; errors: ProfileIssue[]; warnings: ProfileIssue[] };

/** Validates a parsed value and converts it for the editor. */
export function importWorkflowValue(value: unknown, sourceName = 'input'): ImportResult {
  let validation: { errors: ProfileIssue[]; warnings: ProfileIssue[] };
  try {
    validation = validateWorkflow(value);
  } catch (error) {
    // validateWorkflow is documented not to throw; keep the promise of "never a crash" regardless.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          code: 'import.unreadable',
          severity: 'error',
          message: `${sourceName} could not be checked: ${message}`,
        },
      ],
      warnings: [],
    };
  }
  const promoted = validation.warnings
    .filter((issue) => BLOCKING_IMPORT_CODES.has(issue.code))
    .map((issue) => ({
      ...issue,
      severity: 'error' as const,
      // The engine's wording says the edge is ignored; here the file is rejected instead.
      message: issue.message.replace(/[;,]\s*ignored\.?$/i, '.'),
    }));
  const errors = [...validation.errors, ...promoted];
  const warnings = validation.warnings.filter((issue) => !BLOCKING_IMPORT_CODES.has(issue.code));
  if (errors.length > 0) return { ok: false, errors, warnings };
  const fallbackName = sourceName.replace(/\.json$/i, '') || 'Untitled workflow';
  return { ok: true, workflow: toEditorWorkflow(value, fallbackName), warnings };
}

/**
 * Imports workflow text.
 * @param sourceName shown in messages, e.g. a file name.
 * @example
 * const result = importWorkflowText(await file.text(), file.name);
 * if (!result.ok) showErrors(result.errors); else load(result.workflow);
 */
export function importWorkflowText(text: string, sourceName = 'input'): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      ok: false,
      errors: [
        {
          code: 'import.too-large',
          severity: 'error',
          message: `${sourceName} has ${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_IMPORT_CHARS.toLocaleString('en-US')}.`,
        },
      ],
      warnings: [],
    };
  }
  const parsed = parseJsonText(text, sourceName);
  if (!parsed.ok) return { ok: false, errors: [parsed.issue], warnings: [] };
  return importWorkflowValue(parsed.value, sourceName);
}

/** One line for an issue: `[code] message — node "x", edge "y", field z`. */
export function formatIssue(issue: ProfileIssue): string {
  const where: string[] = [];
  if (issue.nodeId !== undefined && !issue.message.includes(issue.nodeId))
    where.push(`node "${issue.nodeId}"`);
  if (issue.edgeId !== undefined && !issue.message.includes(issue.edgeId))
    where.push(`edge "${issue.edgeId}"`);
  if (issue.field !== undefined && !issue.message.includes(issue.field)) where.push(`field ${issue.field}`);
  return `[${issue.code}] ${issue.message}${where.length > 0 ? ` — ${where.join(', ')}` : ''}`;
}
