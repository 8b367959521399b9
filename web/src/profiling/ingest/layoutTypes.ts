/**
 * Layout-only node types: canvas annotations that never execute work (Comment, Preview, Group, …).
 * The engine gives them zero cost and never lists them as bottlenecks, whatever the metric table says.
 */

const LAYOUT_SHORT_NAMES: readonly string[] = ['Comment', 'Preview', 'Group'];

/**
 * True for node types whose short name (after the last dot) is a layout-only name, e.g.
 * `nodetool.workflows.base_node.Comment`, `nodetool.workflows.base_node.Preview`, `…Group`.
 *
 * @example isLayoutType('nodetool.workflows.base_node.Preview') // true
 */
export function isLayoutType(type: string): boolean {
  // No allocation on the hot path (called once per node).
  for (const name of LAYOUT_SHORT_NAMES) {
    if (
      type === name ||
      (type.endsWith(name) && type.charCodeAt(type.length - name.length - 1) === 46) /* . */
    )
      return true;
  }
  return false;
}

/** The part of a type after its last dot: `nodetool.agents.Agent` → `Agent`. */
export function shortTypeName(type: string): string {
  let name = SHORT_NAMES.get(type);
  if (name === undefined) {
    const dot = type.lastIndexOf('.');
    name = dot >= 0 ? type.slice(dot + 1) : type;
    if (SHORT_NAMES.size >= SHORT_NAMES_MAX) SHORT_NAMES.clear();
    SHORT_NAMES.set(type, name);
  }
  return name;
}

/** Short names by type: every node without a title gets one, and graphs repeat a few types many times. */
const SHORT_NAMES = new Map<string, string>();
/** Types remembered (cleared when full, so odd inputs cannot grow it without bound). */
const SHORT_NAMES_MAX = 4096;
