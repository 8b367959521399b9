import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestWorkflow } from '../ingestWorkflow';

const fixtures = join(__dirname, '../../../workflow/__tests__/fixtures/robustness');
const GROUP = 'nodetool.workflows.base_node.Group';
const node = (id: string | number, parent?: string | number) => ({
  id,
  type: GROUP,
  data: {},
  ...(parent !== undefined ? { parent_id: parent } : {}),
});
const parentsOf = (input: unknown) => {
  const wf = ingestWorkflow(input);
  return Object.fromEntries(wf.nodes.map((n) => [n.id, n.parentId]));
};

describe('ingest — parent links', () => {
  it('keeps numeric parent_id values as string ids (fixture)', () => {
    const input: unknown = JSON.parse(
      readFileSync(join(fixtures, 'import-numeric-parent-dropped.json'), 'utf8'),
    );
    expect(parentsOf(input)).toEqual({ g: undefined, '2': 'g', '3': '2' });
    expect(ingestWorkflow(input).issues).toEqual([]);
  });

  it('detaches a self-parent with a node.parent-loop warning naming the node', () => {
    const wf = ingestWorkflow({ graph: { nodes: [node('a', 'a'), node('b', 'a')], edges: [] } });
    expect(wf.issues).toEqual([
      expect.objectContaining({ code: 'node.parent-loop', severity: 'warning', nodeId: 'a' }),
    ]);
    expect(wf.issues[0]!.message).toMatch(/"a" names itself as its parent/);
    expect(parentsOf({ graph: { nodes: [node('a', 'a'), node('b', 'a')], edges: [] } })).toEqual({
      a: undefined,
      b: 'a',
    });
  });

  it('detaches every node of a parent loop, whatever the order, and keeps nodes hanging below it', () => {
    const nodes = [node('a', 'b'), node('b', 'c'), node('c', 'a'), node('d', 'a'), node(7, 'd')];
    for (const order of [nodes, [...nodes].reverse(), [nodes[3], nodes[1], nodes[4], nodes[0], nodes[2]]]) {
      const wf = ingestWorkflow({ graph: { nodes: order, edges: [] } });
      const loopWarnings = wf.issues.filter((i) => i.code === 'node.parent-loop');
      expect(loopWarnings.map((i) => i.nodeId).sort()).toEqual(['a', 'b', 'c']);
      expect(parentsOf({ graph: { nodes: order, edges: [] } })).toEqual({
        a: undefined,
        b: undefined,
        c: undefined,
        d: 'a',
        '7': 'd',
      });
    }
  });
});
