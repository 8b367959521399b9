import { validateWorkflow } from '../validateWorkflow';
import { itWithSharedData, sharedDataPath } from '../../../test/sharedData';

const wf = (nodes: unknown[], edges: unknown[] = []) => ({ graph: { nodes, edges } });
const A = (id: string) => ({ id, type: 'nodetool.agents.Agent' });

describe('validateWorkflow', () => {
  it('accepts a clean workflow', () => {
    expect(validateWorkflow(wf([A('a'), A('b')], [{ source: 'a', target: 'b' }]))).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('never throws, and splits errors from warnings', () => {
    expect(validateWorkflow(undefined).errors[0]!.code).toBe('input.not-object');
    const result = validateWorkflow(wf([A('a'), A('a')], [{ source: 'a', target: 'zz' }]));
    expect(result.errors.map((e) => e.code)).toEqual(['node.duplicate-id']);
    expect(result.warnings.map((e) => e.code)).toEqual(['edge.unknown-node']);
  });

  it('reports each cycle with all its nodes as a warning', () => {
    const result = validateWorkflow(
      wf(
        [A('a'), A('b'), A('c'), A('d'), A('e')],
        [
          { source: 'a', target: 'b' },
          { source: 'b', target: 'c' },
          { source: 'c', target: 'a' },
          { source: 'c', target: 'd' },
          { source: 'd', target: 'e' },
          { source: 'e', target: 'd' },
        ],
      ),
    );
    expect(result.errors).toEqual([]);
    const cycles = result.warnings.filter((w) => w.code === 'graph.cycle');
    expect(cycles.map((c) => [...c.nodeIds!].sort())).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(cycles[0]!.message).toContain('"a"');
  });

  it('warns about empty and layout-only workflows', () => {
    expect(validateWorkflow(wf([])).warnings.map((w) => w.code)).toEqual(['graph.empty']);
    const layout = validateWorkflow(wf([{ id: 'c', type: 'nodetool.workflows.base_node.Comment' }]));
    expect(layout.warnings.map((w) => w.code)).toEqual(['graph.empty']);
  });

  itWithSharedData(
    ['examples', 'nodetool'],
    'validates every shipped NodeTool example without errors',
    () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readdirSync, readFileSync } = require('node:fs') as typeof import('node:fs');
      const dir = sharedDataPath('examples', 'nodetool');
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const result = validateWorkflow(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
        expect({ file, errors: result.errors }).toEqual({ file, errors: [] });
      }
    },
  );
});

describe('validateWorkflow — parameters', () => {
  it('reports negative and absurd parameters found by the estimators, located by node and field', () => {
    const result = validateWorkflow(
      wf([
        { id: 'sd', type: 'huggingface.text_to_image.StableDiffusion', data: { num_inference_steps: -5 } },
        { id: 'llm', type: 'nodetool.agents.Agent', data: { max_tokens: 1e12 } },
      ]),
    );
    expect(result.errors).toEqual([]);
    const located = result.warnings.map((w) => [w.code, w.nodeId, w.field]);
    expect(located).toContainEqual(['param.out-of-range-low', 'sd', 'num_inference_steps']);
    expect(located).toContainEqual(['param.out-of-range-high', 'llm', 'max_tokens']);
  });
});
