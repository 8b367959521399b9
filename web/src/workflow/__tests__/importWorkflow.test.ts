import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, importWorkflowText, importWorkflowValue } from '../importWorkflow';
import { sharedDataPath, skippedSharedTitle } from '../../test/sharedData';

const examplesDir = join(__dirname, '../../examples');
const sharedDir = sharedDataPath('examples', 'nodetool');

describe('importWorkflowText', () => {
  it.each(readdirSync(examplesDir).filter((f) => f.endsWith('.json')))(
    'imports the project example %s without errors',
    (file) => {
      const text = readFileSync(join(examplesDir, file), 'utf8');
      const raw = JSON.parse(text) as { graph: { nodes: unknown[]; edges: unknown[] } };
      const result = importWorkflowText(text, file);
      expect(result.ok && result.warnings).toEqual([]);
      if (result.ok) {
        expect(result.workflow.nodes).toHaveLength(raw.graph.nodes.length);
        expect(result.workflow.edges).toHaveLength(raw.graph.edges.length);
      }
    },
  );

  it('has a 1,000-node example', () => {
    const raw = JSON.parse(readFileSync(join(examplesDir, 'large-batch-1000.json'), 'utf8')) as {
      graph: { nodes: unknown[] };
    };
    expect(raw.graph.nodes).toHaveLength(1000);
  });

  it('rejects text that is not JSON with a located error', () => {
    const result = importWorkflowText('{\n "graph": {\n  "nodes": [}\n}', 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.code).toBe('import.not-json');
      expect(result.errors[0]?.message).toMatch(/line 3, column \d+/);
    }
  });

  it('rejects duplicate node ids (engine validation, located by field)', () => {
    const result = importWorkflowValue({
      graph: {
        nodes: [
          { id: 'a', type: 'nodetool.input.StringInput' },
          { id: 'a', type: 'nodetool.agents.Agent' },
        ],
        edges: [],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({
        code: 'node.duplicate-id',
        nodeId: 'a',
        field: 'graph.nodes[1].id',
      });
    }
  });

  it('treats an edge to a missing node as an error (the editor would otherwise drop it)', () => {
    const result = importWorkflowValue({
      graph: {
        nodes: [{ id: 'a', type: 'nodetool.input.StringInput' }],
        edges: [{ id: 'e1', source: 'a', sourceHandle: 'output', target: 'ghost', targetHandle: 'value' }],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const issue = result.errors.find((i) => i.code === 'edge.unknown-node');
      expect(issue).toMatchObject({ severity: 'error', edgeId: 'e1', nodeId: 'ghost' });
      expect(issue?.message).not.toMatch(/ignored/);
      expect(formatIssue(issue!)).toMatch(/^\[edge\.unknown-node\] /);
    }
  });

  it('rejects the wrong top-level shape', () => {
    const result = importWorkflowText('[1, 2, 3]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('input.not-object');
  });

  it('accepts a cycle with a warning', () => {
    const result = importWorkflowValue({
      graph: {
        nodes: [
          { id: 'a', type: 'nodetool.agents.Agent' },
          { id: 'b', type: 'nodetool.agents.Agent' },
        ],
        edges: [
          { id: 'ab', source: 'a', sourceHandle: 'text', target: 'b', targetHandle: 'prompt' },
          { id: 'ba', source: 'b', sourceHandle: 'text', target: 'a', targetHandle: 'prompt' },
        ],
      },
    });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain('graph.cycle');
  });

  const sharedFiles = existsSync(sharedDir) ? readdirSync(sharedDir).filter((f) => f.endsWith('.json')) : [];
  (sharedFiles.length > 0
    ? it.each(sharedFiles)
    : it.skip.each([skippedSharedTitle('every workflow', ['examples', 'nodetool'])]))(
    'imports the real NodeTool workflow %s',
    (file) => {
      const result = importWorkflowText(readFileSync(join(sharedDir, file), 'utf8'), file);
      expect(result.ok ? [] : result.errors).toEqual([]);
    },
  );
});
