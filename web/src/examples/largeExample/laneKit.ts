/** What every lane builder shares: its context, the layout grid, the local models and the common end nodes. */
import type { GraphBuilder } from './graphBuilder';

/** Column spacing of a lane's nodes (px). */
export const COL = 290;
/** Height of one lane inside a group (px). */
export const LANE_HEIGHT = 230;

export interface LaneContext {
  graph: GraphBuilder;
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  /** Id of the node relaying the shared brief inside the current group: lanes read the brief from it. */
  brief: string;
}

/** Adds one lane numbered `lane` at height `y`; its node ids start with `p`. */
export type LaneBuilder = (ctx: LaneContext, lane: number, y: number, p: string) => void;

export const OLLAMA_MODELS = [
  'qwen3:4b',
  'qwen3:8b',
  'llama3.2:3b',
  'llama3.1:8b',
  'gemma3:4b',
  'gemma3:12b',
] as const;

/** A NodeTool language model reference served by Ollama. */
export const llm = (id: string) => ({ type: 'language_model', provider: 'ollama', id, name: id });

/** A Preview node `<p>preview` in column `column`. */
export function addPreview(ctx: LaneContext, p: string, column: number, y: number, name: string): void {
  ctx.graph.addNode(
    `${p}preview`,
    'nodetool.workflows.base_node.Preview',
    COL * column,
    y,
    { name },
    { height: 160 },
  );
}

/** An output node `<p>out` of `type` in column `column`. */
export function addOutput(
  ctx: LaneContext,
  p: string,
  type: string,
  column: number,
  y: number,
  name: string,
): void {
  ctx.graph.addNode(`${p}out`, type, COL * column, y, { name, description: '' });
}
