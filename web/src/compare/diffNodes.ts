/** Node-by-node comparison of two profiles, sorted by impact. */
import type { NodeProfile, Profile } from '../profiling/types';
import { diffParams } from './diffStructure';
import type { WorkflowStructure } from './readWorkflowStructure';
import type { NodeChange, NodeDiff, NodeFigures } from './types';
import { compareCodeUnits } from '../text/compareCodeUnits';

const CHANGE_ORDER: Record<NodeChange, number> = { added: 0, removed: 1, changed: 2, same: 3 };

/**
 * Every node of either profile with its cost change. A node on both sides is `changed` when its type or
 * parameters differ (known only with the workflows) or a cost figure moved by more than `tolerance`.
 */
export function diffNodes(
  before: Profile,
  after: Profile,
  tolerance: number,
  structures?: { before: WorkflowStructure; after: WorkflowStructure },
): NodeDiff[] {
  const timeScale = Math.max(before.summary.makespanMs, after.summary.makespanMs, 0);
  const vramScale = Math.max(before.summary.peakVramMb, after.summary.peakVramMb, 0);
  const impactOf = (runtimeDelta: number, vramDelta: number) =>
    (timeScale > 0 ? Math.abs(runtimeDelta) / timeScale : 0) +
    (vramScale > 0 ? Math.abs(vramDelta) / vramScale : 0);

  const beforeById = new Map(before.nodes.map((node) => [node.id, node]));
  const afterIds = new Set(after.nodes.map((node) => node.id));
  const rows: NodeDiff[] = [];
  for (const node of after.nodes) {
    const old = beforeById.get(node.id);
    rows.push(old ? compareNode(old, node) : sideOnly(node, 'added'));
  }
  for (const node of before.nodes) {
    if (!afterIds.has(node.id)) rows.push(sideOnly(node, 'removed'));
  }
  // Unchanged rows (impact 0, last in CHANGE_ORDER) always sort after the others, by id: sorting them
  // apart keeps the order and spares most of a large graph the full comparison.
  const moved = rows.filter((row) => row.change !== 'same');
  const same = moved.length === rows.length ? [] : rows.filter((row) => row.change === 'same');
  moved.sort(
    (a, b) =>
      b.impact - a.impact || CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || compareCodeUnits(a.id, b.id),
  );
  same.sort((a, b) => compareCodeUnits(a.id, b.id));
  return moved.length === 0 ? same : same.length === 0 ? moved : moved.concat(same);

  function sideOnly(node: NodeProfile, change: 'added' | 'removed'): NodeDiff {
    const sign = change === 'added' ? 1 : -1;
    const figures = figuresOf(node);
    const runtimeMsDelta = sign * node.runtimeMs;
    const vramMbDelta = sign * node.vramMb;
    return {
      id: node.id,
      title: node.title,
      type: node.type,
      category: node.category,
      change,
      before: change === 'removed' ? figures : null,
      after: change === 'added' ? figures : null,
      runtimeMsDelta,
      vramMbDelta,
      memoryMbDelta: sign * node.memoryMb,
      impact: impactOf(runtimeMsDelta, vramMbDelta),
    };
  }

  function compareNode(old: NodeProfile, node: NodeProfile): NodeDiff {
    const runtimeMsDelta = node.runtimeMs - old.runtimeMs;
    const vramMbDelta = node.vramMb - old.vramMb;
    const memoryMbDelta = node.memoryMb - old.memoryMb;
    const costChanged =
      Math.abs(runtimeMsDelta) > tolerance ||
      Math.abs(vramMbDelta) > tolerance ||
      Math.abs(memoryMbDelta) > tolerance;
    const row: NodeDiff = {
      id: node.id,
      title: node.title,
      type: node.type,
      category: node.category,
      change: 'same',
      before: figuresOf(old),
      after: figuresOf(node),
      runtimeMsDelta,
      vramMbDelta,
      memoryMbDelta,
      impact: 0,
    };
    let structureChanged = old.type !== node.type;
    if (structureChanged) row.typeBefore = old.type;
    const sides = structures && [structures.before.nodes.get(node.id), structures.after.nodes.get(node.id)];
    if (sides?.[0] && sides[1]) {
      row.paramChanges = diffParams(sides[0], sides[1]);
      if (row.paramChanges.length > 0) structureChanged = true;
    }
    if (structureChanged || costChanged) {
      row.change = 'changed';
      row.impact = impactOf(runtimeMsDelta, vramMbDelta);
    }
    return row;
  }
}

function figuresOf(node: NodeProfile): NodeFigures {
  return {
    runtimeMs: node.runtimeMs,
    vramMb: node.vramMb,
    memoryMb: node.memoryMb,
    onCriticalPath: node.onCriticalPath,
  };
}
