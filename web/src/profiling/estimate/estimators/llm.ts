/**
 * Estimator for local and hosted LLM nodes (agents, chat, classifiers, generators, summarizers).
 */
import { hasGpu } from '../estimateNode';
import { estimateArchitecture } from '../formulas/architecture';
import { computeHostedMs, getHostedSpeed } from '../formulas/hosted';
import {
  computeDecodeTokensPerSec,
  computeKvCacheBytes,
  computeLlmMemoryBytes,
  computeLoadMs,
  computePrefillMs,
  computeWeightBytes,
  type LlmRuntime,
} from '../formulas/llm';
import { findKnownLlm, KNOWN_LLMS } from '../models';
import type { LlmArchitecture } from '../models/types';
import { parseParamCount } from '../parse/modelId';
import { readModelRef, type ModelRef } from '../parse/modelRef';
import { readerFor, type ParamReader } from '../parse/paramReader';
import { charsToTokens, countOwnPromptChars } from '../parse/promptText';
import {
  OLLAMA_DEFAULT_QUANT,
  parseQuantization,
  TORCH_DEFAULT_QUANT,
  bitsToQuantization,
  type Quantization,
} from '../parse/quantization';
import type { EstimateContext, NodeEstimate, NormalizedNode } from '../types';
import { finishEstimate } from './finish';
import { placeOnDevice } from './offload';
import { warnIfModelSizeClamped } from './warnModelSize';

/** What kind of LLM call the node makes: sets the typical output and prompt overhead (ASSUMPTIONS). */
export interface LlmNodeProfile {
  /** Typical output tokens when max_tokens is larger (ASSUMPTION, overridable as `outputTokens`). */
  typicalOutputTokens: number;
  /** Tokens the node adds around the user text: system prompt, instructions, tool schemas (ASSUMPTION). */
  promptOverheadTokens: number;
  /** LLM calls per execution (agent planning/tool steps; ASSUMPTION, overridable as `agentSteps`). */
  calls: number;
  /** The node produces a list/stream of items for downstream nodes. */
  emitsItems?: (node: NormalizedNode) => number | null;
}

const DEFAULT_ARCH = KNOWN_LLMS.find((m) => m.name === 'Llama-3-8B') as LlmArchitecture & { name: string };

interface ResolvedModel {
  name: string;
  arch: LlmArchitecture;
  quant: Quantization;
  runtime: LlmRuntime;
  known: boolean;
}

function resolveRuntime(ref: ModelRef | undefined): LlmRuntime {
  const p = ref?.provider?.toLowerCase() ?? '';
  if (p === 'mlx' || /mlx-community|mlx/i.test(ref?.text ?? '')) return 'mlx';
  if (p === 'huggingface' || p === 'transformers' || p === 'vllm' || ref?.type?.startsWith('hf.'))
    return 'transformers';
  return 'llama.cpp';
}

function resolveQuant(ref: ModelRef | undefined, runtime: LlmRuntime, reader: ParamReader): Quantization {
  const named =
    parseQuantization(ref?.text) ??
    parseQuantization(reader.raw('quantization')) ??
    bitsToQuantization(readBits(reader.raw('quantize')));
  if (named) return named;
  if (runtime === 'transformers') {
    reader.assume('quantization', 'Precision (none named; PyTorch default fp16)', 'F16');
    return TORCH_DEFAULT_QUANT;
  }
  if (runtime === 'mlx') {
    const q = bitsToQuantization(4) as Quantization;
    reader.assume('quantization', 'Precision (none named; mlx-community default 4-bit)', q.label);
    return q;
  }
  reader.assume('quantization', 'Quantization (none named; Ollama default Q4_K_M)', 'Q4_K_M');
  return OLLAMA_DEFAULT_QUANT;
}

/** A numeric `quantize` setting (bits), or NaN. */
function readBits(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
}

/** A known model for the id; a bare Ollama name (`qwen3`) means its `:latest` tag. */
function findModel(ref: ModelRef | undefined) {
  if (!ref) return undefined;
  return (
    findKnownLlm(ref.text) ?? (/^[a-z0-9.-]+$/i.test(ref.id) ? findKnownLlm(`${ref.id}:latest`) : undefined)
  );
}

