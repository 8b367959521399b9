import { parseParamCount } from '../parse/modelId';
import { readModelRef } from '../parse/modelRef';
import { bitsToQuantization, parseQuantization } from '../parse/quantization';

describe('parseParamCount', () => {
  it.each([
    ['qwen3:4b', 4, 4],
    ['Llama-2-13B', 13, 13],
    ['gpt-oss-120b', 120, 120],
    ['Qwen2.5-1.5B-Instruct', 1.5, 1.5],
    ['gemma3:270m', 0.27, 0.27],
    ['Qwen3-30B-A3B', 30, 3],
    ['meta-llama/Llama-3.2-1b-instruct-q4_k_m.gguf', 1, 1],
    ['gemma3n:e4b', 4, 4],
  ])('%s → %s B total, %s B active', (id, total, active) => {
    const p = parseParamCount(id);
    expect(p?.paramsB).toBeCloseTo(total, 2);
    expect(p?.activeParamsB).toBeCloseTo(active, 2);
  });

  it('reads mixture-of-experts ids as shared-attention totals with two active experts', () => {
    const p = parseParamCount('mixtral:8x7b');
    expect(p?.paramsB).toBeCloseTo(46.7, 1);
    expect(p?.activeParamsB).toBeCloseTo(12.9, 1);
  });

  it.each([
    'gpt-4o',
    'FLUX.1-schnell-mflux-v0.6.2-4bit',
    'DreamShaper_4BakedVae_fp16',
    'whisper-small',
    '',
    undefined,
    42,
  ])('finds no size in %p', (id) => {
    expect(parseParamCount(id)).toBeUndefined();
  });
});

describe('parseQuantization', () => {
  it.each([
    ['Llama-3.1-8B-Instruct-Q4_K_M.gguf', 'Q4_K_M', 4.794],
    ['qwen3:4b-q8_0', 'Q8_0', 8.5],
    ['model-q4_0.gguf', 'Q4_0', 4.5],
    ['Q6_K', 'Q6_K', 6.5625],
    ['IQ2_XXS', 'IQ2_XXS', 2.096],
    ['fp16', 'F16', 16],
    ['bf16', 'BF16', 16],
    ['F32', 'F32', 32],
    ['int8', 'INT8', 8],
    ['mlx-community/Qwen3-4B-4bit', 'INT4', 4.5],
  ])('%s → %s (%s bpw)', (text, label, bpw) => {
    const q = parseQuantization(text);
    expect(q?.label).toBe(label);
    expect(q?.bitsPerWeight).toBeCloseTo(bpw, 3);
  });

  it('keeps the GGUF output matrix at Q6_K for smaller types and at its own precision above', () => {
    expect(parseQuantization('Q4_K_M')?.outputBitsPerWeight).toBeCloseTo(6.5625, 4);
    expect(parseQuantization('Q8_0')?.outputBitsPerWeight).toBe(8.5);
  });

  it('returns undefined when nothing is named', () => {
    expect(parseQuantization('qwen3:4b')).toBeUndefined();
    expect(parseQuantization(null)).toBeUndefined();
  });

  it('maps numeric quantize settings (mflux) to group-wise int formats', () => {
    expect(bitsToQuantization(4)?.bitsPerWeight).toBe(4.5);
    expect(bitsToQuantization(0)).toBeUndefined();
    expect(parseQuantization(8)?.label).toBe('INT8');
  });
});

describe('readModelRef', () => {
  it('reads language_model objects with provider', () => {
    const ref = readModelRef({ type: 'language_model', id: 'qwen3:4b', provider: 'ollama' });
    expect(ref).toMatchObject({ id: 'qwen3:4b', provider: 'ollama', hosted: false });
  });

  it('flags hosted providers', () => {
    expect(readModelRef({ type: 'language_model', id: 'gpt-4o', provider: 'openai' })?.hosted).toBe(true);
    expect(readModelRef('claude-3-5-sonnet')?.hosted).toBe(true);
    expect(readModelRef('gemma3:4b')?.hosted).toBe(false);
    expect(
      readModelRef({
        type: 'language_model',
        id: 'meta-llama/Llama-3.1-8B-Instruct',
        provider: 'huggingface_groq',
      })?.hosted,
    ).toBe(true);
    expect(
      readModelRef({
        type: 'hf.text_generation',
        repo_id: 'Qwen/Qwen2.5-7B-Instruct',
        provider: 'huggingface',
      })?.hosted,
    ).toBe(false);
  });

  it('joins repo_id and path for hf.* models', () => {
    const ref = readModelRef({
      type: 'hf.stable_diffusion',
      repo_id: 'Lykon/DreamShaper',
      path: 'DreamShaper_4BakedVae_fp16.safetensors',
    });
    expect(ref?.id).toBe('Lykon/DreamShaper/DreamShaper_4BakedVae_fp16.safetensors');
    expect(ref?.text).toContain('hf.stable_diffusion');
  });

  it('returns undefined for a model object with no id', () => {
    expect(readModelRef({ type: 'language_model' })).toBeUndefined();
    expect(readModelRef([1, 2])).toBeUndefined();
  });
});
