/**
 * The cost key of a node: what must be equal for a measurement of it to stand for its cost again.
 */
import { canonicalJson } from '../hash/canonicalJson';
import { hashText } from '../hash/hashText';

/**
 * Hash of the node's type and parameters (canonical JSON, FNV-1a 64). Every parameter counts: the engine
 * cannot tell which ones a server ignores, so a changed parameter means "not measured".
 *
 * @remarks Reuses the runs model's canonical JSON and hash (both dependency-free), so the key the
 * calibration builder writes and the one the engine checks are computed by the same code.
 */
export function computeNodeCostKey(type: string, params: Record<string, unknown>): string {
  return hashText(canonicalJson({ type, params }));
}