function resolveModel(ref: ModelRef | undefined, reader: ParamReader): ResolvedModel {
  const runtime = resolveRuntime(ref);
  const quant = resolveQuant(ref, runtime, reader);
  const known = findModel(ref);
  if (known) return { name: known.name, arch: known, quant, runtime, known: true };
  const parsed = parseParamCount(ref?.id);
  if (parsed) {
    warnIfModelSizeClamped(reader, parsed, ref?.id);
    reader.assume(
      'architecture',
      `Architecture of "${ref?.id}" not in the table: derived from ${parsed.paramsB} B parameters`,
      'estimated',
    );
    return {
      name: ref?.id ?? 'model',
      arch: estimateArchitecture(parsed.paramsB, parsed.activeParamsB),
      quant,
      runtime,
      known: false,
    };
  }
  const paramsB = reader.override('modelParamsB');
  if (paramsB !== undefined && paramsB > 0) {
    reader.assume('modelParamsB', 'Model size (not readable from the node)', paramsB, 'B params', true);
    return {
      name: ref?.id ?? `${paramsB}B model`,
      arch: estimateArchitecture(paramsB),
      quant,
      runtime,
      known: false,
    };
  }
  reader.assume(
    'modelParamsB',
    ref
      ? `Model size of "${ref.id}" unknown: assumed an 8 B model`
      : 'No model selected: assumed an 8 B local model',
    DEFAULT_ARCH.paramsB,
    'B params',
  );
  return { name: ref?.id ?? 'Llama-3-8B (assumed)', arch: DEFAULT_ARCH, quant, runtime, known: false };
}

function readTokens(reader: ParamReader, ctx: EstimateContext, profile: LlmNodeProfile) {
  // 0 or -1 mean "no limit / runtime default" in Ollama and several providers: treat as unset, not as 1 token.
  const limitKeys = ['max_tokens', 'max_new_tokens', 'num_predict'].filter((k) => {
    const v = reader.raw(k);
    return !(typeof v === 'number' && (v === 0 || v === -1));
  });
  const maxTokens = reader.number(limitKeys, {
    fallback: 4096,
    min: 1,
    max: 1_000_000,
    label: 'Max output tokens',
    unit: 'tokens',
    integer: true,
    assumptionKey: 'max_tokens',
  });
  const typical = reader.override('outputTokens') ?? profile.typicalOutputTokens;
  const outputTokens = Math.max(1, Math.min(maxTokens, Math.round(typical)));
  reader.assume(
    'outputTokens',
    `Expected output tokens (≤ max_tokens ${maxTokens})`,
    outputTokens,
    'tokens',
    true,
  );
  const overhead = reader.override('promptOverheadTokens') ?? profile.promptOverheadTokens;
  reader.assume(
    'promptOverheadTokens',
    'System prompt / instructions added by the node',
    overhead,
    'tokens',
    true,
  );
  const upstream = Math.max(0, Number.isFinite(ctx.upstreamTextChars) ? ctx.upstreamTextChars : 0);
  const promptTokens =
    charsToTokens(upstream + countOwnPromptChars(reader)) + Math.max(0, Math.round(overhead));
  const steps = Math.max(1, Math.round(reader.override('agentSteps') ?? profile.calls));
  if (profile.calls > 1 || reader.override('agentSteps') !== undefined)
    reader.assume('agentSteps', 'LLM calls per run (planning / tool steps)', steps, 'calls', true);
  return { maxTokens, outputTokens, promptTokens, steps };
}

function estimateHosted(
  reader: ParamReader,
  ref: ModelRef,
  ctx: EstimateContext,
  profile: LlmNodeProfile,
  emits: number | null | undefined,
): NodeEstimate {
  const t = readTokens(reader, ctx, profile);
  const speed = getHostedSpeed(ref.provider, ref.id);
  reader.assume('ttftMs', `Time to first token (${ref.provider ?? 'hosted'})`, speed.ttftMs, 'ms');
  reader.assume(
    'hostedTokensPerSec',
    `Output throughput (${ref.provider ?? 'hosted'})`,
    speed.outputTokensPerSec,
    'tokens/s',
  );
  const perCall = computeHostedMs(speed, t.promptTokens, t.outputTokens);
  return finishEstimate(reader, {
    category: 'hosted-llm',
    baseComplexity: 4,
    runtimeMs: perCall * t.steps,
    memoryMb: 20,
    vramMb: 0,
    device: 'remote',
    confidence: 'low',
    source: `hosted API: TTFT + tokens / provider throughput (ASSUMPTION, ${ref.provider ?? 'unknown provider'})`,
    details: {
      model: ref.id,
      provider: ref.provider,
      promptTokens: t.promptTokens,
      outputTokens: t.outputTokens,
      ttftMs: speed.ttftMs,
      prefillMs: (speed.ttftMs + (t.promptTokens / speed.inputTokensPerSec) * 1000) * t.steps,
      decodeMs: (t.outputTokens / speed.outputTokensPerSec) * 1000 * t.steps,
      prefillTokensPerSec: speed.inputTokensPerSec,
      decodeTokensPerSec: speed.outputTokensPerSec,
      calls: t.steps,
    },
    emitsItems: emits,
  });
}

