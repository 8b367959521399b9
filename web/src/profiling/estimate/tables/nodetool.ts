/**
 * nodetool.* (nodetool-core / nodetool-base): agents, LLMs, generators, inputs, constants, outputs, text, control,
 * lists, data, images, audio, video, documents, files, and the layout nodes.
 */
import { estimateDiffusion } from '../estimators/diffusion';
import { estimateEmbedding } from '../estimators/encoder';
import { audioOp, dataOp, imageOp, ioNode, latency, videoOp } from '../estimators/light';
import { estimateSpeechToText, estimateTextToSpeech } from '../estimators/speech';
import { LATENCY_MS } from '../formulas/ops';
import type { NodeMetricDefinition } from '../types';
import { layoutRule, namespaceRule, rule, unknownCount } from './define';
import { llmRule } from './llmRules';

type Rules = ReadonlyArray<[string, NodeMetricDefinition]>;

const LAYOUT: Rules = [
  ['nodetool.workflows.base_node.Comment', layoutRule()],
  ['nodetool.workflows.base_node.Preview', layoutRule()],
  ['nodetool.workflows.base_node.Group', layoutRule()],
  ['nodetool.workflows.base_node.Note', layoutRule()],
  [
    'nodetool.workflows.*',
    rule(
      'control',
      latency({ category: 'control', ms: 1, label: 'workflow plumbing' }),
      'workflow control node',
    ),
  ],
];

const LLM: Rules = [
  ['nodetool.agents.*', llmRule('agent')],
  ['nodetool.agents.Agent', llmRule('agent')],
  ['nodetool.agents.Classifier', llmRule('classifier')],
  ['nodetool.agents.Summarizer', llmRule('summarizer')],
  ['nodetool.agents.Extractor', llmRule('extractor')],
  ['nodetool.llms.*', llmRule('chat')],
  ['nodetool.llms.Summarizer', llmRule('summarizer')],
  ['nodetool.llms.Extractor', llmRule('extractor')],
  ['nodetool.llms.Classifier', llmRule('classifier')],
  ['nodetool.generators.*', llmRule('codeGenerator')],
  ['nodetool.generators.ListGenerator', llmRule('listGenerator')],
  ['nodetool.generators.DataGenerator', llmRule('dataGenerator')],
];

const IO: Rules = [
  ['nodetool.input.*', rule('input', ioNode('input'), 'workflow input')],
  ['nodetool.input.ImageInput', rule('input', ioNode('input', 'image'), 'image input')],
  ['nodetool.input.AudioInput', rule('input', ioNode('input', 'audio'), 'audio input')],
  ['nodetool.input.VideoInput', rule('input', ioNode('input', 'video'), 'video input')],
  [
    'nodetool.input.DocumentInput',
    rule('input', latency({ category: 'input', ms: 30, label: 'read a document' }), 'document input'),
  ],
  ['nodetool.constant.*', rule('input', ioNode('input'), 'constant value')],
  ['nodetool.constant.Image', rule('input', ioNode('input', 'image'), 'image constant')],
  ['nodetool.constant.Audio', rule('input', ioNode('input', 'audio'), 'audio constant')],
  ['nodetool.constant.Video', rule('input', ioNode('input', 'video'), 'video constant')],
  ['nodetool.output.*', rule('output', ioNode('output'), 'workflow output')],
  ['nodetool.output.ImageOutput', rule('output', ioNode('output', 'image'), 'image output')],
  ['nodetool.output.AudioOutput', rule('output', ioNode('output', 'audio'), 'audio output')],
  ['nodetool.output.VideoOutput', rule('output', ioNode('output', 'video'), 'video output')],
  ['nodetool.triggers.*', rule('input', ioNode('input'), 'trigger input')],
];

