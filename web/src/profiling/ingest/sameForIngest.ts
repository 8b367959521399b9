/**
 * Whether the engine's ingest reads two nodes (or edges) alike — e.g. whether an analysis worker's copy of a
 * node can stand for the editor's current one: an editor replaces
 * node objects for reasons the analysis never reads (React Flow measuring a card as it scrolls into view,
 * selection, drags), and re-posting every such node would send the whole graph after most edits.
 *
 * Two entries are the same for the analysis when every key the engine may read holds the identical value
 * (absent on both sides counts as identical), whatever the keys below hold. The engine's ingest reads a React
 * Flow node's `position`, `measured` and `parentId` only to tell the list's shape (is any of them set), so
 * that answer must also agree.
 */

import { isObject as isEntry } from './readFields';

/** React Flow node keys the engine does not read (layout, interaction and rendering state). */
const NODE_VIEW_KEYS: ReadonlySet<string> = new Set([
  'position',
  'positionAbsolute',
  'measured',
  'selected',
  'dragging',
  'resizing',
  'width',
  'height',
  'initialWidth',
  'initialHeight',
  'zIndex',
  'className',
  'style',
  'hidden',
  'draggable',
  'selectable',
  'connectable',
  'deletable',
  'focusable',
  'dragHandle',
  'sourcePosition',
  'targetPosition',
  'ariaLabel',
  'ariaRole',
  'domAttributes',
  'handles',
  'origin',
  'extent',
  'expandParent',
]);

/** React Flow edge keys the engine does not read. */
const EDGE_VIEW_KEYS: ReadonlySet<string> = new Set([
  'selected',
  'animated',
  'hidden',
  'deletable',
  'selectable',
  'focusable',
  'reconnectable',
  'zIndex',
  'className',
  'style',
  'label',
  'labelStyle',
  'labelShowBg',
  'labelBgStyle',
  'labelBgPadding',
  'labelBgBorderRadius',
  'markerStart',
  'markerEnd',
  'pathOptions',
  'interactionWidth',
  'ariaLabel',
  'ariaRole',
  'domAttributes',
]);

type Entry = Record<string, unknown>;

/** Every key outside `ignored` holds the identical value on both sides. */
function sameOutside(a: Entry, b: Entry, ignored: ReadonlySet<string>): boolean {
  for (const key in a) {
    if (!Object.hasOwn(a, key) || ignored.has(key)) continue;
    if (a[key] !== b[key] || !Object.hasOwn(b, key)) return false;
  }
  for (const key in b) {
    if (!Object.hasOwn(b, key) || ignored.has(key)) continue;
    if (!Object.hasOwn(a, key)) return false;
  }
  return true;
}

/** Whether a node carries one of the React Flow markers the ingest's shape detection looks for. */
export function hasReactFlowMarker(node: Entry): boolean {
  return node.position !== undefined || node.parentId !== undefined || node.measured !== undefined;
}

/** True when the engine reads `a` and `b` alike (see the module comment). */
export function isSameNodeForAnalysis(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isEntry(a) || !isEntry(b)) return false;
  return hasReactFlowMarker(a) === hasReactFlowMarker(b) && sameOutside(a, b, NODE_VIEW_KEYS);
}

/** True when the engine reads edges `a` and `b` alike. */
export function isSameEdgeForAnalysis(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isEntry(a) || !isEntry(b)) return false;
  return sameOutside(a, b, EDGE_VIEW_KEYS);
}

/**
 * Indices of the entries of `next` that `same` does not find alike with the entry at the same index of
 * `previous` (lists of equal length), in order; null when there are more than `budget`.
 */
export function changedIndices(
  previous: readonly unknown[],
  next: readonly unknown[],
  budget: number,
  same: (a: unknown, b: unknown) => boolean,
): number[] | null {
  const changed: number[] = [];
  for (let i = 0; i < next.length; i++) {
    if (same(previous[i], next[i])) continue;
    if (changed.length >= budget) return null;
    changed.push(i);
  }
  return changed;
}
