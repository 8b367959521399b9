/** Re-estimate one node with new parameters, in the context it was first estimated in. */
import type { NodeEstimate, NormalizedNode } from '../estimate/types';
import { estimateOne } from '../profile/estimateNodes';
import type { SuggestionInput } from './proposeSuggestions';

export function reestimateNode(
  input: SuggestionInput,
  v: number,
  params: Record<string, unknown>,
): NodeEstimate {
  const { options, workflow } = input;
  const node: NormalizedNode = { ...workflow.nodes[v]!, params };
  return estimateOne(
    node,
    {
      hardware: options.hardware,
      upstreamTextChars: input.upstreamChars[v]!,
      assumptions: options.assumptions,
    },
    options.table,
  );
}

/** True when the new estimate differs in time or memory (the estimator reacts to the change). */
export function estimateChanged(before: NodeEstimate, after: NodeEstimate): boolean {
  return (
    Math.abs(before.runtimeMs - after.runtimeMs) > 1e-6 ||
    Math.abs(before.vramMb - after.vramMb) > 1e-6 ||
    Math.abs(before.memoryMb - after.memoryMb) > 1e-6
  );
}
