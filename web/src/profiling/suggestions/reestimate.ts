/** Re-estimate one node with new parameters, in the context it was first estimated in. */
import type { NodeEstimate, NormalizedNode } from '../estimate/types';
import { carryCalibration } from '../calibration/applyCalibration';
import { estimateContext, estimateOne } from '../profile/estimateNodes';
import type { SuggestionInput } from './proposeSuggestions';

/**
 * Estimate node `v` again with `params` in place of its own parameters. The context is the one the original
 * estimate had (hardware, assumptions, the constant text and the media sizes reaching the node), so the
 * difference between the two estimates is the effect of the parameter change alone.
 */
export function reestimateNode(
  input: SuggestionInput,
  v: number,
  params: Record<string, unknown>,
): NodeEstimate {
  const { options, workflow } = input;
  const node: NormalizedNode = { ...workflow.node(v), params };
  const ctx = estimateContext(options, input.upstreamChars[v]!, input.upstreamMedia[v]);
  const estimate = estimateOne(node, ctx, options.table);
  return options.calibration ? carryCalibration(input.estimates[v]!, estimate) : estimate;
}

/** True when the new estimate differs in time or memory (the estimator reacts to the change). */
export function estimateChanged(before: NodeEstimate, after: NodeEstimate): boolean {
  return (
    Math.abs(before.runtimeMs - after.runtimeMs) > 1e-6 ||
    Math.abs(before.vramMb - after.vramMb) > 1e-6 ||
    Math.abs(before.memoryMb - after.memoryMb) > 1e-6
  );
}
