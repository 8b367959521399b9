/**
 * Validation without profiling: everything the editor's import needs to accept, warn about or reject a file.
 */
import { condenseGraph } from '../graph/condenseGraph';
import { buildKernelFromWorkflow } from '../graph/fromWorkflow';
import { ingestWorkflow, inputListSizes } from '../ingest/ingestWorkflow';
import type { IngestedWorkflow } from '../ingest/types';
import { estimateScratchBytes, withScratch } from '../graph/scratch';
import { isLayoutType } from '../ingest/layoutTypes';
import { resolveHardware } from '../hardware/resolveHardware';
import { collectWarnings } from '../profile/collectWarnings';
import { estimateNodes } from '../profile/estimateNodes';
import { computeNodeOrder } from '../profile/nodeOrder';
import { getBuiltinMetricTable } from '../profile/resolveOptions';
import type { ProfileIssue } from '../types';
import { describeCycles, describeEmptyWorkflow } from './cycleIssues';

/** Errors (the file cannot be profiled) and warnings (it can, with the stated caveats). */
export interface ValidationResult {
  errors: ProfileIssue[];
  warnings: ProfileIssue[];
}

/**
 * Check a workflow in either shape without throwing: the input's shape (with the field path), node ids and
 * types, duplicate ids, edges to missing nodes, self-loops, cycles (warnings: profiling condenses them),
 * parameters that are not numbers, negative or absurd (as the estimators find them), and empty workflows.
 *
 * @example
 * const { errors, warnings } = validateWorkflow(JSON.parse(text));
 * if (errors.length > 0) showImportError(errors[0].message);
 */
export function validateWorkflow(input: unknown): ValidationResult {
  const sizes = inputListSizes(input);
  return withScratch(estimateScratchBytes(sizes.nodes, sizes.edges), () => {
    const workflow = ingestWorkflow(input);
    const issues = [...workflow.issues];
    const fatal = issues.some((issue) => issue.severity === 'error');
    if (fatal) {
      return {
        errors: issues.filter((issue) => issue.severity === 'error'),
        warnings: issues.filter((issue) => issue.severity === 'warning'),
      };
    }
    return validateIngested(workflow, issues);
  });
}

function validateIngested(workflow: IngestedWorkflow, issues: ProfileIssue[]): ValidationResult {
  const graph = buildKernelFromWorkflow(workflow);
  const condensed = condenseGraph(graph);
  issues.push(...describeCycles(condensed.cycles, workflow.ids));
  if (!workflow.types.some((type) => !isLayoutType(type))) {
    issues.push(describeEmptyWorkflow(workflow.nodeCount));
  }
  // Parameter problems (negative, absurd, unreadable values) are found by the estimators: run them once with
  // the built-in tables and the default hardware, and keep their warnings.
  const { estimates } = estimateNodes(workflow, graph, computeNodeOrder(condensed, workflow.nodeCount), {
    hardware: resolveHardware(undefined),
    assumptions: {},
    table: getBuiltinMetricTable(),
  });
  const warnings = collectWarnings(issues, estimates, workflow.ids);
  return { errors: [], warnings };
}
