/**
 * The project's own example workflows (NodeTool format), written for this project. Each entry loads its JSON
 * lazily so the 1,000-node example does not weigh on the initial bundle; the 10,000-node example is generated on
 * demand by the seeded generator in ./largeExample (the one scripts/generate-large-example.ts writes the
 * 1,000-node file with). The JSON files are also read
 * directly by the CLI and tests (`web/src/examples/<file>`).
 */

/** One bundled example. */
export interface ExampleWorkflow {
  id: string;
  name: string;
  description: string;
  /**
   * File name inside web/src/examples/ (import errors cite it); for an example generated on demand, the
   * generator that builds it.
   */
  file: string;
  /** Approximate node count, shown in the menu. */
  nodeCount: number;
  /** Loads the parsed NodeTool workflow object. */
  load: () => Promise<unknown>;
}

const unwrap = (module: { default: unknown }) => module.default;

/** Node count of the example generated on demand (the same generator as large-batch-1000.json). */
const LARGE_EXAMPLE_NODES = 10_000;

/** All bundled examples; the first is the one the editor opens on. */
export const EXAMPLES: readonly ExampleWorkflow[] = [
  {
    id: 'llm-agent-chain',
    name: 'Research brief agent chain',
    description:
      'Two local Ollama agents (in a group) research and outline; GPT-4o mini writes, Claude reviews.',
    file: 'llm-agent-chain.json',
    nodeCount: 10,
    load: () => import('./llm-agent-chain.json').then(unwrap),
  },
  {
    id: 'sd-list-pipeline',
    name: 'Poster series (SDXL from a prompt list)',
    description: 'A ListGenerator writes four prompts; each runs Stable Diffusion XL 1024² and a 2× upscale.',
    file: 'sd-list-pipeline.json',
    nodeCount: 9,
    load: () => import('./sd-list-pipeline.json').then(unwrap),
  },
  {
    id: 'speech-summary',
    name: 'Meeting recording to notes',
    description: 'Whisper large-v3-turbo transcribes; two local agents summarise and extract action items.',
    file: 'speech-summary.json',
    nodeCount: 8,
    load: () => import('./speech-summary.json').then(unwrap),
  },
  {
    id: 'retrieval-embeddings',
    name: 'Handbook Q&A (retrieval)',
    description: 'nomic-embed-text embeddings in Chroma; four passages answer a question with Llama 3.1 8B.',
    file: 'retrieval-embeddings.json',
    nodeCount: 10,
    load: () => import('./retrieval-embeddings.json').then(unwrap),
  },
  {
    id: 'video-generation',
    name: 'Idea to video clip (Wan 2.2)',
    description: 'Qwen3 8B writes a shot; Wan 2.2 TI2V-5B renders 81 frames at 832×480; SDXL a poster frame.',
    file: 'video-generation.json',
    nodeCount: 8,
    load: () => import('./video-generation.json').then(unwrap),
  },
  {
    id: 'large-batch-1000',
    name: 'Content studio at scale (1,000 nodes)',
    description: 'Generated: 156 lanes of copy, image, speech, retrieval and video work in 39 groups.',
    file: 'large-batch-1000.json',
    nodeCount: 1000,
    load: () => import('./large-batch-1000.json').then(unwrap),
  },
  {
    id: 'large-batch-10000',
    name: 'Content studio at scale (10,000 nodes)',
    description:
      'Generated on demand (seeded, the same every time): 1,576 lanes of copy, image, speech, retrieval and video work in 394 groups.',
    file: 'largeExample/buildLargeWorkflow.ts (10,000 nodes)',
    nodeCount: LARGE_EXAMPLE_NODES,
    // Built in the browser rather than shipped: ~4.9 MB of JSON that the seeded generator rebuilds in ~0.1 s.
    load: () =>
      import('./largeExample/buildLargeWorkflow').then((module) =>
        module.buildLargeWorkflow(LARGE_EXAMPLE_NODES, 'the editor (seeded, the same every time)'),
      ),
  },
];

/** The example the editor opens on when nothing was saved. */
export const DEFAULT_EXAMPLE_ID = 'llm-agent-chain';

/** Finds an example by id. */
export function findExample(id: string): ExampleWorkflow | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
