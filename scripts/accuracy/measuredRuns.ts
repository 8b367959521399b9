/**
 * Measured-run accuracy: each node's estimate beside what a real run measured, with the error factor
 * max(m/e, e/m), and the summary over the nodes that may be scored. Pure: the runs are derived and the
 * workflows profiled before this is called (scripts/accuracy/loadMeasuredRuns.ts).
 */
import type { Profile } from '../../web/src/profiling';
import { median, type NodeRun, type RunRecord, type TrustFlag } from '../../web/src/runs';
import { errorFactor } from './stats';

/**
 * Why a node is or is not in the headline figures.
 * - `scored`: trusted time, a type the estimator knows, both times above zero.
 * - `unknown-type`: trusted time, but the estimator fell back to its default estimate for the type.
 * - `untrusted`: a time exists but carries trust flags (see `TrustFlag`).
 * - `errored`: the node raised an error; its time is time to failure, not its work.
 * - `zero-time`: the estimate or the measurement is 0 ms, so no ratio exists.
 * - `not-measured`: no finished time (unfinished, not run, or absent from the run).
 */
export type NodeScoreKind =
  'scored' | 'unknown-type' | 'untrusted' | 'errored' | 'zero-time' | 'not-measured';

/** One node of one run beside its estimate. */
export interface NodeComparison {
  nodeId: string;
  nodeType: string;
  estimateMs: number;
  /** The run's own-work time (`NodeRun.totalMs`); null when none finished. */
  measuredMs: number | null;
  /** max(m/e, e/m); null when either time is missing or zero. */
  factor: number | null;
  kind: NodeScoreKind;
  /** The node's trust flags in the run (empty when trusted). */
  flags: TrustFlag[];
  /** Run status of the node; `absent` when the run does not mention it. */
  status: NodeRun['status'] | 'absent';
}

/** One run (recording) compared with the profile of its workflow. */
export interface RunComparison {
  /** Where the run came from (a file path). */
  label: string;
  status: RunRecord['status'];
  nodes: NodeComparison[];
  /** Ids of nodes the run reports that the profiled workflow does not have. */
  extraNodeIds: string[];
}

/** Headline figures over a set of node comparisons. */
export interface ErrorSummary {
  /** Nodes in the figures. */
  n: number;
  /** Median error factor; NaN when `n` is 0. */
  medianFactor: number;
  /** Share of those nodes within 2× (0 when `n` is 0). */
  within2: number;
  /** The largest factors first, with the run they come from. */
  worst: Array<NodeComparison & { label: string }>;
}

export interface SummarizeOptions {
  /** Count `unknown-type` nodes in the figures too. @default false */
  includeUnknown?: boolean;
  /** How many worst nodes to keep. @default 5 */
  worstCount?: number;
}

/**
 * Compare every node of `profile` with its measured time in `run` (matched by node id).
 *
 * @example
 * const comparison = compareRunWithProfile(profileWorkflow(workflow), record, '02-diamond.jsonl');
 */
export function compareRunWithProfile(profile: Profile, run: RunRecord, label: string): RunComparison {
  const known = new Set(profile.nodes.map((node) => node.id));
  const nodes = profile.nodes
    .filter((node) => !node.layoutOnly)
    .map((node): NodeComparison => {
      const measured = run.nodes[node.id];
      const measuredMs = measured?.totalMs ?? null;
      const factor =
        measuredMs !== null && measuredMs > 0 && node.runtimeMs > 0
          ? errorFactor(node.runtimeMs, measuredMs)
          : null;
      return {
        nodeId: node.id,
        nodeType: node.type,
        estimateMs: node.runtimeMs,
        measuredMs,
        factor,
        kind: classify(measured, node.known, factor),
        flags: measured ? [...measured.flags] : [],
        status: measured?.status ?? 'absent',
      };
    });
  const extraNodeIds = Object.keys(run.nodes).filter((id) => !known.has(id));
  return { label, status: run.status, nodes, extraNodeIds };
}

function classify(measured: NodeRun | undefined, known: boolean, factor: number | null): NodeScoreKind {
  if (!measured || measured.totalMs === null) return 'not-measured';
  if (measured.status === 'error') return 'errored';
  if (!measured.trusted) return 'untrusted';
  if (factor === null) return 'zero-time';
  return known ? 'scored' : 'unknown-type';
}

/** Whether a comparison counts in the headline figures. */
export function countsInSummary(node: NodeComparison, includeUnknown = false): boolean {
  return node.kind === 'scored' || (includeUnknown && node.kind === 'unknown-type');
}

/**
 * Median error factor, share within 2× and worst nodes over the runs' countable nodes (each node of each
 * run counts once: two runs of one workflow give two samples per node).
 */
export function summarizeRunErrors(
  runs: readonly RunComparison[],
  options: SummarizeOptions = {},
): ErrorSummary {
  const counted = runs.flatMap((run) =>
    run.nodes
      .filter((node) => countsInSummary(node, options.includeUnknown))
      .map((node) => ({ ...node, label: run.label })),
  );
  const factors = counted.map((node) => node.factor as number);
  const n = factors.length;
  return {
    n,
    medianFactor: median(factors) ?? Number.NaN,
    within2: n === 0 ? 0 : factors.filter((f) => f <= 2).length / n,
    worst: [...counted]
      .sort((a, b) => (b.factor as number) - (a.factor as number))
      .slice(0, options.worstCount ?? 5),
  };
}
