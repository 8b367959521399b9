/**
 * `workflow-performance-profiler/engine`: everything that runs without React, MUI, Zustand or a browser —
 * the analysis engine, the measured-runs model (parsers, derivation, calibration) and the NodeTool workflow
 * import. Usable from plain Node, a Web Worker or a CLI.
 *
 * @example
 * import { importWorkflowText, profileWorkflow } from 'workflow-performance-profiler/engine';
 * const result = importWorkflowText(readFileSync('workflow.json', 'utf8'), 'workflow.json');
 * if (result.ok) console.log(profileWorkflow(result.workflow).summary.grade);
 */
export * from '../profiling';
export * from '../runs';
export {
  importWorkflowText,
  importWorkflowValue,
  formatIssue,
  MAX_IMPORT_CHARS,
  type ImportResult,
} from '../workflow/importWorkflow';
export { toEditorWorkflow, toNodetoolWorkflow } from '../workflow/convertWorkflow';
export type { EditorWorkflow, WorkflowFlowNode, WorkflowFlowEdge } from '../workflow/editorGraph';
export type {
  EditorEdge,
  EditorNode,
  EditorNodeData,
  NodetoolEdge,
  NodetoolGraph,
  NodetoolNode,
  NodetoolWorkflow,
} from '../workflow/nodetoolTypes';
