import { estimateArchitecture } from '../formulas/architecture';
import {
  computeDecodeTokensPerSec,
  computeKvCacheBytes,
  computeLlmMemoryBytes,
  computePrefillMs,
  computeWeightBytes,
} from '../formulas/llm';
import { computeHostedMs, getHostedSpeed } from '../formulas/hosted';
import { findKnownLlm } from '../models';
import type { KnownLlm } from '../models/types';
import { parseQuantization, type Quantization } from '../parse/quantization';
import { resolveHardware } from '../../hardware';

const llm = (id: string): KnownLlm => {
  const m = findKnownLlm(id);
  if (!m) throw new Error(`missing ${id}`);
  return m;
};
const q = (name: string): Quantization => parseQuantization(name) as Quantization;
const rtx4090 = resolveHardware('rtx-4090');

describe('LLM weights and KV cache', () => {
  it('a 70B model needs about ten times the weights of a 7B one', () => {
    const ratio =
      computeWeightBytes(llm('llama-2-70b'), q('Q4_K_M')) /
      computeWeightBytes(llm('llama-2-7b'), q('Q4_K_M'));
    expect(ratio).toBeGreaterThan(9.5);
    expect(ratio).toBeLessThan(10.8);
  });

  it('matches the published Llama-3.1-8B Q4_K_M size (4.58 GiB) within 2 %', () => {
    const gib = computeWeightBytes(llm('llama-3.1-8b'), q('Q4_K_M')) / 2 ** 30;
    expect(Math.abs(gib / 4.58 - 1)).toBeLessThan(0.02);
  });

  it.each([
    ['llama-2-7b', 512],
    ['llama-3-8b', 128],
    ['mistral-7b', 128],
    ['llama-3-70b', 320],
  ])('%s KV cache per token = %s KiB at f16', (id, kib) => {
    expect(computeKvCacheBytes(llm(id), 1) / 1024).toBe(kib);
  });

  it('memory grows with context window and model size', () => {
    const m = llm('llama-3-8b');
    const w = computeWeightBytes(m, q('Q4_K_M'));
    const small = computeLlmMemoryBytes(w, computeKvCacheBytes(m, 4096), 'llama.cpp', rtx4090);
    const big = computeLlmMemoryBytes(w, computeKvCacheBytes(m, 32768), 'llama.cpp', rtx4090);
    expect(big - small).toBeCloseTo(computeKvCacheBytes(m, 32768 - 4096), -3);
  });

  it('derives a plausible architecture from a parameter count', () => {
    const a = estimateArchitecture(8);
    expect(a.layers).toBe(32);
    expect(a.hidden).toBeGreaterThan(3500);
    expect(a.hidden).toBeLessThan(5000);
  });
});

describe('decode (bandwidth-bound) and prefill (compute-bound)', () => {
  it('decode is within 1.5× of llama.cpp on an RTX 4090 (Llama-2-7B Q4_0: 149 tok/s)', () => {
    const tps = computeDecodeTokensPerSec(llm('llama-2-7b'), q('Q4_0'), rtx4090, 64);
    expect(tps / 149.37).toBeGreaterThan(1 / 1.5);
    expect(tps / 149.37).toBeLessThan(1.5);
  });

  it('decode gets slower with bigger models, wider weights, longer context and less bandwidth', () => {
    const base = computeDecodeTokensPerSec(llm('llama-3-8b'), q('Q4_K_M'), rtx4090, 512);
    expect(computeDecodeTokensPerSec(llm('llama-3-70b'), q('Q4_K_M'), rtx4090, 512)).toBeLessThan(base);
    expect(computeDecodeTokensPerSec(llm('llama-3-8b'), q('F16'), rtx4090, 512)).toBeLessThan(base);
    expect(computeDecodeTokensPerSec(llm('llama-3-8b'), q('Q4_K_M'), rtx4090, 8192)).toBeLessThan(base);
    expect(
      computeDecodeTokensPerSec(llm('llama-3-8b'), q('Q4_K_M'), resolveHardware('rtx-3060'), 512),
    ).toBeLessThan(base);
  });

  it('MoE decodes at the speed of its active parameters but stores all of them', () => {
    const moe = llm('gpt-oss-120b');
    const dense = { ...moe, activeParamsB: undefined };
    const quant = q('MXFP4');
    expect(computeDecodeTokensPerSec(moe, quant, rtx4090, 256)).toBeGreaterThan(
      5 * computeDecodeTokensPerSec(dense, quant, rtx4090, 256),
    );
    expect(computeWeightBytes(moe, quant)).toBe(computeWeightBytes(dense, quant));
  });

  it('prefill grows faster than linearly with prompt length (attention) and is 0 for no prompt', () => {
    const m = llm('llama-3-8b');
    const t1 = computePrefillMs(m, q('Q4_K_M'), rtx4090, 1000);
    const t4 = computePrefillMs(m, q('Q4_K_M'), rtx4090, 4000);
    expect(t4).toBeGreaterThan(4 * t1);
    expect(computePrefillMs(m, q('Q4_K_M'), rtx4090, 0)).toBe(0);
  });
});

describe('hosted models', () => {
  it('costs time to first token plus tokens over throughput', () => {
    const s = getHostedSpeed('openai', 'gpt-4o');
    expect(computeHostedMs(s, 0, 0)).toBe(s.ttftMs);
    expect(computeHostedMs(s, 0, 900)).toBeCloseTo(s.ttftMs + (900 / s.outputTokensPerSec) * 1000, 6);
  });

  it('knows that reasoning models wait longer before the first token', () => {
    expect(getHostedSpeed('openai', 'o3-mini').ttftMs).toBeGreaterThan(
      getHostedSpeed('openai', 'gpt-4o').ttftMs,
    );
  });
});
