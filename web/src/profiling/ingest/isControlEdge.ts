/** Which edges are control edges (an ordering dependency that carries no data). */
import { isObject } from './readFields';

/**
 * True for an edge marked control in any of the places the formats put it: NodeTool's `edge_type`, a React
 * Flow edge `type`, or the editor's `data.edgeType` (`data.edge_type` is accepted too).
 * @example isControlEdge({ source: 'a', target: 'b', type: 'control' }) // true
 */
export function isControlEdge(raw: Record<string, unknown>): boolean {
  if (raw.edge_type === 'control' || raw.type === 'control') return true;
  const data = raw.data;
  return isObject(data) && (data.edgeType === 'control' || data.edge_type === 'control');
}
