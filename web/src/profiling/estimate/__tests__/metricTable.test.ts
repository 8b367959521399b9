import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createBuiltinMetricTable,
  createEmptyMetricTable,
  estimateNode,
  registerMetricRule,
  resolveMetricDefinition,
} from '..';
import type { NodeMetricDefinition } from '../types';
import { makeCtx, makeNode } from './helpers';
import { describeWithSharedData, sharedDataPath } from '../../../test/sharedData';

const def = (category: NodeMetricDefinition['category'], runtimeMs = 1): NodeMetricDefinition => ({
  category,
  baseComplexity: 1,
  defaults: { runtimeMs, memoryMb: 1, vramMb: 0, device: 'cpu' },
});

describe('metric tables', () => {
  it('resolves exact types before the longest matching pattern', () => {
    let t = createEmptyMetricTable();
    t = registerMetricRule(t, 'a.*', def('data'));
    t = registerMetricRule(t, 'a.b.*', def('io'));
    t = registerMetricRule(t, 'a.b.C', def('http'));
    expect(resolveMetricDefinition(t, 'a.b.C')?.category).toBe('http');
    expect(resolveMetricDefinition(t, 'a.b.D')?.category).toBe('io');
    expect(resolveMetricDefinition(t, 'a.x')?.category).toBe('data');
    expect(resolveMetricDefinition(t, 'b.x')).toBeUndefined();
  });

  it('registered rules win over built-in ones (even a pattern over a built-in exact type) and tables stay immutable', () => {
    const builtin = createBuiltinMetricTable();
    const mine = registerMetricRule(builtin, 'nodetool.agents.*', def('http', 42));
    expect(resolveMetricDefinition(mine, 'nodetool.agents.Agent')?.category).toBe('http');
    expect(resolveMetricDefinition(builtin, 'nodetool.agents.Agent')?.category).toBe('llm');
    expect(estimateNode(makeNode('nodetool.agents.Agent'), makeCtx(), mine).runtimeMs).toBe(42);
  });

  it('rejects malformed patterns and definitions with coded errors', () => {
    const t = createEmptyMetricTable();
    expect(() => registerMetricRule(t, 'a.*.b', def('data'))).toThrow(
      expect.objectContaining({ code: 'metrics.invalid-pattern' }),
    );
    expect(() => registerMetricRule(t, '', def('data'))).toThrow(
      expect.objectContaining({ code: 'metrics.invalid-pattern' }),
    );
    expect(() => registerMetricRule(t, 'a.B', {} as NodeMetricDefinition)).toThrow(
      expect.objectContaining({ code: 'metrics.invalid-definition' }),
    );
  });

  it('is safe with prototype-like type names', () => {
    const t = createBuiltinMetricTable();
    expect(resolveMetricDefinition(t, '__proto__')).toBeUndefined();
    expect(estimateNode(makeNode('constructor'), makeCtx(), t).known).toBe(false);
  });

  it.each([
    'nodetool.foo.Bar',
    'lib.foo.Bar',
    'huggingface.foo.Bar',
    'openai.foo.Bar',
    'ollama.foo.Bar',
    'mlx.foo.Bar',
    'vector.foo.Bar',
    'chroma.foo.Bar',
    'elevenlabs.foo.Bar',
    'search.foo.Bar',
    'anthropic.x.Y',
    'gemini.x.Y',
  ])('namespace %s resolves to a specific category', (type) => {
    const e = estimateNode(makeNode(type), makeCtx(), createBuiltinMetricTable());
    expect(e.known).toBe(true);
  });
});

const EXAMPLES = sharedDataPath('examples', 'nodetool');

describeWithSharedData(
  ['examples', 'nodetool'],
  'real NodeTool workflows (../shared/examples/nodetool)',
  () => {
    const table = createBuiltinMetricTable();
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

    it('finds example files', () => {
      expect(files.length).toBeGreaterThan(5);
    });

    it.each(files)('%s: every node resolves to a specific category with a grounded estimate', (file) => {
      const wf = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as {
        graph: { nodes: Array<{ id: string; type: string; data?: Record<string, unknown> | null }> };
      };
      for (const n of wf.graph.nodes) {
        const e = estimateNode(makeNode(n.type, n.data ?? {}, n.id), makeCtx(), table);
        expect({ type: n.type, known: e.known }).toEqual({ type: n.type, known: true });
        expect(e.details.source).not.toMatch(/namespace default|unknown type/);
        expect(typeof e.details.source).toBe('string');
        expect(Array.isArray(e.details.assumptions)).toBe(true);
        expect(Number.isFinite(e.runtimeMs)).toBe(true);
      }
    });
  },
);
