/**
 * Layout-only node types: canvas annotations that never execute work (Comment, Preview, Group, …).
 * The engine gives them zero cost and never lists them as bottlenecks, whatever the metric table says.
 */

const LAYOUT_SHORT_NAMES = new Set(['Comment', 'Preview', 'Group']);

/**
 * True for node types whose short name (after the last dot) is a layout-only name, e.g.
 * `nodetool.workflows.base_node.Comment`, `nodetool.workflows.base_node.Preview`, `…Group`.
 *
 * @example isLayoutType('nodetool.workflows.base_node.Preview') // true
 */
export function isLayoutType(type: string): boolean {
  // endsWith first: no allocation on the hot path (called once per node).
  const last = type.charCodeAt(type.length - 1);
  if (last !== 116 /* t */ && last !== 119 /* w */ && last !== 112 /* p */) return false;
  return LAYOUT_SHORT_NAMES.has(shortTypeName(type));
}

/** The part of a type after its last dot: `nodetool.agents.Agent` → `Agent`. */
export function shortTypeName(type: string): string {
  const dot = type.lastIndexOf('.');
  return dot >= 0 ? type.slice(dot + 1) : type;
}
