/** Turn the cycles found by the graph kernel into located warnings. */
import { ENGINE_CODES } from '../errors';
import type { ProfileIssue } from '../types';

const LISTED_IDS = 8;

/** One `graph.cycle` warning per strongly connected component, naming its nodes. */
export function describeCycles(cycles: readonly number[][], nodeIds: readonly string[]): ProfileIssue[] {
  return cycles.map((cycle) => {
    const ids = cycle.map((v) => nodeIds[v]!);
    const listed = ids
      .slice(0, LISTED_IDS)
      .map((id) => `"${id}"`)
      .join(', ');
    const more = ids.length > LISTED_IDS ? ` and ${ids.length - LISTED_IDS} more` : '';
    return {
      code: ENGINE_CODES.graphCycle,
      severity: 'warning',
      message: `Nodes ${listed}${more} form a cycle (each waits for the others). They are analysed as one sequential step; break the loop to get an exact schedule.`,
      nodeId: ids[0],
      nodeIds: ids,
    };
  });
}

/** The `graph.empty` warning. */
export function describeEmptyWorkflow(nodeCount: number): ProfileIssue {
  return {
    code: ENGINE_CODES.graphEmpty,
    severity: 'warning',
    message:
      nodeCount === 0
        ? 'The workflow has no nodes: there is nothing to profile.'
        : 'The workflow has only layout nodes (Comment, Preview, Group): there is no work to profile.',
  };
}
