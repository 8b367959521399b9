/** Interview lane: audio → Whisper → quote-picking agent → merge → output, plus a transcript preview (6 nodes). */
import { addOutput, addPreview, COL, llm, OLLAMA_MODELS, type LaneBuilder } from './laneKit';

const WHISPER_REPOS = ['openai/whisper-small', 'openai/whisper-medium', 'openai/whisper-large-v3-turbo'];

export const addSpeechLane: LaneBuilder = (ctx, lane, y, p) => {
  const { graph, pick } = ctx;
  graph.addNode(`${p}audio`, 'nodetool.input.AudioInput', COL, y, {
    name: `interview_${lane}`,
    value: { type: 'audio', uri: '' },
  });
  graph.addNode(`${p}asr`, 'huggingface.automatic_speech_recognition.Whisper', COL * 2, y, {
    model: { type: 'hf.automatic_speech_recognition', repo_id: pick(WHISPER_REPOS) },
    task: 'transcribe',
    language: 'english',
    chunk_length_s: 30,
    timestamps: 'none',
  });
  graph.connect(`${p}audio`, 'output', `${p}asr`, 'audio', 'audio');
  graph.addNode(`${p}quotes`, 'nodetool.agents.Agent', COL * 3, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Pick the three best customer quotes.',
    max_tokens: 512,
    context_window: 8192,
  });
  graph.connect(`${p}asr`, 'text', `${p}quotes`, 'prompt', 'str');
  graph.addNode(
    `${p}merge`,
    'nodetool.text.FormatText',
    COL * 4,
    y,
    { template: '{{ brief }}\n\nQuotes:\n{{ quotes }}' },
    { dyn: { brief: '', quotes: '' } },
  );
  graph.connect(ctx.brief, 'output', `${p}merge`, 'brief', 'str');
  graph.connect(`${p}quotes`, 'text', `${p}merge`, 'quotes', 'str');
  addOutput(ctx, p, 'nodetool.output.StringOutput', 5, y, `quotes_${lane}`);
  graph.connect(`${p}merge`, 'output', `${p}out`, 'value', 'str');
  addPreview(ctx, p, 6, y, `transcript_${lane}`);
  graph.connect(`${p}asr`, 'text', `${p}preview`, 'value', 'str');
};
