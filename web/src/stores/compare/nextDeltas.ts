/** How the change panel of a workflow moves when a profile arrives or a baseline is pinned. */
import { diffProfiles } from '../../compare/diffProfiles';
import {
  readWorkflowStructure,
  structureNodes,
  type WorkflowStructure,
} from '../../compare/readWorkflowStructure';
import { createNodeReader } from '../../profiling/ingest/createNodeReader';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import type { ProfiledGraph, WorkflowDeltas } from './storeTypes';

/**
 * The structure of each graph compared, by its node array (the editor hands out immutable arrays): a graph
 * is read once however many times it is compared (the two analysis passes, a pinned baseline).
 */
const structures = new WeakMap<EditorNode[], { edges: EditorEdge[]; structure: WorkflowStructure }>();

function structureOf(graph: ProfiledGraph): WorkflowStructure {
  const cached = structures.get(graph.nodes);
  if (cached && cached.edges === graph.edges) return cached.structure;
  const structure = readNextStructure(graph);
  structures.set(graph.nodes, { edges: graph.edges, structure });
  return structure;
}

/**
 * Read (and keep) the structure of a graph ahead of its first comparison: the first profile of a workflow
 * has nothing to compare with, so without this the first edit after loading read the whole graph (≈ 0.2 s
 * of main thread at 10,000 nodes) while the user waited for the report.
 */
export function prepareStructure(graph: ProfiledGraph): void {
  structureOf(graph);
}

/**
 * The structure of the next graph of an editing session: after an edit of a few nodes only those are read
 * again (`createNodeReader`), and an unchanged edge list with the same node ids keeps its dependencies.
 */
const readNodes = createNodeReader();
let lastRead: { ids: readonly string[]; edges: EditorEdge[]; structure: WorkflowStructure } | null = null;

function readNextStructure(graph: ProfiledGraph): WorkflowStructure {
  const reading = readNodes({ nodes: graph.nodes, edges: graph.edges });
  if (!reading || !lastRead || lastRead.edges !== graph.edges || lastRead.ids !== reading.ids) {
    const structure = readWorkflowStructure({ nodes: graph.nodes, edges: graph.edges });
    lastRead = reading && { ids: reading.ids, edges: graph.edges, structure };
    return structure;
  }
  const structure = { nodes: structureNodes(reading), edges: lastRead.structure.edges };
  lastRead = { ids: reading.ids, edges: graph.edges, structure };
  return structure;
}

export const NO_DELTAS: WorkflowDeltas = {
  current: null,
  previous: null,
  baseline: null,
  diff: null,
  against: null,
  baselineNote: null,
};

/** Same version (or, when the version is unknown, the same graph arrays) on the same device. */
function sameInputs(a: ProfiledGraph, b: ProfiledGraph): boolean {
  if (a.hardwareId !== b.hardwareId) return false;
  if (a.version !== null && b.version !== null) return a.version === b.version;
  return a.nodes === b.nodes && a.edges === b.edges;
}

/** The deltas with `current`/`previous`/`baseline` as given, the diff recomputed against the reference. */
export function withDiff(deltas: Omit<WorkflowDeltas, 'diff' | 'against'>): WorkflowDeltas {
  const reference = deltas.baseline ?? deltas.previous;
  if (!reference || !deltas.current) return { ...deltas, diff: null, against: null };
  // The current profile pinned as the baseline: nothing to compare until the next edit.
  if (reference === deltas.current) return { ...deltas, diff: null, against: 'baseline' };
  const diff = diffProfiles(reference.profile, deltas.current.profile, {
    structures: { before: structureOf(reference), after: structureOf(deltas.current) },
  });
  return { ...deltas, diff, against: deltas.baseline ? 'baseline' : 'previous' };
}

/** The deltas after `entry` arrives. */
export function recordEntry(deltas: WorkflowDeltas, entry: ProfiledGraph): WorkflowDeltas {
  const { current, previous, baseline } = deltas;
  const replaces = current !== null && sameInputs(current, entry);
  // A pinned current profile follows its own second analysis pass (same version and device).
  const pinned = replaces && baseline === current ? entry : baseline;
  return withDiff({
    current: entry,
    previous: replaces ? previous : current,
    baseline: pinned,
    baselineNote: pinned ? deltas.baselineNote : null,
  });
}
