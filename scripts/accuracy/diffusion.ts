/**
 * Diffusion speed and VRAM against data/calibration/diffusion_image_video.csv. Rows whose `notes` contain
 * "holdout" were not used to choose any constant; they are scored apart (`heldOut`) so their error is an honest
 * out-of-sample check (docs/estimation.md §5.3).
 */
import {
  applyOffload,
  OFFLOAD_RESIDENT_SHARE,
  type OffloadMode,
  computeActivationBytes,
  computeDiffusionWeightBytes,
  computeEncodeDecodeMs,
  computeEvalsPerStep,
  computeMsPerStep,
} from '../../web/src/profiling/estimate/formulas/diffusion';
import { findKnownDiffusion } from '../../web/src/profiling/estimate/models';
import { resolveCalibrationDevice } from './devices';
import type { Skipped } from './llm';
import type { Comparison } from './stats';

function offloadOf(framework: string): OffloadMode {
  if (/group offload/i.test(framework)) return 'group';
  if (/sequential/i.test(framework)) return 'sequential';
  if (/model CPU offload/i.test(framework)) return 'model';
  return 'none';
}

/** Why a row cannot be compared with the GPU model at all, or undefined when it can. */
function describeUncomparable(r: Record<string, string>): string | undefined {
  if (/cold_start/i.test(r.metric ?? '')) return 'time includes app start and model loading';
  if (/\b(CPU_AND_NE|ALL)\b/.test(r.framework ?? ''))
    return 'Apple Neural Engine compute units are not modelled (the estimator models the GPU)';
  if (/gguf/i.test(r.framework ?? '')) return 'GGUF-quantised diffusion weights are not modelled';
  return undefined;
}

export function compareDiffusion(
  rows: Record<string, string>[],
  skipped: Skipped[],
): { speed: Comparison[]; heldOut: Comparison[]; memory: Comparison[] } {
  const fitted: Comparison[] = [];
  const heldOut: Comparison[] = [];
  const memory: Comparison[] = [];
  for (const r of rows) {
    const label = `${r.model} · ${r.device} · ${r.framework} · b${r.batch}`;
    const speed = /\bholdout\b/i.test(r.notes ?? '') ? heldOut : fitted;
    const uncomparable = describeUncomparable(r);
    if (uncomparable) {
      skipped.push({ file: 'diffusion_image_video.csv', label, reason: uncomparable });
      continue;
    }
    const hw = resolveCalibrationDevice(r.device ?? '');
    const model = findKnownDiffusion(
      (r.model ?? '').replace(/\s+/g, '-').replace('LTX-Video-0.9.7-dev', 'ltx-video-0.9.7'),
    );
    if (!hw || !model) {
      skipped.push({
        file: 'diffusion_image_video.csv',
        label,
        reason: !hw ? 'device not mapped' : 'model not in the table',
      });
      continue;
    }
    if ((r.precision ?? '') === 'fp32') {
      skipped.push({
        file: 'diffusion_image_video.csv',
        label,
        reason: 'fp32 pipeline (the estimator models fp16/bf16 inference)',
      });
      continue;
    }
    if (/layerwise upcasting/i.test(r.framework ?? '')) {
      skipped.push({
        file: 'diffusion_image_video.csv',
        label,
        reason: 'fp8 layerwise upcasting is not modelled',
      });
      continue;
    }
    const width = Number(r.width);
    const height = Number(r.height);
    const frames = Number(r.frames) || 1;
    const batch = Number(r.batch) || 1;
    const steps = Number(r.steps) || 1;
    const cfg = /^yes/i.test(r.cfg ?? '');
    const evals = computeEvalsPerStep(model, cfg ? 7.5 : 1);
    const offload = offloadOf(r.framework ?? '');
    const denoiserBytes = (model.denoiserB * 1e9 * (/nf4/i.test(r.precision ?? '') ? 4.5 : 16)) / 8;
    const msPerStep = applyOffload(
      offload,
      computeMsPerStep(model, hw, { width, height, frames, batch, evals }),
      denoiserBytes,
    );
    const value = Number(r.value);
    const metric = r.metric ?? '';
    if (value > 0) {
      if (metric === 'it_per_s') speed.push({ label, observed: value, predicted: 1000 / msPerStep });
      else if (metric === 'unet_images_per_s')
        speed.push({ label, observed: value / batch, predicted: 1000 / msPerStep });
      else if (metric === 's_per_it') speed.push({ label, observed: 1 / value, predicted: 1000 / msPerStep });
      else if (metric === 's_per_forward')
        speed.push({ label, observed: value, predicted: msPerStep / 1000 });
      else if (metric === 's_per_batch') {
        const encDec = applyOffload(
          offload === 'group' ? 'none' : offload,
          computeEncodeDecodeMs(model, hw, width, height, batch),
          0,
        );
        speed.push({ label, observed: value, predicted: (steps * msPerStep + encDec) / 1000 });
      } else
        skipped.push({ file: 'diffusion_image_video.csv', label, reason: `metric ${metric} not compared` });
    }
    const vram = Number(r.vram_gb);
    if (vram > 0) {
      const denoiserOnly = /single forward/i.test(r.cfg ?? '');
      const weights = denoiserOnly
        ? (model.denoiserB * 1e9 * (/nf4/i.test(r.precision ?? '') ? 4.5 : 16)) / 8
        : computeDiffusionWeightBytes(model, 16);
      const resident = weights * OFFLOAD_RESIDENT_SHARE[offload];
      // Single-forward rows (diffusers benchmarks) report torch's max allocated memory: no CUDA context and no VAE
      // decode, so only the denoiser's own activations (ASSUMPTION: a quarter of the pipeline activation budget).
      const act = computeActivationBytes(model, width, height, frames, batch) * (denoiserOnly ? 0.25 : 1);
      memory.push({
        label: `${label} (VRAM)`,
        observed: vram,
        predicted: (resident + act + (denoiserOnly ? 0 : 0.4e9)) / 1e9,
      });
    }
  }
  return { speed: fitted, heldOut, memory };
}
