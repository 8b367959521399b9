/**
 * One fuzz case from a seed: a real or generated workflow, in either shape, with 1–4 mutations (odd values,
 * odd ids, wrong types, cycles, junk edges, deep nesting, prototype keys) and random options. The same seed
 * and bases always give the same case.
 */
import { createBuiltinMetricTable } from '../../estimate/builtinTable';
import type { MetricTable, NodeMetricDefinition } from '../../estimate/types';
import { HARDWARE_PRESETS } from '../../hardware/presets';
import type { ProfileOptions } from '../../types';
import { collectTypes, generateWorkflow, listEdges, listNodes, toReactFlow } from './generateWorkflow';
import { circular, nestArrays, ODD_IDS, ODD_MODEL_IDS, oddValue, pollutingObject } from './oddValues';
import { createRandom, type Random } from './random';

type Json = Record<string, unknown>;

export interface FuzzCase {
  input: unknown;
  options: ProfileOptions | undefined;
  /** What was done to the input, for the failure report. */
  steps: string[];
}

const PARAM_KEYS = [
  'model',
  'max_tokens',
  'num_inference_steps',
  'steps',
  'width',
  'height',
  'prompt',
  'context_window',
  'batch_size',
  'num_frames',
  'duration',
  'value',
  'messages',
];

const ASSUMPTION_KEYS = [
  'agentSteps',
  'modelParamsB',
  'outputTokens',
  'promptOverheadTokens',
  'diskGBs',
  'hostedSeconds',
  'audioSeconds',
  'max_tokens',
  'imageWidth',
  '__proto__',
  'constructor',
];

const NUMBERS = [0, -1, 1, 1.5, 4, 64, 1024, 1025, 1e6, 1e7, 1e308, Number.NaN, Number.POSITIVE_INFINITY];

/** Build the case of `seed` from real workflows `bases` (each used through a fresh copy). */
export function generateCase(seed: number, bases: readonly unknown[]): FuzzCase {
  const r = createRandom(seed);
  const jsOnly = r.chance(0.15);
  const types = collectTypes(bases);
  const steps: string[] = [];
  let input: unknown;
  if (bases.length > 0 && r.chance(0.6)) {
    const i = r.int(bases.length);
    input = structuredClone(bases[i]);
    steps.push(`base #${i}`);
  } else {
    const n = r.chance(0.03) ? 1000 + r.int(2000) : 1 + r.int(30);
    input = generateWorkflow(r, types, n);
    steps.push(`generated ${n} nodes`);
  }
  if (r.chance(0.3) && listNodes(input).length > 0) {
    input = toReactFlow(input as Json);
    steps.push('React Flow shape');
  }
  const count = 1 + r.int(4);
  for (let k = 0; k < count; k++) input = mutate(r, input, types, jsOnly, steps);
  return { input, options: r.chance(0.5) ? undefined : generateOptions(r, jsOnly, types, steps), steps };
}

function mutate(
  r: Random,
  input: unknown,
  types: readonly string[],
  jsOnly: boolean,
  steps: string[],
): unknown {
  const nodes = listNodes(input);
  const node = nodes.length > 0 ? r.pick(nodes) : undefined;
  const kind = r.int(14);
  steps.push(`mutation ${kind}`);
  if (!node && kind < 12) return input;
  switch (kind) {
    case 0:
    case 1:
      paramsOf(node!)[r.pick(PARAM_KEYS)] = oddValue(r, jsOnly);
      return input;
    case 2:
      paramsOf(node!).model = r.chance(0.5)
        ? r.pick(ODD_MODEL_IDS)
        : { type: 'language_model', id: r.pick(ODD_MODEL_IDS), provider: 'ollama' };
      return input;
    case 3:
      node!.id = r.pick(ODD_IDS);
      return input;
    case 4:
      node!.id = r.pick(nodes).id;
      return input;
    case 5: {
      const list =
        (input as { graph?: { nodes?: unknown[] }; nodes?: unknown[] }).graph?.nodes ??
        (input as { nodes?: unknown[] }).nodes;
      if (Array.isArray(list))
        list[r.int(list.length)] = r.pick([null, 1, 'x', [], {}, { id: 'q' }, { type: 'x' }]);
      return input;
    }
    case 6:
      node!.data = r.pick<unknown>(['x', [], null, 5, nestArrays(3000), pollutingObject()]);
      return input;
    case 7:
      node!.type = r.pick<unknown>([undefined, 5, '', ...ODD_IDS, r.pick(types)]);
      return input;
    case 8:
    case 9: {
      const edges = listEdges(input);
      if (!edges) return input;
      for (let i = 0; i < 1 + r.int(5); i++) {
        const a = r.pick(nodes).id;
        const b = r.pick(nodes).id;
        edges.push(
          r.chance(0.8)
            ? { id: `x${i}`, source: a, target: b, type: r.pick([undefined, 'control']) }
            : junkEdge(r, a),
        );
      }
      return input;
    }
    case 10:
      node!.parent_id = r.pick<unknown>([node!.id, r.pick(nodes).id, 5, 'nobody', null]);
      if (r.chance(0.5)) node!.parentId = node!.parent_id;
      return input;
    case 11:
      delete node![r.pick(['id', 'type', 'data', 'ui_properties', 'position'])];
      return input;
    case 12:
      return r.pick<unknown>([
        null,
        5,
        'x',
        [],
        {},
        { graph: 5 },
        { graph: { nodes: 'x', edges: [] } },
        { nodes: {}, edges: [] },
        nestArrays(5000),
        pollutingObject(),
      ]);
    default:
      if (input && typeof input === 'object') (input as Json).extra = nestArrays(5000);
      return input;
  }
}

