/**
 * The label the panel shows for a node — the same text the canvas shows on the node card.
 */
import { getNodeTitle, getShortTypeName } from '../../workflow/nodeDisplay';
import type { NodeProfile } from '../../profiling/types';

/**
 * A node's display title, as the editor derives it (`getNodeTitle`): a real title is kept; an untitled node
 * (the engine fills in the raw short type, e.g. `ImageOutput`) gets the humanized type, `Image Output`.
 *
 * @example labelNode({ id: 'n1', title: 'ImageOutput', type: 'nodetool.output.ImageOutput' }) // 'Image Output'
 */
export function labelNode(node: Pick<NodeProfile, 'id' | 'title' | 'type'>): string {
  const title = node.title.trim();
  // The engine stores the short type name when the workflow gives no title; the canvas humanizes it.
  if (title && title !== getShortTypeName(node.type)) return title;
  if (!title && !node.type) return node.id;
  return getNodeTitle(node.type);
}
