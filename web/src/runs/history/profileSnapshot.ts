/**
 * A profile snapshot: what the profiler estimated for one version of a workflow on one device, with the
 * graph of that version, so versions can be compared and trended after the editor has moved on. Only the
 * summary figures are kept (a full profile is recomputed from the graph when needed); the graph keeps what
 * the estimate depends on (ids, types, parameters, parents, edges), not positions or selection.
 */
import { hardwareKey } from '../../profiling';
import type { HardwareSpec, Profile, ProfileSummary } from '../../profiling/types';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';

/** Bump when the snapshot's shape changes; snapshots of another version are kept, listed as unreadable. */
export const PROFILE_SNAPSHOT_VERSION = 1;

/** The summary figures a trend draws. Units as in `ProfileSummary`. */
export interface SnapshotSummary {
  makespanMs: number;
  criticalPathMs: number;
  totalRuntimeMs: number;
  peakMemoryMb: number;
  peakVramMb: number;
  score: number | null;
  grade: ProfileSummary['grade'];
  nodeCount: number;
  edgeCount: number;
}

/** The graph of a workflow version, in the editor's shape (what `profileWorkflow` reads). */
export interface SnapshotGraph {
  nodes: EditorNode[];
  edges: EditorEdge[];
}

export interface ProfileSnapshot {
  version: typeof PROFILE_SNAPSHOT_VERSION;
  /** `workflowKey`, `workflowVersion` and `hardwareId` joined: one snapshot per version and device. */
  id: string;
  workflowKey: string;
  /** Cost-relevant hash of the graph (computeWorkflowVersion). */
  workflowVersion: string;
  /** Preset id, or a custom spec's name (see `hardwareKey`). */
  hardwareId: string;
  hardwareName: string;
  /** Epoch ms when this version was first estimated on this device: the order of versions in a trend. */
  firstSeenAt: number;
  /** Epoch ms of the latest estimate stored here. */
  savedAt: number;
  summary: SnapshotSummary;
  graph: SnapshotGraph;
}

/** What to save: the workflow, its version, the profile and the graph it came from. */
export interface NewProfileSnapshot {
  workflowKey: string;
  workflowVersion: string;
  profile: Profile;
  nodes: readonly EditorNode[];
  edges: readonly EditorEdge[];
}

/** The snapshot id of a workflow version on a device. */
export function snapshotId(workflowKey: string, workflowVersion: string, hardware: HardwareSpec): string {
  return JSON.stringify([workflowKey, workflowVersion, hardwareKey(hardware)]);
}

/** The snapshot to store for `input` (`firstSeenAt` from an existing snapshot of the same id, if any). */
export function createProfileSnapshot(
  input: NewProfileSnapshot,
  now: number,
  firstSeenAt: number = now,
): ProfileSnapshot {
  const { hardware } = input.profile;
  return {
    version: PROFILE_SNAPSHOT_VERSION,
    id: snapshotId(input.workflowKey, input.workflowVersion, hardware),
    workflowKey: input.workflowKey,
    workflowVersion: input.workflowVersion,
    hardwareId: hardwareKey(hardware),
    hardwareName: hardware.name,
    firstSeenAt,
    savedAt: now,
    summary: snapshotSummary(input.profile),
    graph: toSnapshotGraph(input.nodes, input.edges),
  };
}

/** The figures of a profile a snapshot keeps. */
export function snapshotSummary(profile: Profile): SnapshotSummary {
  const { summary } = profile;
  return {
    makespanMs: summary.makespanMs,
    criticalPathMs: summary.criticalPathMs,
    totalRuntimeMs: summary.totalRuntimeMs,
    peakMemoryMb: summary.peakMemoryMb,
    peakVramMb: summary.peakVramMb,
    score: summary.score,
    grade: summary.grade,
    nodeCount: summary.nodeCount,
    edgeCount: summary.edgeCount,
  };
}

/**
 * The graph without what the estimate does not read (positions, sizes, selection, styles, decorations),
 * as plain data that IndexedDB can store.
 */
export function toSnapshotGraph(nodes: readonly EditorNode[], edges: readonly EditorEdge[]): SnapshotGraph {
  return {
    nodes: nodes.map((node) => {
      const kept: EditorNode = {
        id: node.id,
        position: { x: 0, y: 0 },
        data: plain(node.data) as EditorNode['data'],
      };
      if (node.type !== undefined) kept.type = node.type;
      if (node.parentId !== undefined) kept.parentId = node.parentId;
      return kept;
    }),
    edges: edges.map((edge) => {
      const kept: EditorEdge = { id: edge.id, source: edge.source, target: edge.target };
      if (edge.sourceHandle !== undefined) kept.sourceHandle = edge.sourceHandle;
      if (edge.targetHandle !== undefined) kept.targetHandle = edge.targetHandle;
      if (edge.data !== undefined) kept.data = plain(edge.data) as EditorEdge['data'];
      return kept;
    }),
  };
}

/** A JSON round trip: drops functions and undefined, so the structured clone of IndexedDB cannot fail. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** Whether a stored value is a snapshot this profiler can read. */
export function isReadableSnapshot(value: unknown): value is ProfileSnapshot {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { version?: unknown }).version === PROFILE_SNAPSHOT_VERSION
  );
}
