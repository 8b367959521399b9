/**
 * The saved-profile file: the profile (schemaVersion 1, docs/profile.schema.json) with the measured runs it was
 * shown beside — `runs[]`, `summary.actual` and `nodes[].actual` (null / [] without runs). The CLI's
 * `--format json` and the panel's "Export → JSON" write this same document, and `readProfileFile` reads it
 * back (as a diff input, a budget baseline, or into the panel).
 */
import type { NodeProfile, Profile } from '../profiling/types';
import type { Measurements } from '../runs/measure/attachMeasurements';
import type { ActualSummary, NodeActual, RunRecord, TrustFlag } from '../runs/types';

/** A measured run with where it came from (a file path, a server URL, or the browser's run history). */
export interface SourcedRun {
  record: RunRecord;
  origin: string;
}

/** One entry of `runs[]`. */
export interface ProfileFileRun {
  id: string;
  source: string;
  origin: string;
  jobId: string | null;
  status: RunRecord['status'];
  wallMs: number | null;
  wallFromServer: boolean;
  startedAt: string;
  workflowVersion: string | null;
  warnings: string[];
}

/** `nodes[].actual`: the node's measurements over the runs, with the trust flags seen. */
export type ProfileFileNodeActual = Omit<NodeActual, 'runIds'> & { runIds: string[]; flags: TrustFlag[] };

/** The document. */
export type ProfileFile = Omit<Profile, 'nodes' | 'summary'> & {
  summary: Profile['summary'] & { actual: ActualSummary | null };
  nodes: (NodeProfile & { actual: ProfileFileNodeActual | null })[];
  runs: ProfileFileRun[];
};

/** Options of `toProfileFile`. */
export interface ProfileFileOptions {
  /**
   * Give the profile's own node objects their `actual` field instead of copying them: for the CLI, where a
   * million-node profile's copy would double the memory its streamed output is there to save. Never for a
   * profile a store still holds.
   * @default false
   */
  reuseNodes?: boolean;
}

/**
 * The saved-profile document for a profile and the runs measured beside it (`measured` from
 * `attachMeasurements(profile, runs.map((r) => r.record))`; `{ nodes: {}, summary: null }` without runs).
 */
export function toProfileFile(
  profile: Profile,
  runs: readonly SourcedRun[],
  measured: Pick<Measurements, 'nodes' | 'summary'>,
  options: ProfileFileOptions = {},
): ProfileFile {
  const actualOf = (id: string) => toFileActual(measured.nodes[id] ?? null, id, runs);
  let nodes: ProfileFile['nodes'];
  if (options.reuseNodes) {
    const reused = profile.nodes as (NodeProfile & { actual?: ProfileFileNodeActual | null })[];
    for (const node of reused) node.actual = actualOf(node.id);
    nodes = reused as ProfileFile['nodes'];
  } else nodes = profile.nodes.map((node) => ({ ...node, actual: actualOf(node.id) }));
  return {
    ...profile,
    runs: runs.map(({ record, origin }) => toFileRun(record, origin)),
    summary: { ...profile.summary, actual: measured.summary },
    nodes,
  };
}

/** Pretty JSON with a final newline, as the panel downloads it (the CLI streams the same text). */
export function serializeProfileFile(file: ProfileFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

function toFileRun(record: RunRecord, origin: string): ProfileFileRun {
  return {
    id: record.id,
    source: record.source,
    origin,
    jobId: record.jobId,
    status: record.status,
    wallMs: record.wallMs,
    wallFromServer: record.wallFromServer,
    startedAt: new Date(record.startedAt).toISOString(),
    workflowVersion: record.workflowVersion,
    warnings: record.warnings,
  };
}

function toFileActual(
  actual: NodeActual | null,
  nodeId: string,
  runs: readonly SourcedRun[],
): ProfileFileNodeActual | null {
  if (!actual) return null;
  const flags = new Set<TrustFlag>();
  for (const { record } of runs) for (const flag of record.nodes[nodeId]?.flags ?? []) flags.add(flag);
  return { ...actual, flags: [...flags] };
}
