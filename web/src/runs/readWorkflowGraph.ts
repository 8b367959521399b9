/**
 * The parts of a workflow graph the run derivation needs: node ids and types, and each node's incoming
 * edges (edge id + source node). Read through the engine's `ingestWorkflow`, so NodeTool and React Flow
 * shapes are accepted alike.
 */
import { ingestWorkflow } from '../profiling';

export interface IncomingEdge {
  edgeId: string;
  sourceId: string;
}

export interface RunGraph {
  /** Node id → type, in workflow order. */
  nodeTypes: Map<string, string>;
  /** Node id → incoming edges (data and control). */
  incoming: Map<string, IncomingEdge[]>;
}

/** The graph of `workflow`, or null when it has no usable node list. */
export function readWorkflowGraph(workflow: unknown): RunGraph | null {
  if (workflow === undefined || workflow === null) return null;
  const ingested = ingestWorkflow(workflow);
  if (ingested.nodeCount === 0) return null;
  const nodeTypes = new Map<string, string>();
  for (let v = 0; v < ingested.nodeCount; v++) nodeTypes.set(ingested.ids[v]!, ingested.types[v]!);
  const incoming = new Map<string, IncomingEdge[]>();
  const { edges } = ingested;
  for (let k = 0; k < edges.count; k++) {
    const targetId = ingested.ids[edges.target[k]!]!;
    const list = incoming.get(targetId) ?? [];
    list.push({ edgeId: edges.ids[k]!, sourceId: ingested.ids[edges.source[k]!]! });
    incoming.set(targetId, list);
  }
  return { nodeTypes, incoming };
}

/**
 * `(candidate, of)` → whether `candidate` is upstream of `of` (reaches it along edges). Each node's
 * upstream set is computed on first ask (a walk over its incoming edges), so a run asks only for the few
 * nodes a rule needs. Without a graph nothing is known to be upstream.
 */
export function upstreamTest(graph: RunGraph | null): (candidate: string, of: string) => boolean {
  if (graph === null) return () => false;
  const cache = new Map<string, Set<string>>();
  return (candidate, of) => {
    let upstream = cache.get(of);
    if (!upstream) {
      upstream = new Set<string>();
      const stack = [of];
      while (stack.length > 0) {
        for (const edge of graph.incoming.get(stack.pop()!) ?? []) {
          if (upstream.has(edge.sourceId)) continue;
          upstream.add(edge.sourceId);
          stack.push(edge.sourceId);
        }
      }
      cache.set(of, upstream);
    }
    return upstream.has(candidate);
  };
}