/** Estimate an LLM node for one execution. */
export function estimateLlm(
  node: NormalizedNode,
  ctx: EstimateContext,
  profile: LlmNodeProfile,
): NodeEstimate {
  const reader = readerFor(node, ctx);
  const ref = readModelRef(reader.raw('model'));
  const emits = profile.emitsItems ? profile.emitsItems(node) : undefined;
  if (ref?.hosted) return estimateHosted(reader, ref, ctx, profile, emits);
  const model = resolveModel(ref, reader);
  const t = readTokens(reader, ctx, profile);
  const contextWindow = reader.number(['context_window', 'num_ctx', 'n_ctx'], {
    fallback: 4096,
    min: 256,
    max: 2_000_000,
    label: 'Context window (Ollama default 4096)',
    unit: 'tokens',
    integer: true,
  });
  const promptTokens = Math.min(t.promptTokens, contextWindow);
  if (promptTokens < t.promptTokens)
    reader.warn(
      'param.prompt-truncated',
      'context_window',
      `Node "${node.id}": prompt ≈ ${t.promptTokens} tokens exceeds context_window ${contextWindow}; the runtime truncates it.`,
    );
  const hw = ctx.hardware;
  const weightBytes = computeWeightBytes(model.arch, model.quant);
  // llama.cpp / Ollama / MLX allocate the whole configured context; transformers grows with the sequence.
  const kvTokens = model.runtime === 'transformers' ? promptTokens + t.outputTokens : contextWindow;
  const kvBytes = computeKvCacheBytes(model.arch, kvTokens);
  const totalBytes = computeLlmMemoryBytes(weightBytes, kvBytes, model.runtime, hw);
  const placement = placeOnDevice(reader, hw, hasGpu(ctx), weightBytes, totalBytes);
  const avgCtx = promptTokens + t.outputTokens / 2;
  const decodeTps =
    computeDecodeTokensPerSec(model.arch, model.quant, placement.hw, avgCtx) / placement.slowdown;
  const prefillMs =
    computePrefillMs(model.arch, model.quant, placement.hw, promptTokens) * placement.slowdown;
  const decodeMs = (t.outputTokens / decodeTps) * 1000;
  const diskGBs = reader.override('diskGBs') ?? 2;
  reader.assume('diskGBs', 'Disk read speed for a cold model load (NVMe)', diskGBs, 'GB/s', true);
  const loadMs = computeLoadMs(weightBytes, diskGBs);
  const runtimeMs = loadMs + (prefillMs + decodeMs) * t.steps;
  return finishEstimate(reader, {
    category: 'llm',
    baseComplexity: 6,
    runtimeMs,
    ...placement.memory,
    device: placement.device,
    confidence: model.known ? 'medium' : 'low',
    source: `physics: load + prefill (compute-bound) + decode (bandwidth-bound), ${model.runtime}; η fitted on llama.cpp benchmarks`,
    modelKey: `${model.runtime}:${model.name.toLowerCase()}@${model.quant.label}:ctx${kvTokens}`,
    loadMs,
    emitsItems: emits,
    details: {
      model: model.name,
      quantization: model.quant.label,
      runtime: model.runtime,
      paramsB: model.arch.paramsB,
      activeParamsB: model.arch.activeParamsB ?? model.arch.paramsB,
      bitsPerWeight: model.quant.bitsPerWeight,
      weightsGb: weightBytes / 1e9,
      kvCacheGb: kvBytes / 1e9,
      contextWindow,
      promptTokens,
      outputTokens: t.outputTokens,
      loadMs,
      prefillMs: prefillMs * t.steps,
      decodeMs: decodeMs * t.steps,
      prefillTokensPerSec: promptTokens > 0 ? promptTokens / (prefillMs / 1000) : undefined,
      decodeTokensPerSec: decodeTps,
      gpuLayerShare: placement.gpuShare < 1 ? placement.gpuShare : undefined,
    },
  });
}
