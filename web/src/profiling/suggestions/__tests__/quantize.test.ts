import { profileWorkflow } from '../../profile/profileWorkflow';
import { TEST_GPU, workflow } from '../../profile/__tests__/fixedTable';
import { describeQuantEffect, describeQuantTitle } from '../describeQuant';
import { editSmallerQuant } from '../editQuant';

describe('editSmallerQuant: the 4-bit format of each backend', () => {
  it.each([
    [
      'an Ollama tag',
      { model: { type: 'language_model', id: 'llama3.1:8b-instruct-fp16', provider: 'ollama' } },
      'llm' as const,
      { model: { type: 'language_model', id: 'llama3.1:8b-instruct-q4_K_M', provider: 'ollama' } },
      'Quantize "Node" to Q4_K_M (now F16)',
    ],
    [
      'a llama.cpp GGUF file (upper case kept)',
      {
        model: {
          type: 'llama_model',
          repo_id: 'bartowski/Llama-3.1-8B-GGUF',
          path: 'Llama-3.1-8B-Q8_0.gguf',
        },
      },
      'llm' as const,
      {
        model: {
          type: 'llama_model',
          repo_id: 'bartowski/Llama-3.1-8B-GGUF',
          path: 'Llama-3.1-8B-Q4_K_M.gguf',
        },
      },
      'Quantize "Node" to Q4_K_M (now Q8_0)',
    ],
    [
      'an MLX conversion',
      { model: { type: 'language_model', id: 'mlx-community/Qwen3-8B-8bit', provider: 'mlx' } },
      'llm' as const,
      { model: { type: 'language_model', id: 'mlx-community/Qwen3-8B-4bit', provider: 'mlx' } },
      'Quantize "Node" to 4-bit (now 8-bit)',
    ],
    [
      'a diffusers checkpoint',
      {
        model: {
          type: 'hf.stable_diffusion',
          repo_id: 'Lykon/DreamShaper',
          path: 'DreamShaper_fp16.safetensors',
        },
      },
      'image-diffusion' as const,
      {
        model: {
          type: 'hf.stable_diffusion',
          repo_id: 'Lykon/DreamShaper',
          path: 'DreamShaper_nf4.safetensors',
        },
      },
      'Quantize "Node" to 4-bit NF4 (now F16)',
    ],
    [
      'a transformers model',
      { model: { type: 'hf.text_generation', repo_id: 'org/Model-7B-bf16' } },
      'llm' as const,
      { model: { type: 'hf.text_generation', repo_id: 'org/Model-7B-nf4' } },
      'Quantize "Node" to 4-bit NF4 (now BF16)',
    ],
    [
      'a numeric quantize (MFlux) at 8 bits',
      { model: 'dev', quantize: 8 },
      'image-diffusion' as const,
      { model: 'dev', quantize: 4 },
      'Quantize "Node" to 4-bit (now 8-bit)',
    ],
    [
      'a numeric quantize left unset',
      { model: 'dev', quantize: null },
      'image-diffusion' as const,
      { model: 'dev', quantize: 4 },
      'Quantize "Node" to 4-bit (now unquantized)',
    ],
  ])('%s', (_name, params, category, edited, title) => {
    const edit = editSmallerQuant(params, category)!;
    expect(edit.params).toEqual(edited);
    expect(describeQuantTitle('Node', edit)).toBe(title);
  });

  it('leaves 4-bit and unnamed precisions alone', () => {
    expect(editSmallerQuant({ model: 'llama3.1:8b-instruct-q4_K_M' }, 'llm')).toBeUndefined();
    expect(editSmallerQuant({ model: 'dev', quantize: 4 }, 'image-diffusion')).toBeUndefined();
    expect(editSmallerQuant({ model: { type: 'language_model', id: 'qwen3:4b' } }, 'llm')).toBeUndefined();
  });
});

describe('quantize suggestions name the backend format', () => {
  const profile = (nodes: Array<[string, string, Record<string, unknown>]>) =>
    profileWorkflow(workflow(nodes, []), { hardware: TEST_GPU }).suggestions.filter(
      (s) => s.kind === 'quantize',
    );

  // Untitled nodes are titled by their type's last segment.
  it('uses the GGUF K-quant name for an Ollama model', () => {
    const [s] = profile([
      [
        'chat',
        'nodetool.agents.Agent',
        { model: { type: 'language_model', id: 'llama3.1:8b-instruct-fp16', provider: 'ollama' } },
      ],
    ]);
    expect(s?.title).toBe('Quantize "Agent" to Q4_K_M (now F16)');
    expect(s?.description).toMatch(/llama\.cpp's 4-bit K-quant/);
    expect(s!.savingsVramMb).toBeGreaterThan(0);
  });

  it('says 4-bit NF4, not a GGUF name, for a diffusers checkpoint', () => {
    const [s] = profile([
      [
        'sd',
        'huggingface.text_to_image.StableDiffusionXL',
        {
          model: { type: 'hf.stable_diffusion_xl', repo_id: 'org/sdxl', path: 'sdxl_base_fp16.safetensors' },
        },
      ],
    ]);
    expect(s?.title).toBe('Quantize "StableDiffusionXL" to 4-bit NF4 (now F16)');
    expect(s?.description).toMatch(/bitsandbytes/);
    expect(s?.title + s!.description).not.toMatch(/Q4_K_M/i);
  });

  it('renames an fp16 checkpoint when an unset quantize would change nothing', () => {
    // The diffusers estimator reads the precision from the checkpoint name first, so `quantize: 4` alone
    // leaves the estimate as it is; the suggestion renames the checkpoint instead.
    const [s] = profile([
      [
        'sd',
        'huggingface.text_to_image.StableDiffusionXL',
        {
          model: { type: 'hf.stable_diffusion_xl', repo_id: 'org/sdxl', path: 'sdxl_base_fp16.safetensors' },
          quantize: null,
        },
      ],
    ]);
    expect(s?.title).toBe('Quantize "StableDiffusionXL" to 4-bit NF4 (now F16)');
    expect(s!.savingsVramMb).toBeGreaterThan(0);
  });

  it('says 4-bit for a numeric quantize', () => {
    const [s] = profile([['flux', 'mlx.mflux.MFlux', { model: 'schnell', quantize: 8 }]]);
    expect(s?.title).toBe('Quantize "MFlux" to 4-bit (now 8-bit)');
    expect(s?.description).toMatch(/quantize: 4/);
  });
});

describe('describeQuantEffect', () => {
  it("describes one backend's format, or all of them when the nodes differ", () => {
    expect(describeQuantEffect(['gguf', 'gguf'])).toMatch(/^Q4_K_M, llama\.cpp's/);
    expect(describeQuantEffect(['torch'])).toMatch(/NF4/);
    const mixed = describeQuantEffect(['gguf', 'bits']);
    expect(mixed).toMatch(/Q4_K_M for llama\.cpp/);
    expect(mixed).toMatch(/NF4 for diffusers/);
  });
});
