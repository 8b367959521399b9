/**
 * The profiler keys profiles by workflow id. A NodeTool file carries its own `id`; examples and files
 * without one are keyed by where they came from (`example:…`, `file:…`, `paste`), so switching workflows
 * shows each one's own report and switching back finds it again.
 */
import type { WorkflowMeta } from '../workflow/editorGraph';

/** The profile key of the workflow in the editor. */
export function getWorkflowKey(meta: WorkflowMeta, source: string): string {
  const id = meta.id;
  if (typeof id === 'string' && id.trim() !== '') return `workflow:${id}`;
  return source || 'untitled';
}
