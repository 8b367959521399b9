/** Image lane: prompt list → SD/SDXL → upscale → fit → output, plus a preview of the render (6 nodes). */
import { addOutput, addPreview, COL, llm, OLLAMA_MODELS, type LaneBuilder } from './laneKit';

const SDXL_MODEL = {
  type: 'hf.stable_diffusion_xl',
  repo_id: 'stabilityai/stable-diffusion-xl-base-1.0',
  path: 'sd_xl_base_1.0.safetensors',
};
const SD_MODEL = {
  type: 'hf.stable_diffusion',
  repo_id: 'Lykon/DreamShaper',
  path: 'DreamShaper_8_pruned.safetensors',
};

export const addImageLane: LaneBuilder = (ctx, lane, y, p) => {
  const { graph, pick } = ctx;
  graph.addNode(`${p}ideas`, 'nodetool.generators.ListGenerator', COL, y, {
    model: llm(pick(OLLAMA_MODELS)),
    prompt: 'Three poster prompts for the brief',
    max_tokens: 1024,
  });
  graph.connect(ctx.brief, 'output', `${p}ideas`, 'input_text', 'str');
  const xl = ctx.random() < 0.5;
  const size = xl ? pick([768, 1024]) : pick([512, 640, 768]);
  graph.addNode(
    `${p}render`,
    xl ? 'huggingface.text_to_image.StableDiffusionXL' : 'huggingface.text_to_image.StableDiffusion',
    COL * 2,
    y,
    {
      model: { ...(xl ? SDXL_MODEL : SD_MODEL) },
      prompt: '',
      negative_prompt: 'text, watermark',
      num_inference_steps: pick([20, 25, 30, 40]),
      guidance_scale: 7,
      width: size,
      height: size,
      seed: lane,
    },
  );
  graph.connect(`${p}ideas`, 'item', `${p}render`, 'prompt', 'str');
  graph.addNode(`${p}upscale`, 'huggingface.image_to_image.RealESRGAN', COL * 3, y, {
    model: { type: 'hf.real_esrgan', repo_id: 'ai-forever/Real-ESRGAN', path: 'RealESRGAN_x2.pth' },
    scale: 'x2',
  });
  graph.connect(`${p}render`, 'output', `${p}upscale`, 'image', 'image');
  graph.addNode(`${p}fit`, 'nodetool.image.Fit', COL * 4, y, { width: 1080, height: 1350 });
  graph.connect(`${p}upscale`, 'output', `${p}fit`, 'image', 'image');
  addOutput(ctx, p, 'nodetool.output.ImageOutput', 5, y, `visual_${lane}`);
  graph.connect(`${p}fit`, 'output', `${p}out`, 'value', 'image');
  addPreview(ctx, p, 6, y, `visual_${lane}`);
  graph.connect(`${p}render`, 'output', `${p}preview`, 'value', 'image');
};
