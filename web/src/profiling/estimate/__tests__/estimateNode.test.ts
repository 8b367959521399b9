import { createBuiltinMetricTable, estimateNode } from '..';
import { makeCtx, makeNode } from './helpers';

const table = createBuiltinMetricTable();
const est = (type: string, params: Record<string, unknown> = {}, hw = 'rtx-4090', chars = 0) =>
  estimateNode(makeNode(type, params), makeCtx(hw, { upstreamTextChars: chars }), table);

const ollama = (id: string) => ({ model: { type: 'language_model', id, provider: 'ollama' } });

describe('estimateNode: categories and devices', () => {
  it('gives unknown types known:false, low confidence and a guessed category default', () => {
    const e = est('acme.widgets.MakeImageBetter');
    expect(e.known).toBe(false);
    expect(e.confidence).toBe('low');
    expect(e.category).toBe('image-op');
  });

  it('treats Comment / Preview / Group as zero-cost layout on no device', () => {
    for (const t of ['Comment', 'Preview', 'Group']) {
      const e = est(`nodetool.workflows.base_node.${t}`);
      expect(e).toMatchObject({
        category: 'layout',
        layoutOnly: true,
        runtimeMs: 0,
        memoryMb: 0,
        vramMb: 0,
        device: 'none',
      });
    }
  });

  it('runs local models on the GPU, on the CPU for CPU-only presets, and hosted ones remotely without memory', () => {
    expect(est('nodetool.agents.Agent', ollama('qwen3:4b')).device).toBe('gpu');
    const cpu = est('nodetool.agents.Agent', ollama('qwen3:4b'), 'cpu-ddr5-6400');
    expect(cpu.device).toBe('cpu');
    expect(cpu.vramMb).toBe(0);
    expect(cpu.memoryMb).toBeGreaterThan(2000);
    const hosted = est('nodetool.agents.Agent', {
      model: { type: 'language_model', id: 'gpt-4o', provider: 'openai' },
    });
    expect(hosted).toMatchObject({ category: 'hosted-llm', device: 'remote', vramMb: 0, confidence: 'low' });
    expect(hosted.memoryMb).toBeLessThan(100);
    expect(est('search.google.GoogleSearch').device).toBe('remote');
    expect(est('nodetool.text.FormatText').device).toBe('cpu');
  });
});

describe('estimateNode: details', () => {
  it('LLM nodes carry the LLM detail fields, a source and assumptions', () => {
    const e = est(
      'nodetool.agents.Agent',
      { ...ollama('qwen3:4b'), max_tokens: 4096, context_window: 4096 },
      'rtx-4090',
      2000,
    );
    for (const k of [
      'paramsB',
      'activeParamsB',
      'bitsPerWeight',
      'weightsGb',
      'kvCacheGb',
      'promptTokens',
      'outputTokens',
      'loadMs',
      'prefillMs',
      'decodeMs',
      'prefillTokensPerSec',
      'decodeTokensPerSec',
    ]) {
      expect(typeof e.details[k]).toBe('number');
    }
    expect(e.details.source).toMatch(/physics/);
    expect(e.details.assumptions.map((a) => a.key)).toEqual(
      expect.arrayContaining(['quantization', 'outputTokens']),
    );
    expect(e.details.promptTokens).toBeGreaterThanOrEqual(500);
    expect(e.modelKey).toMatch(/qwen3-4b@Q4_K_M/);
    expect(e.loadMs).toBeGreaterThan(0);
    expect(e.loadMs).toBeLessThan(e.runtimeMs);
    expect(e.modelVramMb).toBeGreaterThan(2000);
  });

  it('reads bare Ollama names as their :latest tag', () => {
    expect(est('nodetool.llms.LLM', { model: 'qwen3' }).details.model).toBe('Qwen3-8B');
    expect(est('nodetool.llms.LLM', ollama('llama3.2')).details.model).toBe('Llama-3.2-3B');
  });

  it('diffusion and speech nodes carry their detail fields', () => {
    const d = est('huggingface.text_to_image.StableDiffusion', {
      model: { type: 'hf.stable_diffusion', repo_id: 'Lykon/DreamShaper' },
      num_inference_steps: 25,
      guidance_scale: 7.5,
      width: 512,
      height: 768,
    });
    expect(d.details).toMatchObject({ steps: 25, evalsPerStep: 2, width: 512, height: 768, batch: 1 });
    expect(d.details.paramsB).toBeCloseTo(0.86, 2);
    expect(typeof d.details.msPerStep).toBe('number');
    const s = est('huggingface.automatic_speech_recognition.Whisper', {
      model: { type: 'hf.automatic_speech_recognition', repo_id: 'openai/whisper-small' },
    });
    expect(s.details).toMatchObject({ paramsB: 0.244, audioSeconds: 60 });
    expect(typeof s.details.realTimeFactor).toBe('number');
    expect(s.details.assumptions.find((a) => a.key === 'audioSeconds')?.value).toBe(60);
  });

  it('uses sizes the engine knows from upstream constants instead of assumptions', () => {
    const node = makeNode('huggingface.automatic_speech_recognition.Whisper', {});
    const e = estimateNode(node, makeCtx('rtx-4090', { upstreamMedia: { audioSeconds: 300 } }), table);
    expect(e.details.audioSeconds).toBe(300);
    expect(e.details.assumptions.find((a) => a.key === 'audioSeconds')?.label).toMatch(/upstream/);
  });

  it('decodes Whisper greedily unless the node sets a beam width, and a wider beam takes longer', () => {
    const type = 'huggingface.automatic_speech_recognition.Whisper';
    const greedy = est(type, {});
    const beam5 = est(type, { num_beams: 5 });
    expect(greedy.details.beam).toBe(1);
    expect(greedy.details.assumptions.find((a) => a.key === 'num_beams')?.value).toBe(1);
    expect(beam5.details.beam).toBe(5);
    expect(beam5.runtimeMs).toBeGreaterThan(greedy.runtimeMs);
  });

  it('honours assumption overrides', () => {
    const node = makeNode('huggingface.automatic_speech_recognition.Whisper', {});
    const a = estimateNode(node, makeCtx('rtx-4090'), table);
    const b = estimateNode(node, makeCtx('rtx-4090', { assumptions: { audioSeconds: 600 } }), table);
    expect(b.details.audioSeconds).toBe(600);
    expect(b.runtimeMs).toBeGreaterThan(a.runtimeMs);
  });
});

