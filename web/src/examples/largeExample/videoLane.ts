/** Video lane: director agent → Wan clip → output + preview, and a caption agent → output (6 nodes). */
import { addOutput, addPreview, COL, llm, OLLAMA_MODELS, type LaneBuilder } from './laneKit';

const WAN_VARIANTS = ['Wan-AI/Wan2.2-TI2V-5B-Diffusers', 'Wan-AI/Wan2.1-T2V-1.3B-Diffusers'];

export const addVideoLane: LaneBuilder = (ctx, lane, y, p) => {
  const { graph, pick } = ctx;
  graph.addNode(`${p}director`, 'nodetool.agents.Agent', COL, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Write a cinematic 5-second shot description.',
    max_tokens: 256,
    context_window: 4096,
  });
  graph.connect(ctx.brief, 'output', `${p}director`, 'prompt', 'str');
  graph.addNode(`${p}clip`, 'huggingface.text_to_video.Wan_T2V', COL * 2, y, {
    model_variant: pick(WAN_VARIANTS),
    prompt: '',
    num_frames: pick([49, 81]),
    num_inference_steps: pick([20, 30]),
    guidance_scale: 5,
    width: 832,
    height: 480,
    fps: 16,
    enable_cpu_offload: true,
  });
  graph.connect(`${p}director`, 'text', `${p}clip`, 'prompt', 'str');
  addOutput(ctx, p, 'nodetool.output.VideoOutput', 3, y, `clip_${lane}`);
  graph.connect(`${p}clip`, 'output', `${p}out`, 'value', 'video');
  addPreview(ctx, p, 4, y, `clip_${lane}`);
  graph.connect(`${p}clip`, 'output', `${p}preview`, 'value', 'video');
  graph.addNode(`${p}caption`, 'nodetool.agents.Agent', COL * 2, y + 110, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Write a caption for the clip.',
    max_tokens: 128,
    context_window: 4096,
  });
  graph.connect(`${p}director`, 'text', `${p}caption`, 'prompt', 'str');
  graph.addNode(`${p}caption_out`, 'nodetool.output.StringOutput', COL * 3, y + 110, {
    name: `caption_${lane}`,
    description: '',
  });
  graph.connect(`${p}caption`, 'text', `${p}caption_out`, 'value', 'str');
};
