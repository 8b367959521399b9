/**
 * The published scoring model: metrics, control points and weights. Every control point is an ASSUMPTION of
 * this project (there is no industry benchmark for "a good AI workflow"), chosen so that a chat reply or a
 * single image on a capable device scores A and a workflow that does not fit its device fails; they are
 * documented, with the reasoning, in docs/reference.md.
 */

export interface MetricCurve {
  id: string;
  label: string;
  unit: string;
  /** Value that scores 0.90. */
  p10: number;
  /** Value that scores 0.50. */
  median: number;
  weight: number;
}

/** Metrics in display order; weights sum to 1. */
export const SCORING_MODEL: readonly MetricCurve[] = [
  // 30 s: a long chat answer or one SDXL image on a laptop; 3 min: a multi-step agent or FLUX on a laptop.
  {
    id: 'critical-path',
    label: 'Critical path (unlimited workers)',
    unit: 'ms',
    p10: 30_000,
    median: 180_000,
    weight: 0.3,
  },
  // Half the usable device memory leaves room for other apps; at 90 % paging or OOM is likely.
  {
    id: 'memory-fit',
    label: 'Peak device memory / usable memory',
    unit: 'ratio',
    p10: 0.5,
    median: 0.9,
    weight: 0.25,
  },
  // Time lost waiting for a worker or the GPU, relative to the critical path.
  {
    id: 'schedule-overhead',
    label: 'Lane wait (makespan / critical path − 1)',
    unit: 'ratio',
    p10: 0.1,
    median: 1,
    weight: 0.15,
  },
  // Total compute: what the run costs even when parallel.
  {
    id: 'total-runtime',
    label: 'Total runtime (sum of nodes)',
    unit: 'ms',
    p10: 60_000,
    median: 600_000,
    weight: 0.15,
  },
  // Nodes without a metric definition are guesses: the score says how much of it is guessed.
  {
    id: 'unknown-share',
    label: 'Share of nodes without a metric definition',
    unit: 'ratio',
    p10: 0.05,
    median: 0.3,
    weight: 0.15,
  },
];

/**
 * Share of device memory a workflow may use: Apple GPUs may use ~70 % (≤ 32 GB machines) to ~78 % (larger) of
 * unified memory by default (../shared/ESTIMATION.md, "Hardware profile"); CPU-only machines 80 % (ASSUMPTION:
 * room for the OS and other programs); discrete GPUs all of their VRAM (estimates already include the runtime
 * overhead).
 */
export function usableMemoryMb(hardware: { vendor: string; memoryGb: number }): number {
  const mb = hardware.memoryGb * 1000;
  if (hardware.vendor === 'apple') return mb * (hardware.memoryGb <= 32 ? 0.7 : 0.78);
  if (hardware.vendor === 'cpu') return mb * 0.8;
  return mb;
}
