/**
 * Estimators for light nodes: image / audio / video operations, documents, data, vector stores, file I/O,
 * HTTP / search / mail, control flow, inputs and outputs. Costs scale with pixels, samples or characters;
 * network and disk are latency constants. Every constant is an ASSUMPTION shown on the node.
 */
import type { ExecutionDevice, NodeCategory } from '../../types';
import {
  computeAudioOpBytes,
  computeAudioOpMs,
  computeImageOpBytes,
  computeImageOpMs,
  computeVideoOpMs,
  type ImageOpKind,
} from '../formulas/ops';
import { readerFor } from '../parse/paramReader';
import type { EstimateContext, NodeEstimate, NormalizedNode } from '../types';
import { finishEstimate } from './finish';

type Estimator = (node: NormalizedNode, ctx: EstimateContext) => NodeEstimate;

/** Image operation (Pillow-class) on an image of the node's width/height, else an assumed size. */
export function imageOp(kind: ImageOpKind): Estimator {
  return (node, ctx) => {
    const r = readerFor(node, ctx);
    const w = r.number(['width', 'target_width'], {
      fallback: 1024,
      min: 1,
      max: 32768,
      label: 'Image width (input size not known from the graph)',
      unit: 'px',
      integer: true,
      assumptionKey: 'imageWidth',
    });
    const h = r.number(['height', 'target_height'], {
      fallback: 1024,
      min: 1,
      max: 32768,
      label: 'Image height',
      unit: 'px',
      integer: true,
      assumptionKey: 'imageHeight',
    });
    const px = w * h;
    r.assume(
      'nsPerPixel',
      `Pillow-class ${kind} cost`,
      { point: 8, resize: 15, filter: 35, composite: 12, encode: 25 }[kind],
      'ns/px',
    );
    return finishEstimate(r, {
      category: 'image-op',
      baseComplexity: 1,
      runtimeMs: computeImageOpMs(px, kind),
      memoryMb: computeImageOpBytes(px) / 1e6,
      vramMb: 0,
      device: 'cpu',
      confidence: 'low',
      source: `pixels × ${kind} cost per pixel (ASSUMPTION)`,
      details: { width: w, height: h },
    });
  };
}

/** Audio operation on an assumed clip length at 44.1 kHz. */
export function audioOp(): Estimator {
  return (node, ctx) => {
    const r = readerFor(node, ctx);
    const seconds = r.number(['duration'], {
      fallback: 60,
      min: 0.01,
      max: 86_400,
      label: 'Audio length (not known from the graph)',
      unit: 's',
      assumptionKey: 'audioSeconds',
    });
    const samples = seconds * 44_100 * 2;
    return finishEstimate(r, {
      category: 'audio-op',
      baseComplexity: 1,
      runtimeMs: computeAudioOpMs(samples),
      memoryMb: computeAudioOpBytes(samples) / 1e6,
      vramMb: 0,
      device: 'cpu',
      confidence: 'low',
      source: 'samples × 20 ns (ASSUMPTION)',
      details: { audioSeconds: seconds },
    });
  };
}

/** Video operation (ffmpeg-class) on an assumed clip. */
export function videoOp(): Estimator {
  return (node, ctx) => {
    const r = readerFor(node, ctx);
    const seconds = r.number(['duration'], {
      fallback: 10,
      min: 0.04,
      max: 86_400,
      label: 'Video length (not known from the graph)',
      unit: 's',
      assumptionKey: 'videoSeconds',
    });
    const fps = r.number(['fps', 'frame_rate'], {
      fallback: 24,
      min: 1,
      max: 240,
      label: 'Frame rate',
      unit: 'fps',
    });
    const w = r.number('width', {
      fallback: 1920,
      min: 16,
      max: 16384,
      label: 'Video width',
      unit: 'px',
      integer: true,
      assumptionKey: 'videoWidth',
    });
    const h = r.number('height', {
      fallback: 1080,
      min: 16,
      max: 16384,
      label: 'Video height',
      unit: 'px',
      integer: true,
      assumptionKey: 'videoHeight',
    });
    const frames = Math.ceil(seconds * fps);
    return finishEstimate(r, {
      category: 'video-op',
      baseComplexity: 3,
      runtimeMs: computeVideoOpMs(frames, w * h),
      memoryMb: 200 + (w * h * 3 * 8) / 1e6,
      vramMb: 0,
      device: 'cpu',
      confidence: 'low',
      source: 'frames × 4 ms per 1080p frame (ffmpeg-class, ASSUMPTION)',
      details: { frames, width: w, height: h },
    });
  };
}

export interface LatencySpec {
  category: NodeCategory;
  ms: number;
  label: string;
  memoryMb?: number;
  device?: ExecutionDevice;
  baseComplexity?: number;
  /** Multiply by a count parameter (e.g. max_results for per-item fetches). */
  perItem?: { keys: string[]; ms: number; fallback: number; label: string };
}

/** A latency-bound node: a constant (ASSUMPTION), optionally plus a per-item cost from a parameter. */
export function latency(spec: LatencySpec): Estimator {
  return (node, ctx) => {
    const r = readerFor(node, ctx);
    r.assume('latencyMs', spec.label, spec.ms, 'ms');
    let ms = spec.ms;
    if (spec.perItem) {
      const n = r.number(spec.perItem.keys, {
        fallback: spec.perItem.fallback,
        min: 0,
        max: 100_000,
        label: spec.perItem.label,
        integer: true,
      });
      ms += n * spec.perItem.ms;
    }
    return finishEstimate(r, {
      category: spec.category,
      baseComplexity: spec.baseComplexity ?? 1,
      runtimeMs: ms,
      memoryMb: spec.memoryMb ?? 10,
      vramMb: 0,
      device: spec.device ?? 'cpu',
      confidence: 'low',
      source: `latency constant: ${spec.label} (ASSUMPTION)`,
    });
  };
}

/** Text/data transformation: 0.2 ms + characters × 5 ns (string formatting, JSON, lists). */
export function dataOp(category: NodeCategory = 'data'): Estimator {
  return (node, ctx) => {
    const r = readerFor(node, ctx);
    let chars = Math.max(0, ctx.upstreamTextChars || 0);
    for (const v of Object.values(node.params)) if (typeof v === 'string') chars += v.length;
    return finishEstimate(r, {
      category,
      baseComplexity: 1,
      runtimeMs: 0.2 + chars * 5e-6,
      memoryMb: 1 + (chars * 4) / 1e6,
      vramMb: 0,
      device: 'cpu',
      confidence: 'medium',
      source: 'in-process data operation: 0.2 ms + 5 ns/char (ASSUMPTION)',
      details: { chars },
    });
  };
}

/** Inputs and outputs: a few ms of parameter marshalling; media inputs decode their file. */
export function ioNode(category: 'input' | 'output', media?: 'image' | 'audio' | 'video'): Estimator {
  return (node, ctx) => {
    const r = readerFor(node, ctx);
    const ms = media === 'image' ? 15 : media === 'audio' ? 30 : media === 'video' ? 60 : 0.5;
    const mb = media === 'image' ? 12 : media === 'audio' ? 20 : media === 'video' ? 100 : 1;
    if (media) r.assume('latencyMs', `Decode one ${media} file`, ms, 'ms');
    return finishEstimate(r, {
      category,
      baseComplexity: 1,
      runtimeMs: ms,
      memoryMb: mb,
      vramMb: 0,
      device: 'cpu',
      confidence: 'medium',
      source: media ? `decode a ${media} file (ASSUMPTION)` : 'parameter pass-through',
    });
  };
}