const DATA: Rules = [
  ['nodetool.text.*', rule('data', dataOp(), 'text operation')],
  [
    'nodetool.text.AutomaticSpeechRecognition',
    rule(
      'speech-to-text',
      (n, c) => estimateSpeechToText(n, c, { defaultModel: 'whisper-large-v3-turbo', impl: 'transformers' }),
      'speech recognition (provider model)',
    ),
  ],
  [
    'nodetool.text.Embedding',
    rule(
      'embedding',
      (n, c) => estimateEmbedding(n, c, { defaultModel: 'nomic-embed-text' }),
      'text embedding (provider model)',
    ),
  ],
  ['nodetool.boolean.*', rule('control', dataOp('control'), 'boolean logic')],
  ['nodetool.control.*', rule('control', dataOp('control'), 'control flow')],
  [
    'nodetool.control.ForEach',
    rule('control', dataOp('control'), 'iterate a list', { emitsItems: unknownCount }),
  ],
  [
    'nodetool.control.Collect',
    rule('control', dataOp('control'), 'collect a stream into a list', { collectsItems: true }),
  ],
  ['nodetool.list.*', rule('data', dataOp(), 'list operation')],
  ['nodetool.dictionary.*', rule('data', dataOp(), 'dictionary operation')],
  ['nodetool.math.*', rule('data', dataOp(), 'math operation')],
  ['nodetool.numbers.*', rule('data', dataOp(), 'number operation')],
  ['nodetool.json.*', rule('data', dataOp(), 'JSON operation')],
  [
    'nodetool.data.*',
    rule(
      'data',
      latency({ category: 'data', ms: 20, label: 'dataframe operation (pandas, ~10k rows)', memoryMb: 50 }),
      'dataframe operation',
    ),
  ],
  ['nodetool.date.*', rule('data', dataOp(), 'date operation')],
  [
    'nodetool.code.*',
    rule(
      'data',
      latency({
        category: 'data',
        ms: 150,
        label: 'run a code snippet (interpreter start + run)',
        memoryMb: 60,
      }),
      'code execution',
    ),
  ],
  [
    'nodetool.document.*',
    rule(
      'document',
      latency({
        category: 'document',
        ms: 300,
        label: 'parse a document (~10 pages)',
        memoryMb: 150,
        baseComplexity: 2,
      }),
      'document processing',
    ),
  ],
  [
    'nodetool.os.*',
    rule(
      'io',
      latency({ category: 'io', ms: LATENCY_MS.localFile, label: 'local file operation' }),
      'file operation',
    ),
  ],
  [
    'nodetool.workspace.*',
    rule(
      'io',
      latency({ category: 'io', ms: LATENCY_MS.localFile, label: 'workspace file operation' }),
      'workspace file operation',
    ),
  ],
  [
    'nodetool.storage.*',
    rule(
      'io',
      latency({ category: 'io', ms: LATENCY_MS.database, label: 'storage read/write' }),
      'storage operation',
    ),
  ],
  [
    'nodetool.vector.*',
    rule(
      'vector-db',
      latency({
        category: 'vector-db',
        ms: LATENCY_MS.vectorQuery,
        label: 'vector store query',
        memoryMb: 200,
        baseComplexity: 2,
      }),
      'vector store',
    ),
  ],
];

const MEDIA: Rules = [
  ['nodetool.image.*', rule('image-op', imageOp('point'), 'image operation')],
  ['nodetool.image.Fit', rule('image-op', imageOp('resize'), 'image resize')],
  ['nodetool.image.Resize', rule('image-op', imageOp('resize'), 'image resize')],
  ['nodetool.image.Scale', rule('image-op', imageOp('resize'), 'image resize')],
  ['nodetool.image.Crop', rule('image-op', imageOp('point'), 'image crop')],
  ['nodetool.image.Blend', rule('image-op', imageOp('composite'), 'image blend')],
  ['nodetool.image.Composite', rule('image-op', imageOp('composite'), 'image composite')],
  ['nodetool.image.SaveImage', rule('image-op', imageOp('encode'), 'encode and save an image')],
  [
    'nodetool.image.TextToImage',
    rule(
      'image-diffusion',
      (n, c) => estimateDiffusion(n, c, { defaultModel: 'FLUX.1 [dev]' }),
      'text-to-image (provider model)',
    ),
  ],
  [
    'nodetool.image.ImageToImage',
    rule(
      'image-diffusion',
      (n, c) => estimateDiffusion(n, c, { defaultModel: 'FLUX.1 [dev]', imageToImage: true }),
      'image-to-image (provider model)',
    ),
  ],
  ['nodetool.audio.*', rule('audio-op', audioOp(), 'audio operation')],
  [
    'nodetool.audio.TextToSpeech',
    rule(
      'text-to-speech',
      (n, c) => estimateTextToSpeech(n, c, { defaultModel: 'Kokoro-82M' }),
      'text-to-speech (provider model)',
    ),
  ],
  ['nodetool.video.*', rule('video-op', videoOp(), 'video operation')],
  [
    'nodetool.video.TextToVideo',
    rule(
      'video-diffusion',
      (n, c) => estimateDiffusion(n, c, { defaultModel: 'Wan2.1 1.3B', video: true }),
      'text-to-video (provider model)',
    ),
  ],
  [
    'nodetool.video.ImageToVideo',
    rule(
      'video-diffusion',
      (n, c) => estimateDiffusion(n, c, { defaultModel: 'Wan2.1 1.3B', video: true }),
      'image-to-video (provider model)',
    ),
  ],
];

/** All nodetool.* rules, with a namespace catch-all. */
export const NODETOOL_RULES: Rules = [
  ['nodetool.*', namespaceRule('nodetool.*', 'data')],
  ...LAYOUT,
  ...LLM,
  ...IO,
  ...DATA,
  ...MEDIA,
];
