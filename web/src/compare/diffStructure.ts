/** Parameters and edges that differ between two workflows. */
import { canonicalJson } from '../profiling/hash/canonicalJson';
import type { StructureNode, WorkflowStructure } from './readWorkflowStructure';
import type { EdgeKey, ParamChange } from './types';
import { compareCodeUnits } from '../text/compareCodeUnits';

/**
 * The parameters of one node that differ, by key in sorted order. Values are compared as canonical JSON
 * (key order inside objects does not matter); a key set on one side only is a change.
 */
export function diffParams(before: StructureNode, after: StructureNode): ParamChange[] {
  // The same parameter object (an untouched node of an immutable editor graph): nothing changed.
  if (before.params === after.params) return [];
  const keys = new Set([...Object.keys(before.params), ...Object.keys(after.params)]);
  const changes: ParamChange[] = [];
  for (const key of [...keys].sort()) {
    const b = Object.hasOwn(before.params, key) ? before.params[key] : undefined;
    const a = Object.hasOwn(after.params, key) ? after.params[key] : undefined;
    if (b === undefined && a === undefined) continue;
    if (b === undefined || a === undefined || canonicalJson(b) !== canonicalJson(a)) {
      changes.push({ key, before: b, after: a });
    }
  }
  return changes;
}

/**
 * Dependencies added and removed, counted as a multiset (two edges between the same nodes count twice).
 *
 * @remarks Edges are compared by source node, target node and kind (data or control), not by handle: the
 * engine's ingest keeps only the dependency, which is what the estimate depends on. Moving a connection
 * from one input of a node to another input of the same node is not listed.
 */
export function diffEdges(
  before: WorkflowStructure,
  after: WorkflowStructure,
): { added: EdgeKey[]; removed: EdgeKey[] } {
  // Fast path: the same dependencies in the same order (an edit that changed parameters only).
  if (sameInOrder(before.edges, after.edges)) return { added: [], removed: [] };
  const counts = new Map<string, { edge: EdgeKey; count: number }>();
  for (const edge of before.edges) bump(counts, edge, 1);
  for (const edge of after.edges) bump(counts, edge, -1);
  const added: EdgeKey[] = [];
  const removed: EdgeKey[] = [];
  for (const { edge, count } of counts.values()) {
    for (let i = 0; i < count; i++) removed.push(edge);
    for (let i = 0; i < -count; i++) added.push(edge);
  }
  return { added: added.sort(compareEdges), removed: removed.sort(compareEdges) };
}

function sameInOrder(a: readonly EdgeKey[], b: readonly EdgeKey[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.source !== y.source || x.target !== y.target || x.kind !== y.kind) return false;
  }
  return true;
}

function bump(counts: Map<string, { edge: EdgeKey; count: number }>, edge: EdgeKey, by: number): void {
  const key = JSON.stringify([edge.source, edge.target, edge.kind]);
  const entry = counts.get(key);
  if (entry) entry.count += by;
  else counts.set(key, { edge, count: by });
}

function compareEdges(a: EdgeKey, b: EdgeKey): number {
  return (
    compareCodeUnits(a.source, b.source) ||
    compareCodeUnits(a.target, b.target) ||
    compareCodeUnits(a.kind, b.kind)
  );
}
