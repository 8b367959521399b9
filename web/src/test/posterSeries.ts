import posterSeries from '../examples/sd-list-pipeline.json';
import { toEditorWorkflow } from '../workflow/convertWorkflow';
import type { EditorEdge, EditorNode } from '../workflow/nodetoolTypes';

/** The poster-series example as the editor holds it, with the SDXL steps set (a new graph each call). */
export function poster(steps: number): { nodes: EditorNode[]; edges: EditorEdge[] } {
  // A JSON copy: jsdom test environments have no structuredClone.
  const workflow = toEditorWorkflow(JSON.parse(JSON.stringify(posterSeries)));
  const nodes = workflow.nodes as unknown as EditorNode[];
  const sdxl = nodes.find((n) => n.id === 'sdxl')!;
  sdxl.data = { ...sdxl.data, properties: { ...sdxl.data.properties, num_inference_steps: steps } };
  return { nodes, edges: workflow.edges as unknown as EditorEdge[] };
}
