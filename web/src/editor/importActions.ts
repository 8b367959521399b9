/**
 * Imports into an editor store: on success the workflow replaces the current one and a notice says what was
 * loaded; on failure the store shows the coded errors and keeps the current workflow. No React here, so
 * tests and other entry points can call it directly.
 */
import { findExample } from '../examples';
import {
  MAX_IMPORT_CHARS,
  formatIssue,
  importWorkflowText,
  importWorkflowValue,
  type ImportResult,
} from '../workflow/importWorkflow';
import type { EditorStore } from './store';
import { pluralize } from '../text/pluralize';

function applyResult(store: EditorStore, result: ImportResult, source: string, sourceKey: string): boolean {
  const state = store.getState();
  if (!result.ok) {
    state.reportImportFailure({ source, issues: result.errors });
    return false;
  }
  state.loadWorkflow(result.workflow, sourceKey);
  const { nodes, edges } = result.workflow;
  const summary = `Opened “${result.workflow.name}” (${pluralize(nodes.length, 'node')}, ${pluralize(edges.length, 'edge')})`;
  const first = result.warnings[0];
  state.showNotice(
    first
      ? {
          severity: 'warning',
          message: `${summary} with ${result.warnings.length} warning${result.warnings.length > 1 ? 's' : ''}: ${formatIssue(first)}`,
        }
      : { severity: 'success', message: summary },
  );
  return true;
}

/** Imports workflow text (a file's content or pasted text). Returns true when it was loaded. */
export function importTextIntoStore(
  store: EditorStore,
  text: string,
  source: string,
  sourceKey = source,
): boolean {
  return applyResult(store, importWorkflowText(text, source), source, sourceKey);
}

/** Reads a File's text (File.text where available, FileReader otherwise). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

/** Imports a user's file. Returns true when it was loaded. */
export async function importFileIntoStore(store: EditorStore, file: File): Promise<boolean> {
  const source = `file “${file.name}”`;
  // Checked before reading: a JSON character is at least one byte, so this bound never rejects a valid file.
  if (file.size > MAX_IMPORT_CHARS * 4) {
    store.getState().reportImportFailure({
      source,
      issues: [
        {
          code: 'import.too-large',
          severity: 'error',
          message: `${file.name} is ${(file.size / 1e6).toFixed(0)} MB; workflow files are far smaller (the limit is ${MAX_IMPORT_CHARS / 1e6} million characters).`,
        },
      ],
    });
    return false;
  }
  let text: string;
  try {
    text = await readFileText(file);
  } catch (error) {
    store.getState().reportImportFailure({
      source,
      issues: [
        {
          code: 'import.unreadable',
          severity: 'error',
          message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    });
    return false;
  }
  return applyResult(store, importWorkflowText(text, file.name), source, `file:${file.name}`);
}

/** Loads one of the bundled examples through the same import path as user files. */
export async function loadExampleIntoStore(store: EditorStore, exampleId: string): Promise<boolean> {
  const example = findExample(exampleId);
  if (!example) {
    store.getState().reportImportFailure({
      source: `example “${exampleId}”`,
      issues: [
        {
          code: 'import.unknown-example',
          severity: 'error',
          message: `There is no bundled example “${exampleId}”.`,
        },
      ],
    });
    return false;
  }
  const value = await example.load();
  return applyResult(
    store,
    importWorkflowValue(value, example.file),
    `example “${example.name}”`,
    `example:${example.id}`,
  );
}
