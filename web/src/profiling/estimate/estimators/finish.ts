/**
 * Assemble a NodeEstimate from an estimator's physics result: complexity, device adaptation, details with
 * source and assumptions, warnings.
 */
import type { Confidence, ExecutionDevice, NodeCategory, NodeDetails } from '../../types';
import { computeComplexity } from '../complexity';
import type { ParamReader } from '../parse/paramReader';
import type { NodeEstimate } from '../types';

export interface PhysicsResult {
  category: NodeCategory;
  baseComplexity: number;
  runtimeMs: number;
  memoryMb: number;
  vramMb: number;
  device: ExecutionDevice;
  confidence: Confidence;
  source: string;
  details?: Omit<NodeDetails, 'source' | 'assumptions'>;
  modelKey?: string;
  modelMemoryMb?: number;
  modelVramMb?: number;
  loadMs?: number;
  emitsItems?: number | null;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Round a detail number for display (3 significant digits for small values); other values unchanged. */
function tidyValue(v: unknown): unknown {
  if (typeof v !== 'number' || !Number.isFinite(v)) return v;
  return Math.abs(v) >= 100 ? Math.round(v) : threeDigits(v);
}

/**
 * `Number(v.toPrecision(3))`, remembered: the conversion goes through a string (≈ 0.15 µs), and the details of
 * a batch of similar nodes repeat the same values (model size, bits per weight, throughput, …).
 */
const THREE_DIGITS = new Map<number, number>();
const THREE_DIGITS_MAX = 4096;

function threeDigits(v: number): number {
  let rounded = THREE_DIGITS.get(v);
  if (rounded === undefined) {
    rounded = Number(v.toPrecision(3));
    if (THREE_DIGITS.size >= THREE_DIGITS_MAX) THREE_DIGITS.clear();
    THREE_DIGITS.set(v, rounded);
  }
  return rounded;
}

/**
 * Estimates fresh from `finishEstimate`, not yet seen by anyone else: `estimateNode` may sanitise these in
 * place instead of copying them (one entry: the latest; an estimator returning it once consumes it).
 */
let fresh: NodeEstimate | undefined;

/** True (once) when `est` is the object `finishEstimate` just built, which nobody else holds yet. */
export function takeFreshEstimate(est: NodeEstimate): boolean {
  if (est !== fresh) return false;
  fresh = undefined;
  return true;
}

/** Build the estimate: known type, complexity from time and memory. */
export function finishEstimate(reader: ParamReader, p: PhysicsResult): NodeEstimate {
  // Details: the physics details rounded for display (undefined values dropped), then source and assumptions.
  const details: Record<string, unknown> = {};
  const raw = p.details as Record<string, unknown> | undefined;
  if (raw) {
    for (const k in raw) {
      if (!Object.prototype.hasOwnProperty.call(raw, k)) continue;
      const v = raw[k];
      if (v !== undefined) details[k] = tidyValue(v);
    }
  }
  details.source = p.source;
  details.assumptions = reader.assumptions;
  // Every field is written, in the order of `fullEstimate`: all estimates share one object shape, so the
  // engine's per-node reads of them stay monomorphic.
  const est: NodeEstimate = {
    category: p.category,
    complexity: computeComplexity(p.runtimeMs, p.memoryMb + p.vramMb, p.baseComplexity),
    runtimeMs: r1(Math.max(0, p.runtimeMs)),
    memoryMb: r1(Math.max(0, p.memoryMb)),
    vramMb: r1(Math.max(0, p.vramMb)),
    device: p.device,
    known: true,
    confidence: p.confidence,
    layoutOnly: false,
    details: details as unknown as NodeDetails,
    modelKey: p.modelKey ? p.modelKey : undefined,
    modelMemoryMb: p.modelMemoryMb !== undefined ? r1(p.modelMemoryMb) : undefined,
    modelVramMb: p.modelVramMb !== undefined ? r1(p.modelVramMb) : undefined,
    loadMs: p.loadMs !== undefined ? r1(p.loadMs) : undefined,
    emitsItems: p.emitsItems,
    collectsItems: undefined,
    warnings: reader.warnings.length > 0 ? reader.warnings : undefined,
  };
  fresh = est;
  return est;
}

/**
 * Host RAM of the Python worker around a model (interpreter, framework, tokenizer, I/O buffers), bytes.
 * ASSUMPTION: 150 MB for llama.cpp / encoder clients, 200 MB for PyTorch speech / audio pipelines, 300 MB for
 * diffusers pipelines; 100 MB for small encoders. Shown in `memoryMb` on GPU devices.
 */
export const HOST_BYTES = { runtime: 150e6, encoder: 100e6, torchAudio: 200e6, diffusers: 300e6 } as const;

/** Place model memory: on a GPU device the weights live in VRAM (unified memory on Apple), else in RAM. */
export function placeMemory(
  onGpu: boolean,
  modelBytes: number,
  workingBytes: number,
  hostBytes: number,
): { memoryMb: number; vramMb: number; modelMemoryMb: number; modelVramMb: number } {
  const mb = (b: number) => b / 1e6;
  return onGpu
    ? {
        memoryMb: mb(hostBytes),
        vramMb: mb(modelBytes + workingBytes),
        modelMemoryMb: 0,
        modelVramMb: mb(modelBytes),
      }
    : {
        memoryMb: mb(hostBytes + modelBytes + workingBytes),
        vramMb: 0,
        modelMemoryMb: mb(modelBytes),
        modelVramMb: 0,
      };
}
