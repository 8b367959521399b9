/**
 * LLM decode / prefill throughput and GGUF file sizes against ../shared/calibration.
 */
import {
  computeDecodeTokensPerSec,
  computePrefillTokensPerSec,
  computeWeightBytes,
} from '../../web/src/profiling/estimate/formulas/llm';
import { estimateArchitecture } from '../../web/src/profiling/estimate/formulas/architecture';
import { findKnownLlm } from '../../web/src/profiling/estimate/models';
import type { LlmArchitecture } from '../../web/src/profiling/estimate/models/types';
import { parseQuantization } from '../../web/src/profiling/estimate/parse/quantization';
import { resolveCalibrationDevice } from './devices';
import type { Comparison } from './stats';

export interface Skipped {
  file: string;
  label: string;
  reason: string;
}

function archFor(model: string, paramsB: number): LlmArchitecture {
  return findKnownLlm(model.replace(/\s+/g, '-')) ?? estimateArchitecture(paramsB);
}

/** Test length from the llama-bench test name: tg128 / pp512 defaults for bare "tg" / "pp". */
function testTokens(test: string): number {
  const n = Number(test.slice(2));
  if (Number.isFinite(n) && n > 0) return n;
  return test.startsWith('tg') ? 128 : 512;
}

export function compareLlmThroughput(
  rows: Record<string, string>[],
  skipped: Skipped[],
): { decode: Comparison[]; prefill: Comparison[] } {
  const decode: Comparison[] = [];
  const prefill: Comparison[] = [];
  for (const r of rows) {
    const label = `${r.device} · ${r.model} ${r.quant} · ${r.test}`;
    const hw = resolveCalibrationDevice(r.device ?? '');
    const quant = parseQuantization(r.quant);
    const observed = Number(r.tokens_per_s);
    if (!hw || !quant || !(observed > 0)) {
      skipped.push({
        file: 'llamacpp_gpu_cpu_benchmarks.csv',
        label,
        reason: !hw ? 'device not mapped' : !quant ? 'quantization not parsed' : 'no value',
      });
      continue;
    }
    const arch = archFor(r.model ?? '', Number(r.model_params_b));
    const n = testTokens(r.test ?? '');
    if ((r.test ?? '').startsWith('tg')) {
      decode.push({ label, observed, predicted: computeDecodeTokensPerSec(arch, quant, hw, n / 2) });
    } else {
      prefill.push({ label, observed, predicted: computePrefillTokensPerSec(arch, quant, hw, n) });
    }
  }
  return { decode, prefill };
}

export function compareGgufSizes(rows: Record<string, string>[], skipped: Skipped[]): Comparison[] {
  const out: Comparison[] = [];
  for (const r of rows) {
    const label = `${r.model} ${r.quant}`;
    const quant = parseQuantization((r.quant ?? '').split(' ')[0]);
    const paramsB = Number(r.model_params_b);
    if (!quant || !(paramsB > 0)) {
      skipped.push({ file: 'gguf_model_sizes.csv', label, reason: 'quantization not parsed' });
      continue;
    }
    const arch = archFor(r.model ?? '', paramsB);
    const bytes = computeWeightBytes({ ...arch, paramsB }, quant);
    const size = Number(r.size);
    if (size > 0) {
      const unit = (r.unit ?? '').replace('?', '');
      const observed = unit === 'GiB' ? size * 2 ** 30 : size * 1e9;
      out.push({ label: `${label} (${size} ${r.unit})`, observed: observed / 1e9, predicted: bytes / 1e9 });
    } else if (Number(r.bits_per_weight_reported) > 0) {
      out.push({
        label: `${label} (${r.bits_per_weight_reported} bpw)`,
        observed: Number(r.bits_per_weight_reported),
        predicted: (bytes * 8) / (paramsB * 1e9),
      });
    } else {
      skipped.push({ file: 'gguf_model_sizes.csv', label, reason: 'no size or bits per weight' });
    }
  }
  return out;
}
