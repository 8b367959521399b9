/**
 * Editor-shaped workflows for store, hook and panel tests: the project's own examples converted the way the
 * editor converts them, plus tiny hand-built graphs (including invalid ones).
 */
import llmAgentChain from '../../examples/llm-agent-chain.json';
import largeBatch from '../../examples/large-batch-1000.json';
import videoGeneration from '../../examples/video-generation.json';
import { toEditorWorkflow } from '../../workflow/convertWorkflow';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';

export interface EditorGraph {
  nodes: EditorNode[];
  edges: EditorEdge[];
}

function toGraph(json: unknown): EditorGraph {
  const workflow = toEditorWorkflow(json);
  return {
    nodes: workflow.nodes as unknown as EditorNode[],
    edges: workflow.edges as unknown as EditorEdge[],
  };
}

/** The research-brief agent chain example (10 nodes). */
export function loadAgentChain(): EditorGraph {
  return toGraph(llmAgentChain);
}

/** The idea-to-video example (Wan 2.2 + SDXL: about 16 GB of VRAM at its peak). */
export function loadVideoGeneration(): EditorGraph {
  return toGraph(videoGeneration);
}

/** The generated 1,000-node example. */
export function loadLargeBatch(): EditorGraph {
  return toGraph(largeBatch);
}

function node(id: string, type: string, properties: Record<string, unknown> = {}): EditorNode {
  return { id, type, position: { x: 0, y: 0 }, data: { properties } };
}

function edge(id: string, source: string, target: string): EditorEdge {
  return { id, source, target, sourceHandle: 'output', targetHandle: 'value' };
}

/** input → agent (Ollama qwen3:4b) → output. */
export function smallChain(): EditorGraph {
  return {
    nodes: [
      node('in', 'nodetool.input.StringInput', {
        value: 'Summarise the quarterly report in five bullet points.',
      }),
      node('agent', 'nodetool.agents.Agent', {
        model: { type: 'language_model', provider: 'ollama', id: 'qwen3:4b' },
        max_tokens: 512,
      }),
      node('out', 'nodetool.output.StringOutput'),
    ],
    edges: [edge('e1', 'in', 'agent'), edge('e2', 'agent', 'out')],
  };
}

/** Two nodes sharing the id "dup": a fatal validation error. */
export function duplicateIds(): EditorGraph {
  return {
    nodes: [node('dup', 'nodetool.input.StringInput'), node('dup', 'nodetool.output.StringOutput')],
    edges: [],
  };
}

/** input → b ⇄ c → output: a cycle the engine reports and analyses condensed. */
export function withCycle(): EditorGraph {
  return {
    nodes: [
      node('a', 'nodetool.input.StringInput', { value: 'hello' }),
      node('b', 'nodetool.text.FormatText'),
      node('c', 'nodetool.text.FormatText'),
      node('d', 'nodetool.output.StringOutput'),
    ],
    edges: [edge('e1', 'a', 'b'), edge('e2', 'b', 'c'), edge('e3', 'c', 'b'), edge('e4', 'c', 'd')],
  };
}
