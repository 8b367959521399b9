/**
 * Test helper: fast-check arbitraries of valid NodeTool saved workflows — known and unknown node types,
 * numeric parameters the estimators read, parameters named like structural fields, numeric ids, parents
 * (numeric, self, loops), control edges in each of their spellings, no self-loop edges.
 */
import fc from 'fast-check';

const TYPES = [
  'huggingface.text_to_image.StableDiffusionXL',
  'nodetool.agents.Agent',
  'nodetool.generators.ListGenerator',
  'nodetool.input.StringInput',
  'nodetool.workflows.base_node.Comment',
  'nodetool.workflows.base_node.Group',
  'vendor.unknown.Thing',
] as const;

const paramValue = fc.oneof(
  fc.integer({ min: 1, max: 4096 }),
  fc.constantFrom('llama3.1:8b', 'gpt-4o', 'x', ''),
  fc.constant({ type: 'language_model', id: 'llama3.1:70b', provider: 'ollama' }),
  fc.constant({ x: 3, y: 4 }),
  fc.constant(null),
);
const params = fc.dictionary(
  fc.constantFrom(
    'num_inference_steps',
    'width',
    'height',
    'max_tokens',
    'model',
    'properties',
    'position',
    'data',
    'title',
  ),
  paramValue,
  { maxKeys: 5 },
);

const controlMark = fc.constantFrom<Record<string, unknown>>(
  {},
  { edge_type: 'control' },
  { type: 'control' },
  { data: { edgeType: 'control' } },
);

/** A valid NodeTool saved workflow (`{ name, graph: { nodes, edges } }`). */
export const arbitraryNodetoolWorkflow = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc
    .record({
      types: fc.array(fc.constantFrom(...TYPES), { minLength: n, maxLength: n }),
      params: fc.array(params, { minLength: n, maxLength: n }),
      numericIds: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      titles: fc.array(fc.option(fc.constantFrom('My node', 'Other'), { nil: undefined }), {
        minLength: n,
        maxLength: n,
      }),
      parents: fc.array(fc.option(fc.nat(n - 1), { nil: undefined, freq: 3 }), {
        minLength: n,
        maxLength: n,
      }),
      edges: fc.array(fc.record({ s: fc.nat(n - 1), t: fc.nat(n - 1), mark: controlMark }), {
        maxLength: 2 * n,
      }),
    })
    .map(({ types, params: data, numericIds, titles, parents, edges }) => {
      const id = (i: number): string | number => (numericIds[i] ? 100 + i : `n${i}`);
      const nodes = types.map((type, i) => {
        const parent = parents[i];
        return {
          id: id(i),
          type,
          data: data[i],
          ui_properties: {
            position: { x: i * 10, y: 0 },
            ...(titles[i] !== undefined ? { title: titles[i] } : {}),
          },
          ...(parent !== undefined ? { parent_id: id(parent) } : {}),
        };
      });
      const kept = edges.filter((e) => e.s !== e.t);
      return {
        name: 'Generated',
        graph: {
          nodes,
          edges: kept.map((e, k) => ({
            id: `e${k}`,
            source: id(e.s),
            sourceHandle: 'output',
            target: id(e.t),
            targetHandle: 'input',
            ...e.mark,
          })),
        },
      };
    }),
);
