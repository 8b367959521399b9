/** @jest-environment node */
import fc from 'fast-check';
import { profileWorkflow } from '../../profiling';
import { diffProfiles } from '../diffProfiles';

/** Node configurations with real costs (an LLM, a diffusion model, text and image operations). */
const CONFIGS: Array<[string, Record<string, unknown>]> = [
  ['nodetool.constant.String', { value: 'A prompt.' }],
  ['nodetool.text.FormatText', { template: 'Summarise {{ text }}.' }],
  ['nodetool.agents.Agent', { model: { type: 'language_model', provider: 'ollama', id: 'qwen3:4b' } }],
  ['huggingface.text_to_image.StableDiffusionXL', { num_inference_steps: 20, width: 1024, height: 1024 }],
  ['nodetool.image.Fit', { width: 640, height: 480 }],
  ['nodetool.workflows.base_node.Preview', {}],
];

interface Spec {
  ids: number[];
  kinds: number[];
  steps: number[];
  edges: Array<[number, number]>;
}

/** A workflow of up to 12 nodes drawn from a pool of 16 ids, so two draws share some ids and not others. */
const specArbitrary: fc.Arbitrary<Spec> = fc
  .uniqueArray(fc.nat(15), { minLength: 1, maxLength: 12 })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      kinds: fc.array(fc.nat(CONFIGS.length - 1), { minLength: ids.length, maxLength: ids.length }),
      steps: fc.array(fc.integer({ min: 1, max: 80 }), { minLength: ids.length, maxLength: ids.length }),
      edges: fc.array(fc.tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 1)), {
        maxLength: 2 * ids.length,
      }),
    }),
  );

function toWorkflow(spec: Spec) {
  return {
    graph: {
      nodes: spec.ids.map((id, i) => {
        const [type, params] = CONFIGS[spec.kinds[i]!]!;
        const data = {
          ...params,
          ...(type.includes('StableDiffusion') ? { num_inference_steps: spec.steps[i] } : {}),
        };
        return { id: `n${id}`, type, data };
      }),
      edges: spec.edges
        .filter(([a, b]) => a < b)
        .map(([a, b], k) => ({
          id: `e${k}`,
          source: `n${spec.ids[a]}`,
          sourceHandle: 'output',
          target: `n${spec.ids[b]}`,
          targetHandle: 'text',
        })),
    },
  };
}

const profile = (workflow: unknown) =>
  profileWorkflow(workflow, { hardware: 'rtx-4090', suggestions: false });

describe('diffProfiles properties', () => {
  it('a profile compared with itself: every node same, every delta zero, no structural change', () => {
    fc.assert(
      fc.property(specArbitrary, (spec) => {
        const workflow = toWorkflow(spec);
        const p = profile(workflow);
        const diff = diffProfiles(p, p, { workflows: { before: workflow, after: workflow } });
        expect(diff.nodes).toHaveLength(p.nodes.length);
        for (const row of diff.nodes) {
          expect(row.change).toBe('same');
          expect(row.runtimeMsDelta).toBe(0);
          expect(row.vramMbDelta).toBe(0);
          expect(row.memoryMbDelta).toBe(0);
          expect(row.impact).toBe(0);
          expect(row.paramChanges).toEqual([]);
        }
        expect(diff.summary.makespanMs.delta).toBe(0);
        expect(diff.summary.peakVramMb.delta).toBe(0);
        expect(diff.summary.grade.changed).toBe(false);
        expect(diff.structure).toEqual({
          nodesAdded: [],
          nodesRemoved: [],
          nodesWithChangedParams: [],
          edgesAdded: [],
          edgesRemoved: [],
        });
      }),
      { numRuns: 40 },
    );
  });

  it('added and removed nodes and edges equal brute-force set and multiset differences', () => {
    fc.assert(
      fc.property(specArbitrary, specArbitrary, (a, b) => {
        const wa = toWorkflow(a);
        const wb = toWorkflow(b);
        const pa = profile(wa);
        const pb = profile(wb);
        const diff = diffProfiles(pa, pb, { workflows: { before: wa, after: wb } });

        const idsA = pa.nodes.map((n) => n.id);
        const idsB = pb.nodes.map((n) => n.id);
        expect([...diff.structure.nodesAdded].sort()).toEqual(idsB.filter((id) => !idsA.includes(id)).sort());
        expect([...diff.structure.nodesRemoved].sort()).toEqual(
          idsA.filter((id) => !idsB.includes(id)).sort(),
        );
        // Every node of either side appears exactly once.
        expect(diff.nodes.map((r) => r.id).sort()).toEqual([...new Set([...idsA, ...idsB])].sort());

        // Edges: remove matching pairs one at a time (the brute-force multiset difference).
        const key = (e: { source: string; target: string }) => `${e.source}>${e.target}:data`;
        const edgeKeys = (w: ReturnType<typeof toWorkflow>) => w.graph.edges.map(key);
        const minus = (xs: string[], ys: string[]) => {
          const rest = [...ys];
          return xs.filter((x) => {
            const at = rest.indexOf(x);
            if (at === -1) return true;
            rest.splice(at, 1);
            return false;
          });
        };
        const asKeys = (edges: { source: string; target: string }[] | null) => (edges ?? []).map(key).sort();
        expect(asKeys(diff.structure.edgesAdded)).toEqual(minus(edgeKeys(wb), edgeKeys(wa)).sort());
        expect(asKeys(diff.structure.edgesRemoved)).toEqual(minus(edgeKeys(wa), edgeKeys(wb)).sort());

        // Sorted by impact, highest first.
        for (let i = 1; i < diff.nodes.length; i++) {
          expect(diff.nodes[i - 1]!.impact).toBeGreaterThanOrEqual(diff.nodes[i]!.impact);
        }
        // The whole order: impact, then added / removed / changed / same, then id.
        const rank = { added: 0, removed: 1, changed: 2, same: 3 };
        const expected = [...diff.nodes].sort(
          (x, y) =>
            y.impact - x.impact ||
            rank[x.change] - rank[y.change] ||
            (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
        );
        expect(diff.nodes.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        // The per-node runtime deltas add up to the change in total work.
        const sum = diff.nodes.reduce((s, r) => s + r.runtimeMsDelta, 0);
        expect(sum).toBeCloseTo(diff.summary.totalRuntimeMs.delta!, 3);
      }),
      { numRuns: 60 },
    );
  });
});
