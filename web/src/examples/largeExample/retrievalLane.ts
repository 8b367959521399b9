/** Retrieval lane: question → embed + index, and question → query → answer → output (6 nodes). */
import { addOutput, COL, llm, OLLAMA_MODELS, type LaneBuilder } from './laneKit';

const EMBEDDING_MODELS = ['nomic-embed-text', 'all-minilm', 'mxbai-embed-large'];
/** The Chroma collection every lane queries and indexes into. */
const collection = () => ({ type: 'collection', name: 'product_docs' });

export const addRetrievalLane: LaneBuilder = (ctx, lane, y, p) => {
  const { graph, pick } = ctx;
  graph.addNode(`${p}question`, 'nodetool.constant.String', COL, y, {
    value: `FAQ ${lane}: what does the warranty cover?`,
  });
  graph.addNode(`${p}embed`, 'nodetool.text.Embedding', COL * 2, y, {
    model: { type: 'embedding_model', provider: 'ollama', id: pick(EMBEDDING_MODELS) },
    input: '',
  });
  graph.connect(`${p}question`, 'output', `${p}embed`, 'input', 'str');
  graph.addNode(`${p}query`, 'vector.chroma.QueryText', COL * 3, y, {
    collection: collection(),
    text: '',
    n_results: pick([3, 4, 6]),
  });
  graph.connect(`${p}question`, 'output', `${p}query`, 'text', 'str');
  graph.addNode(`${p}answer`, 'nodetool.agents.Agent', COL * 4, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Answer from the passages only.',
    max_tokens: 512,
    context_window: 8192,
  });
  graph.connect(`${p}query`, 'documents', `${p}answer`, 'prompt', 'list');
  addOutput(ctx, p, 'nodetool.output.StringOutput', 5, y, `faq_${lane}`);
  graph.connect(`${p}answer`, 'text', `${p}out`, 'value', 'str');
  graph.addNode(`${p}index`, 'vector.chroma.IndexEmbedding', COL * 3, y + 110, {
    collection: collection(),
    index_id: `faq-${lane}`,
  });
  graph.connect(`${p}embed`, 'output', `${p}index`, 'embedding', 'np_array');
};
