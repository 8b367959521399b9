import {
  describeModel,
  extractCommentText,
  getCategoryLabel,
  getKeyParams,
  getNodeRenderKind,
  getNodeTitle,
  humanizeTypeName,
} from '../nodeDisplay';

describe('node titles', () => {
  it('prefers the ui title, then data.title, then the humanized short type name', () => {
    expect(getNodeTitle('nodetool.agents.Agent', 'Researcher', { title: 'ignored' })).toBe('Researcher');
    expect(
      getNodeTitle('huggingface.image_to_image.RealESRGAN', undefined, { title: 'RealESRGAN Upscaler' }),
    ).toBe('RealESRGAN Upscaler');
    expect(getNodeTitle('huggingface.text_to_image.StableDiffusionXL', '  ', {})).toBe('Stable Diffusion XL');
    expect(getNodeTitle('huggingface.text_to_video.Wan_T2V')).toBe('Wan T2V');
  });

  it('humanizes camel case and acronyms', () => {
    expect(humanizeTypeName('HybridSearch')).toBe('Hybrid Search');
    expect(humanizeTypeName('RealESRGAN')).toBe('Real ESRGAN');
  });
});

describe('categories', () => {
  it.each([
    ['nodetool.agents.Agent', 'Agent'],
    ['nodetool.generators.ListGenerator', 'LLM'],
    ['huggingface.text_to_image.StableDiffusion', 'Image generation'],
    ['mlx.mflux.MFlux', 'Image generation'],
    ['huggingface.text_to_video.Wan_T2V', 'Video'],
    ['huggingface.automatic_speech_recognition.Whisper', 'Speech to text'],
    ['nodetool.text.Embedding', 'Embedding'],
    ['vector.chroma.HybridSearch', 'Vector DB'],
    ['vector.chroma.IndexEmbedding', 'Vector DB'],
    ['huggingface.image_to_image.RealESRGAN', 'Image'],
    ['huggingface.image_to_image.StableDiffusionImg2Img', 'Image generation'],
    ['nodetool.input.StringInput', 'Input'],
    ['nodetool.output.ImageOutput', 'Output'],
    ['nodetool.boolean.Compare', 'Control'],
    ['lib.pillow.enhance.Sharpen', 'Image'],
    ['nodetool.workflows.base_node.Comment', 'Comment'],
    ['acme.widgets.Frobnicate', 'Widgets'],
  ])('%s → %s', (type, label) => {
    expect(getCategoryLabel(type)).toBe(label);
  });

  it('picks the card kind from the short name', () => {
    expect(getNodeRenderKind('nodetool.workflows.base_node.Comment')).toBe('comment');
    expect(getNodeRenderKind('nodetool.workflows.base_node.Group')).toBe('group');
    expect(getNodeRenderKind('nodetool.workflows.base_node.Preview')).toBe('preview');
    expect(getNodeRenderKind('nodetool.agents.Agent')).toBe('workflow');
  });
});

describe('key parameters', () => {
  it('reads model ids in every shape NodeTool uses', () => {
    expect(describeModel('gemma3:4b')).toBe('gemma3:4b');
    expect(describeModel({ type: 'language_model', id: 'qwen3:4b', provider: 'ollama' })).toBe('qwen3:4b');
    expect(
      describeModel({ type: 'hf.stable_diffusion', repo_id: 'Lykon/DreamShaper', path: 'x.safetensors' }),
    ).toBe('Lykon/DreamShaper');
    expect(describeModel({ type: 'language_model' })).toBeUndefined();
    expect(describeModel(42)).toBeUndefined();
  });

  it('lists model, provider, max tokens, steps and size', () => {
    const params = getKeyParams({
      model: { id: 'llama3.1:8b', provider: 'ollama' },
      max_tokens: 512,
      num_inference_steps: 30,
      width: 1024,
      height: 768,
      prompt: 'not a key parameter',
    });
    expect(params.map((p) => [p.label, p.value])).toEqual([
      ['model', 'llama3.1:8b'],
      ['provider', 'ollama'],
      ['max tokens', '512'],
      ['steps', '30'],
      ['size', '1024×768'],
    ]);
  });

  it('ignores non-finite numbers and odd shapes without throwing', () => {
    expect(getKeyParams({ max_tokens: Number.NaN, steps: 'many', width: 512 })).toEqual([
      { key: 'steps', label: 'steps', value: 'many' },
    ]);
    expect(getKeyParams(null)).toEqual([]);
  });
});

describe('comment text', () => {
  it('keeps plain strings', () => {
    expect(extractCommentText('# Title\n\nBody')).toBe('# Title\n\nBody');
  });

  it('joins the inline children of each paragraph of a Lexical-like array', () => {
    const comment = [
      { type: 'paragraph', children: [{ text: 'Categorize Emails', bold: true }] },
      { type: 'paragraph', children: [{ text: '' }] },
      {
        type: 'paragraph',
        children: [{ text: '1. Gmail Search: ', bold: true }, { text: 'fetches emails.' }],
      },
    ];
    expect(extractCommentText(comment)).toBe('Categorize Emails\n\n1. Gmail Search: fetches emails.');
  });

  it('reads an editor state with a root node and nested lists', () => {
    const state = {
      root: {
        children: [
          { type: 'heading', children: [{ text: 'Steps' }] },
          {
            type: 'list',
            children: [
              { type: 'listitem', children: [{ text: 'one' }] },
              { type: 'listitem', children: [{ text: 'two' }] },
            ],
          },
        ],
      },
    };
    expect(extractCommentText(state)).toBe('Steps\none\ntwo');
  });

  it('gives an empty string for empty or unknown shapes', () => {
    expect(extractCommentText({})).toBe('');
    expect(extractCommentText(undefined)).toBe('');
    expect(extractCommentText(7)).toBe('');
  });
});
