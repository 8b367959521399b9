/** The parts of a workflow a structural diff needs: each node's type and parameters, and its dependencies. */
import { ingestWorkflow } from '../profiling';
import type { NodeReading } from '../profiling/ingest/createNodeReader';
import type { EdgeKey } from './types';

/** A node's type and parameters, by node id. */
export interface StructureNode {
  type: string;
  params: Readonly<Record<string, unknown>>;
}

/** A workflow read for comparison. */
export interface WorkflowStructure {
  nodes: ReadonlyMap<string, StructureNode>;
  edges: readonly EdgeKey[];
}

/**
 * Read a workflow (NodeTool saved shape or the editor's React Flow shape) through the engine's ingest, so a
 * workflow and its editor copy give the same structure. Invalid nodes and edges to missing nodes are left
 * out, as the engine leaves them out of the profile.
 */
export function readWorkflowStructure(workflow: unknown): WorkflowStructure {
  const ingested = ingestWorkflow(workflow);
  const nodes = structureNodes(ingested);
  const edges: EdgeKey[] = [];
  const { count, source, target, control } = ingested.edges;
  for (let k = 0; k < count; k++) {
    edges.push({
      source: ingested.ids[source[k]!]!,
      target: ingested.ids[target[k]!]!,
      kind: control[k] === 1 ? 'control' : 'data',
    });
  }
  return { nodes, edges };
}

/** Each node's type and parameters by id, from the engine's reading of the nodes. */
export function structureNodes(
  reading: Pick<NodeReading, 'nodeCount' | 'ids' | 'types' | 'params'>,
): Map<string, StructureNode> {
  const nodes = new Map<string, StructureNode>();
  for (let v = 0; v < reading.nodeCount; v++) {
    nodes.set(reading.ids[v]!, { type: reading.types[v]!, params: reading.params[v]! });
  }
  return nodes;
}
