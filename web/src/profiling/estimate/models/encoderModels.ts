/**
 * Known embedding and vision encoder models (parameter counts from the model cards; ESTIMATION.md lists
 * all-MiniLM-L6-v2 22.7 M, bge-base 110 M, bge-large 335 M, nomic-embed-text 137 M).
 * Vision models: tokens/patches per input at the native size (ViT patch grid) for the FLOPs estimate.
 */
import type { KnownEncoder } from './types';

const e = (name: string, match: string[], paramsB: number, source = 'model card'): KnownEncoder => ({
  kind: 'embedding',
  name,
  match,
  paramsB,
  source,
});
const v = (
  name: string,
  match: string[],
  paramsB: number,
  tokensPerInput: number,
  source: string,
): KnownEncoder => ({ kind: 'vision', name, match, paramsB, tokensPerInput, source });

export const KNOWN_ENCODERS: ReadonlyArray<KnownEncoder> = [
  e('all-MiniLM-L6-v2', ['all-minilm', 'minilm-l6'], 0.0227),
  e('all-mpnet-base-v2', ['all-mpnet', 'mpnet-base'], 0.11),
  e('bge-small', ['bge-small'], 0.033),
  e('bge-base', ['bge-base'], 0.11),
  e('bge-large', ['bge-large'], 0.335),
  e('bge-m3', ['bge-m3'], 0.568),
  e('nomic-embed-text', ['nomic-embed'], 0.137),
  e('mxbai-embed-large', ['mxbai-embed'], 0.335),
  e('snowflake-arctic-embed', ['arctic-embed'], 0.335),
  e('e5-large', ['e5-large', 'multilingual-e5-large'], 0.56),
  e('gte-base', ['gte-base'], 0.137),
  e('EmbeddingGemma', ['embeddinggemma'], 0.308),
  e('Qwen3-Embedding-0.6B', ['qwen3-embedding'], 0.6),
  v(
    'Depth Anything V2 Small',
    ['depth-anything-v2-small'],
    0.0248,
    1369,
    'depth-anything model card (24.8 M; 518² input, 14-px patches)',
  ),
  v(
    'Depth Anything V2 Base',
    ['depth-anything-v2-base', 'depth-anything'],
    0.0975,
    1369,
    'depth-anything model card (97.5 M; 518² input)',
  ),
  v(
    'Depth Anything V2 Large',
    ['depth-anything-v2-large'],
    0.335,
    1369,
    'depth-anything model card (335 M; 518² input)',
  ),
  v('DPT Large', ['dpt-large', 'dpt-hybrid'], 0.343, 577, 'Intel/dpt-large model card (343 M; 384² input)'),
  v(
    'ViT-GPT2 captioning',
    ['vit-gpt2'],
    0.239,
    197,
    'nlpconnect/vit-gpt2-image-captioning (ViT-B 86 M + GPT-2 124 M + cross-attention)',
  ),
  v(
    'BLIP base captioning',
    ['blip-image-captioning-base', 'blip-base'],
    0.247,
    577,
    'Salesforce BLIP base model card',
  ),
  v(
    'BLIP large captioning',
    ['blip-image-captioning-large', 'blip-large', 'blip'],
    0.47,
    577,
    'Salesforce BLIP large model card',
  ),
  v(
    'CLIP ViT-L/14',
    ['clip-vit-large', 'clip-vit-l'],
    0.428,
    257,
    'openai/clip-vit-large-patch14 model card',
  ),
  v('CLIP ViT-B/32', ['clip-vit-base', 'clip'], 0.151, 50, 'openai/clip-vit-base-patch32 model card'),
  v('DETR ResNet-50', ['detr'], 0.041, 850, 'facebook/detr-resnet-50 model card'),
  v(
    'SegFormer / Mask2Former',
    ['segformer', 'mask2former', 'sam-vit'],
    0.1,
    1024,
    'model cards; ASSUMPTION typical 100 M',
  ),
  v(
    'Real-ESRGAN',
    ['real-esrgan', 'realesrgan', 'esrgan'],
    0.0167,
    0,
    'ai-forever/Real-ESRGAN (RRDBNet 16.7 M; cost per pixel, see formulas/vision.ts)',
  ),
];
