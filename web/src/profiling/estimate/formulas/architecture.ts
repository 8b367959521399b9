/**
 * Architecture of a language model the tables do not know, from its parameter count alone (ASSUMPTION,
 * flagged on the node): a standard decoder with P ≈ 12·L·d², layers ≈ 32·(P/8 B)^0.3 (Llama-3-8B: 32), GQA with
 * 8 KV heads of 128, vocabulary 128 k.
 */
import type { LlmArchitecture } from '../models/types';

export function estimateArchitecture(paramsB: number, activeParamsB?: number): LlmArchitecture {
  const p = Math.max(0.01, paramsB);
  const layers = Math.round(Math.min(128, Math.max(8, 32 * Math.pow(p / 8, 0.3))));
  const hidden = Math.max(256, Math.round(Math.sqrt((p * 1e9) / (12 * layers)) / 128) * 128);
  const headDim = hidden >= 1024 ? 128 : 64;
  return {
    paramsB: p,
    ...(activeParamsB !== undefined && activeParamsB < p ? { activeParamsB } : {}),
    layers,
    kvHeads: Math.min(8, Math.max(1, Math.round(hidden / headDim / 4))),
    headDim,
    attnDim: hidden,
    hidden,
    vocab: 128000,
  };
}
