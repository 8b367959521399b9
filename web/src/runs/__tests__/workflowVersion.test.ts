/** computeWorkflowVersion: what counts (ids, types, parameters, edges) and what does not (layout, order). */
import fc from 'fast-check';
import { computeWorkflowVersion, deriveRunRecord, parseRecordingText } from '..';
import { ingestWorkflow } from '../../profiling';
import { canonicalJson } from '../../profiling/hash/canonicalJson';
import { hashText } from '../../profiling/hash/hashText';
import { FIXTURE_DIR, loadRecordings } from './loadRecordings';

interface SavedNode {
  id: string;
  type: string;
  data: Record<string, unknown>;
  ui_properties?: Record<string, unknown>;
}
interface SavedEdge {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  ui_properties?: Record<string, unknown>;
}
interface Saved {
  graph: { nodes: SavedNode[]; edges: SavedEdge[] };
}

/** A deep copy (jsdom has no structuredClone). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const recordings = loadRecordings(FIXTURE_DIR);
const workflows = recordings.map((r) => r.workflow as Saved);

/** The editor's React Flow shape of a NodeTool saved workflow. */
function toReactFlow(saved: Saved) {
  return {
    nodes: saved.graph.nodes.map((n, i) => ({
      id: n.id,
      type: n.type,
      position: { x: i * 100, y: 40 },
      selected: i === 0,
      data: { properties: n.data, title: `node ${i}` },
    })),
    edges: saved.graph.edges.map((e) => ({ ...e, ui_properties: undefined, selected: false })),
  };
}

function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % keys.length]! + i / 1000 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/**
 * The definition, written plainly: canonical JSON of the sorted nodes and edge keys, hashed in one piece.
 * Run histories store versions, so the streamed hash must never drift from it.
 */
function referenceVersion(workflow: { nodes: unknown[]; edges: unknown[] }): string {
  const ingested = ingestWorkflow(workflow);
  const ids = ingested.ids.slice(0, ingested.nodeCount);
  const nodes = ids
    .map((id, v) => ({ id, type: ingested.types[v]!, params: ingested.params[v]! }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edges = (workflow.edges as Array<Record<string, unknown>>)
    .filter((e) => ids.includes(e.source as string) && ids.includes(e.target as string))
    .map((e) =>
      canonicalJson({
        source: e.source,
        sourceHandle: typeof e.sourceHandle === 'string' ? e.sourceHandle : null,
        target: e.target,
        targetHandle: typeof e.targetHandle === 'string' ? e.targetHandle : null,
        type: e.type === 'control' ? 'control' : 'data',
      }),
    )
    .sort();
  return hashText(canonicalJson({ nodes, edges }));
}

describe('computeWorkflowVersion', () => {
  it('keeps the versions stored run histories were saved with', () => {
    const pinned: Record<string, string> = {
      '01-linear': '3833e4863eabdbb2',
      '02-diamond': '60c1ae771c7f4360',
      '03-fanout': '096d5ebd6ae360a3',
      '04a-stream': 'fc9db16bb64dbafd',
      '05-error': '94e7b02a4e5e884e',
      '06a-cancel': '421ce664a4683289',
      '07-diamond-repeat-1': '60c1ae771c7f4360',
      '08a-msgpack-diamond': '60c1ae771c7f4360',
      '09-cpu': 'fb663117c17da3d2',
      '10-realnodes': 'c92d9ba89c3632bf',
    };
    for (const recording of recordings) {
      expect(computeWorkflowVersion(recording.workflow)).toBe(pinned[recording.name]);
      const graph = (recording.workflow as Saved).graph;
      expect(referenceVersion(graph)).toBe(pinned[recording.name]);
    }
  });

  it('is a 16-digit hex string, null without a node list', () => {
    expect(computeWorkflowVersion(workflows[0])).toMatch(/^[0-9a-f]{16}$/);
    expect(computeWorkflowVersion(null)).toBeNull();
    expect(computeWorkflowVersion({ graph: { nodes: [] } })).toBeNull();
    expect(computeWorkflowVersion('text')).toBeNull();
  });

  it('is the same for the saved file, the graph sent in run_job, and the React Flow shape', () => {
    for (const recording of recordings) {
      const saved = recording.workflow as Saved;
      const version = computeWorkflowVersion(saved);
      expect(deriveRunRecord(parseRecordingText(recording.text)).workflowVersion).toBe(version);
      expect(computeWorkflowVersion(saved.graph)).toBe(version);
      expect(computeWorkflowVersion(toReactFlow(saved))).toBe(version);
    }
  });

  it('differs between different workflows', () => {
    const versions = new Set(workflows.map((w) => computeWorkflowVersion(w)));
    // 02, 07 and 08a ran the same workflow.
    expect(versions.size).toBe(workflows.length - 2);
  });

  const workflowIndex = fc.integer({ min: 0, max: workflows.length - 1 });

  it('does not change when nodes and edges are reordered or moved, or titles change', () => {
    fc.assert(
      fc.property(
        workflowIndex,
        fc.array(fc.integer(), { minLength: 1 }),
        fc.array(fc.integer(), { minLength: 1 }),
        fc.integer(),
        (w, nodeKeys, edgeKeys, offset) => {
          const saved = workflows[w]!;
          const moved: Saved = {
            graph: {
              nodes: shuffle(saved.graph.nodes, nodeKeys).map((n) => ({
                ...n,
                ui_properties: { position: { x: offset, y: -offset }, title: `t${offset}`, selected: true },
              })),
              edges: shuffle(saved.graph.edges, edgeKeys),
            },
          };
          expect(computeWorkflowVersion(moved)).toBe(computeWorkflowVersion(saved));
        },
      ),
    );
  });

  it('changes when a parameter, a type, or an edge handle changes', () => {
    fc.assert(
      fc.property(workflowIndex, fc.nat(), fc.jsonValue(), (w, pick, value) => {
        const saved = workflows[w]!;
        const base = computeWorkflowVersion(saved);
        const i = pick % saved.graph.nodes.length;
        const node = saved.graph.nodes[i]!;
        const key = '__probe';
        const withParam = clone(saved);
        withParam.graph.nodes[i] = { ...node, data: { ...node.data, [key]: value } };
        expect(computeWorkflowVersion(withParam)).not.toBe(base);
        const withType = clone(saved);
        withType.graph.nodes[i] = { ...node, type: `${node.type}X` };
        expect(computeWorkflowVersion(withType)).not.toBe(base);
        if (saved.graph.edges.length > 0) {
          const withHandle = clone(saved);
          const e = pick % saved.graph.edges.length;
          withHandle.graph.edges[e] = { ...saved.graph.edges[e]!, targetHandle: 'other' };
          expect(computeWorkflowVersion(withHandle)).not.toBe(base);
        }
      }),
    );
  });
});
