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
  return typeTitle(node.type);
}

/** Humanized type names by type: a 10,000-node report labels many nodes of few types. */
const TYPE_TITLES = new Map<string, string>();
const MAX_TYPE_TITLES = 4096;

function typeTitle(type: string): string {
  let title = TYPE_TITLES.get(type);
  if (title === undefined) {
    title = getNodeTitle(type);
    if (TYPE_TITLES.size >= MAX_TYPE_TITLES) TYPE_TITLES.clear();
    TYPE_TITLES.set(type, title);
  }
  return title;
}

/**
 * Builds a function that rewrites the engine's messages for people: every quoted node id (`Node "3f2a…"`)
 * becomes the node's title as the canvas shows it (`Node “Summarize”`); a title two nodes share keeps its id
 * (`“Agent” (3f2a…)`). Text that names no known node is left as it is.
 *
 * @example nameNodesIn(profile.nodes)('Node "n1" (nodetool.agents.Agent): …') // 'Node “Writer” (nodetool…'
 */
export function nameNodesIn(
  nodes: ReadonlyArray<Pick<NodeProfile, 'id' | 'title' | 'type'>>,
): (text: string) => string {
  const labels = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const node of nodes) {
    const label = labelNode(node);
    labels.set(node.id, label);
    uses.set(label, (uses.get(label) ?? 0) + 1);
  }
  const nameOf = (id: string): string | undefined => {
    const label = labels.get(id);
    if (label === undefined || label === id) return undefined;
    return (uses.get(label) ?? 0) > 1 ? `“${label}” (${id})` : `“${label}”`;
  };
  return (text) => text.replace(/"([^"\n]{1,200})"/g, (quoted, id: string) => nameOf(id) ?? quoted);
}
