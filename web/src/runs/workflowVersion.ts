/**
 * A short hash of what in a workflow affects its cost: node ids, types and parameters, and edges
 * (source, sourceHandle, target, targetHandle, data/control). Positions, titles, selection and other
 * `ui_properties` do not count, nor does the order of the node and edge lists.
 */
import { ingestWorkflow } from '../profiling';
import { canonicalJson } from '../profiling/hash/canonicalJson';
import { hashText } from '../profiling/hash/hashText';
import { field, isRecord, stringField } from './readFields';

/**
 * The workflow's cost-relevant version: 16 hex digits (FNV-1a 64 over canonical JSON), or null when the
 * input has no usable node list. The NodeTool saved shape (`{ graph: { nodes, edges } }` or `{ nodes,
 * edges }`, parameters in node `data`) and the editor's React Flow shape (parameters in
 * `data.properties`) of the same graph give the same version: both are read through `ingestWorkflow`.
 *
 * @example
 * computeWorkflowVersion(JSON.parse(workflowText)); // "3f9c0a51d2e47b18"
 */
export function computeWorkflowVersion(workflow: unknown): string | null {
  if (!isRecord(workflow)) return null;
  let ingested: ReturnType<typeof ingestWorkflow>;
  try {
    ingested = ingestWorkflow(workflow);
  } catch {
    // A workflow the engine cannot read has no version (the profile reports why).
    return null;
  }
  if (ingested.nodeCount === 0) return null;
  const known = new Set(ingested.ids);
  const nodes = [];
  for (let v = 0; v < ingested.nodeCount; v++) {
    nodes.push({ id: ingested.ids[v]!, type: ingested.types[v]!, params: ingested.params[v]! });
  }
  nodes.sort((a, b) => compare(a.id, b.id));
  const edges = readEdgeKeys(workflow, known).sort(compare);
  return hashText(canonicalJson({ nodes, edges }));
}

/** Each edge as its canonical text (so sorting them is sorting the edges), endpoints known only. */
function readEdgeKeys(workflow: Record<string, unknown>, known: ReadonlySet<string>): string[] {
  const graph = field(workflow, 'graph');
  const list = field(isRecord(graph) ? graph : workflow, 'edges');
  if (!Array.isArray(list)) return [];
  const keys: string[] = [];
  for (const raw of list) {
    if (!isRecord(raw)) continue;
    const source = idOf(raw.source);
    const target = idOf(raw.target);
    if (source === null || target === null || !known.has(source) || !known.has(target)) continue;
    keys.push(
      canonicalJson({
        source,
        sourceHandle: stringField(raw, 'sourceHandle'),
        target,
        targetHandle: stringField(raw, 'targetHandle'),
        type: isControlEdge(raw) ? 'control' : 'data',
      }),
    );
  }
  return keys;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** Same reading as the engine's ingest: `edge_type`/`type` "control", or in the editor's `data`. */
function isControlEdge(raw: Record<string, unknown>): boolean {
  if (raw.edge_type === 'control' || raw.type === 'control') return true;
  const data = raw.data;
  return isRecord(data) && (data.edgeType === 'control' || data.edge_type === 'control');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
