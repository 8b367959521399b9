/**
 * Hosted model APIs: time = time to first token + prompt / input rate + output tokens / output throughput.
 * No local memory. ALL VALUES ARE ASSUMPTIONS: typical medians of public provider dashboards (e.g.
 * artificialanalysis.ai, OpenRouter provider pages, 2025) rounded; they vary by hour, region and tier.
 */
import { assignOwn } from '../../ingest/readFields';

export interface HostedSpeed {
  ttftMs: number;
  outputTokensPerSec: number;
  inputTokensPerSec: number;
}

const DEFAULT: HostedSpeed = { ttftMs: 800, outputTokensPerSec: 60, inputTokensPerSec: 5000 };

/** Provider speeds, then model-family refinements (longest match wins). */
const BY_PROVIDER: Readonly<Record<string, HostedSpeed>> = {
  openai: { ttftMs: 600, outputTokensPerSec: 90, inputTokensPerSec: 8000 },
  anthropic: { ttftMs: 1200, outputTokensPerSec: 60, inputTokensPerSec: 6000 },
  gemini: { ttftMs: 600, outputTokensPerSec: 150, inputTokensPerSec: 10000 },
  google: { ttftMs: 600, outputTokensPerSec: 150, inputTokensPerSec: 10000 },
  groq: { ttftMs: 300, outputTokensPerSec: 400, inputTokensPerSec: 20000 },
  cerebras: { ttftMs: 250, outputTokensPerSec: 1500, inputTokensPerSec: 40000 },
  mistral: { ttftMs: 500, outputTokensPerSec: 90, inputTokensPerSec: 8000 },
  openrouter: DEFAULT,
  together: { ttftMs: 500, outputTokensPerSec: 100, inputTokensPerSec: 8000 },
};

const BY_MODEL: ReadonlyArray<[RegExp, Partial<HostedSpeed>]> = [
  [/gpt-4o-mini|gpt-4\.1-mini|gpt-4\.1-nano|gpt-5-mini|gpt-5-nano/i, { outputTokensPerSec: 80 }],
  [/(^|[^a-z])o[134](-mini|-pro)?($|[^a-z])|gpt-5(?!-chat)|reason|thinking/i, { ttftMs: 8000 }],
  [/haiku/i, { ttftMs: 700, outputTokensPerSec: 120 }],
  [/opus/i, { ttftMs: 1800, outputTokensPerSec: 40 }],
  [/flash/i, { ttftMs: 400, outputTokensPerSec: 200 }],
];

/** Speeds for a provider and model id. */
export function getHostedSpeed(provider: string | undefined, modelId: string): HostedSpeed {
  const speed: HostedSpeed = assignOwn(
    {} as HostedSpeed,
    provider ? (BY_PROVIDER[provider.toLowerCase()] ?? DEFAULT) : DEFAULT,
  );
  for (const [re, patch] of BY_MODEL) if (re.test(modelId)) assignOwn(speed, patch);
  return speed;
}

/** Wall time of one hosted call, ms. */
export function computeHostedMs(speed: HostedSpeed, promptTokens: number, outputTokens: number): number {
  return (
    speed.ttftMs +
    (Math.max(0, promptTokens) / speed.inputTokensPerSec) * 1000 +
    (Math.max(0, outputTokens) / speed.outputTokensPerSec) * 1000
  );
}

/**
 * Fixed-latency hosted calls that are not token streams (image generation, TTS, transcription APIs):
 * ASSUMPTIONS per kind, seconds.
 */
export const HOSTED_MEDIA_SECONDS = {
  image: 8,
  video: 90,
  speechPerAudioSecond: 0.15,
  transcriptionPerAudioSecond: 0.05,
  embedding: 0.3,
} as const;
