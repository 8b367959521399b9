/** Saving the editor's workflow as a NodeTool JSON file (browser download). */
import { toNodetoolWorkflow } from '../workflow/convertWorkflow';
import type { EditorWorkflow } from '../workflow/editorGraph';
import { downloadText } from '../browser/downloadText';

/** A safe file name for a workflow name: `Research brief` → `research-brief.json`. */
export function toWorkflowFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'workflow'}.json`;
}

/** The NodeTool JSON text of a workflow (2-space indented, trailing newline). */
export function serializeWorkflow(workflow: EditorWorkflow): string {
  return `${JSON.stringify(toNodetoolWorkflow(workflow), null, 2)}\n`;
}

/** Starts a download of the workflow as NodeTool JSON. */
export function downloadWorkflow(workflow: EditorWorkflow): void {
  downloadText(toWorkflowFileName(workflow.name), serializeWorkflow(workflow));
}
