/** computeWorkflowVersion: what counts (ids, types, parameters, edges) and what does not (layout, order). */
import fc from 'fast-check';
import { computeWorkflowVersion, deriveRunRecord, parseRecordingText } from '..';
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

describe('computeWorkflowVersion', () => {
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