/** The parameter object of a node in either shape (created when absent or not an object). */
function paramsOf(node: Json): Json {
  const data =
    node.data && typeof node.data === 'object' && !Array.isArray(node.data)
      ? (node.data as Json)
      : (node.data = {});
  const props = data.properties;
  return props && typeof props === 'object' && !Array.isArray(props) ? (props as Json) : data;
}

function junkEdge(r: Random, id: unknown): unknown {
  return r.pick<unknown>([
    null,
    5,
    { source: 5, target: id },
    { source: 'nope', target: id },
    { source: id },
    { source: id, target: id },
  ]);
}

function generateOptions(
  r: Random,
  jsOnly: boolean,
  types: readonly string[],
  steps: string[],
): ProfileOptions {
  const odd = (): unknown => (jsOnly && r.chance(0.3) ? r.pick<unknown>([4n, circular()]) : r.pick(NUMBERS));
  const o: Record<string, unknown> = {};
  if (r.chance(0.3)) o.workers = odd();
  if (r.chance(0.3)) o.gpuLanes = odd();
  if (r.chance(0.3)) o.defaultItemCount = odd();
  if (r.chance(0.4))
    o.hardware = r.chance(0.8) ? r.pick(HARDWARE_PRESETS).id : r.pick<unknown>(['nope', '', customSpec(r)]);
  if (r.chance(0.4)) {
    const a: Json = r.chance(0.2) ? (pollutingObject() as Json) : {};
    for (let i = 0; i < 1 + r.int(3); i++)
      a[r.pick(ASSUMPTION_KEYS)] = r.chance(0.7) ? r.pick([0, 1, 2, 8, 100, 4096]) : odd();
    o.assumptions = a;
  }
  if (r.chance(0.2)) o.suggestions = r.pick<unknown>([true, false, 'yes']);
  if (r.chance(0.2)) o.metrics = userTable(r, r.pick(types));
  steps.push(`options ${Object.keys(o).join(',')}`);
  return o as ProfileOptions;
}

function customSpec(r: Random): unknown {
  return {
    name: r.pick(['GPU', '', 'x'.repeat(1000)]),
    vendor: r.pick(['nvidia', 'apple', 'cpu', 'nope']),
    memoryBandwidthGBs: r.pick([1, 1000, 100_000, 0, 1e308, Number.NaN]),
    fp16Tflops: r.pick([0.01, 80, 100_000, 0, 1e308]),
    memoryGb: r.pick([0.25, 24, 100_000, 0, 1e308]),
  };
}

/**
 * A table with one user rule for `type`, built by hand (not through registerMetricRule): defaults from valid
 * (a zero-runtime node holding 30 GB of VRAM) to out of bounds, and estimators returning junk or throwing.
 */
function userTable(r: Random, type: string): MetricTable {
  const builtin = createBuiltinMetricTable();
  const defaults = {
    runtimeMs: r.pick([0, 10, 1e308, Number.NaN, -5]),
    memoryMb: r.pick([0, 100, 1e308]),
    vramMb: r.pick([0, 30_000, 1e308]),
    device: r.pick(['gpu', 'cpu', 'remote', 'none', 'tpu']),
  };
  const estimators: Array<NodeMetricDefinition['estimate']> = [
    undefined,
    () => ({ runtimeMs: Number.NaN, memoryMb: 1e308, vramMb: -1 }) as never,
    () => {
      throw new TypeError('broken estimator');
    },
    () => null as never,
  ];
  const def = {
    category: 'data',
    baseComplexity: 2,
    defaults,
    estimate: r.pick(estimators),
  } as NodeMetricDefinition;
  return {
    exact: builtin.exact,
    patterns: builtin.patterns,
    user: { exact: new Map([[type, def]]), patterns: [] },
  };
}
