/** Copywriting lane: prompt → draft agent → editor agent → preview + output (5 nodes). */
import { addOutput, addPreview, COL, llm, OLLAMA_MODELS, type LaneBuilder } from './laneKit';

export const addCopyLane: LaneBuilder = (ctx, lane, y, p) => {
  const { graph, pick } = ctx;
  graph.addNode(
    `${p}prompt`,
    'nodetool.text.FormatText',
    COL,
    y,
    { template: `Channel ${lane}: write copy for {{ brief }}` },
    { dyn: { brief: '' } },
  );
  graph.connect(ctx.brief, 'output', `${p}prompt`, 'brief', 'str');
  graph.addNode(`${p}draft`, 'nodetool.agents.Agent', COL * 2, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Write a first draft.',
    max_tokens: pick([512, 1024, 2048]),
    context_window: 4096,
  });
  graph.connect(`${p}prompt`, 'output', `${p}draft`, 'prompt', 'str');
  graph.addNode(`${p}edit`, 'nodetool.agents.Agent', COL * 3, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Tighten the draft.',
    max_tokens: pick([256, 512, 1024]),
    context_window: 4096,
  });
  graph.connect(`${p}draft`, 'text', `${p}edit`, 'prompt', 'str');
  addPreview(ctx, p, 4, y, `copy_${lane}`);
  graph.connect(`${p}edit`, 'text', `${p}preview`, 'value', 'str');
  addOutput(ctx, p, 'nodetool.output.StringOutput', 5, y, `copy_${lane}`);
  graph.connect(`${p}edit`, 'text', `${p}out`, 'value', 'str');
};