describe('estimateNode: bad input', () => {
  it('clamps NaN, negative and absurd parameters and says so', () => {
    const e = est('huggingface.text_to_image.StableDiffusion', {
      num_inference_steps: -5,
      width: 'wide',
      height: 1e9,
    });
    const codes = (e.warnings ?? []).map((w) => `${w.code}:${w.field}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'param.out-of-range-low:num_inference_steps',
        'param.not-a-number:width',
        'param.out-of-range-high:height',
      ]),
    );
    expect(e.details.steps).toBe(1);
    expect(Number.isFinite(e.runtimeMs)).toBe(true);
    expect(e.warnings?.every((w) => w.nodeId === 'n1')).toBe(true);
  });

  it('reads max_tokens 0 / -1 as "no limit", not as one token', () => {
    const e = est('nodetool.llms.LLM', { ...ollama('qwen3:4b'), max_tokens: 0 });
    expect(e.details.outputTokens).toBe(500);
    expect(e.warnings).toBeUndefined();
  });

  it('never throws, whatever the node looks like', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'x',
      [],
      { model: { id: {} } },
      { max_tokens: Infinity },
    ];
    for (const params of garbage) {
      expect(() =>
        estimateNode(
          { id: 'x', type: 'nodetool.agents.Agent', title: 'x', params: params as Record<string, unknown> },
          makeCtx(),
          table,
        ),
      ).not.toThrow();
    }
    expect(() =>
      estimateNode(
        { id: 'x', type: undefined as unknown as string, title: '', params: {} },
        makeCtx(),
        table,
      ),
    ).not.toThrow();
  });

  it('falls back to type defaults with a warning when an estimator throws', () => {
    const broken = createBuiltinMetricTable();
    broken.exact.set('x.Broken', {
      category: 'data',
      baseComplexity: 1,
      defaults: { runtimeMs: 3, memoryMb: 1, vramMb: 0, device: 'cpu' },
      estimate: () => {
        throw new Error('boom');
      },
    });
    const e = estimateNode(makeNode('x.Broken'), makeCtx(), broken);
    expect(e.runtimeMs).toBe(3);
    expect(e.warnings?.[0]?.code).toBe('estimate.failed');
  });
});

describe('estimateNode: list producers', () => {
  it('marks generators and mail search as item producers', () => {
    expect(est('nodetool.generators.ListGenerator', ollama('qwen3:4b')).emitsItems).toBeNull();
    expect(est('lib.mail.GmailSearch', { max_results: 10 }).emitsItems).toBe(10);
    expect(est('nodetool.text.FormatText').emitsItems).toBeUndefined();
  });
});

describe('complexity', () => {
  const c = (type: string, params: Record<string, unknown>) => est(type, params).complexity;

  it('is 1–20 and monotone in model size, tokens, steps, resolution and frames', () => {
    const sizes = ['qwen3:0.6b', 'qwen3:4b', 'qwen3:14b', 'llama3:70b'].map(
      (id) => est('nodetool.agents.Agent', ollama(id)).runtimeMs,
    );
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    const agent = (n: number) => c('nodetool.llms.LLM', { ...ollama('qwen3:4b'), max_tokens: n });
    expect(agent(16)).toBeLessThanOrEqual(agent(256));
    const sd = (p: Record<string, unknown>) =>
      c('huggingface.text_to_image.StableDiffusionXL', {
        num_inference_steps: 20,
        width: 1024,
        height: 1024,
        ...p,
      });
    expect(sd({ num_inference_steps: 10 })).toBeLessThanOrEqual(sd({ num_inference_steps: 80 }));
    expect(sd({ width: 512, height: 512 })).toBeLessThanOrEqual(sd({ width: 2048, height: 2048 }));
    const vid = (f: number) => c('huggingface.text_to_video.Wan', { num_frames: f });
    expect(vid(17)).toBeLessThanOrEqual(vid(161));
    for (const x of [agent(16), sd({}), vid(161)]) {
      expect(x).toBeGreaterThanOrEqual(1);
      expect(x).toBeLessThanOrEqual(20);
    }
  });

  it('video > image > text in memory', () => {
    const text = est('nodetool.agents.Agent', ollama('qwen3:4b'));
    const image = est('huggingface.text_to_image.StableDiffusionXL', {});
    const video = est('huggingface.text_to_video.Wan', {
      model: { type: 'hf.text_to_video', repo_id: 'Wan-AI/Wan2.1-T2V-14B' },
    });
    const mem = (e: typeof text) => e.memoryMb + e.vramMb;
    expect(mem(video)).toBeGreaterThan(mem(image));
    expect(mem(image)).toBeGreaterThan(mem(text));
  });

  it('guidance doubles diffusion work', () => {
    const a = est('huggingface.text_to_image.StableDiffusionXL', { guidance_scale: 1 });
    const b = est('huggingface.text_to_image.StableDiffusionXL', { guidance_scale: 7 });
    expect((b.details.msPerStep as number) / (a.details.msPerStep as number)).toBeGreaterThan(1.8);
  });
});
