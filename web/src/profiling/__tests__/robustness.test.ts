/** @jest-environment node */
/**
 * The engine defects of the fuzzing report (../shared/robustness, fixtures copied to fixtures/robustness) and
 * the ones it described without a file: each input now gives a sound profile or a coded ProfileError.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_MODEL_PARAMS_B, MAX_NODE_RUNTIME_MS } from '../bounds/limits';
import { isProfileError, ProfileError } from '../errors';
import { createBuiltinMetricTable } from '../estimate/builtinTable';
import { registerMetricRule } from '../estimate/metricTable';
import { parseParamCount } from '../estimate/parse/modelId';
import { fixedTable, TEST_GPU, workflow } from '../profile/__tests__/fixedTable';
import { profileWorkflow } from '../profile/profileWorkflow';
import { UNTRUSTED_SCORE_CAP } from '../score/capUntrustedScore';
import type { Profile, ProfileOptions } from '../types';
import { assertProfileInvariants } from './assertProfileInvariants';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, 'fixtures/robustness', name), 'utf8')) as unknown;

function profileOf(input: unknown, options?: ProfileOptions): Profile {
  const profile = profileWorkflow(input, options);
  assertProfileInvariants(profile);
  return profile;
}

/** The ProfileError thrown by `fn` (fails the test when it throws anything else or nothing). */
function codedError(fn: () => unknown): ProfileError {
  try {
    fn();
  } catch (error) {
    if (isProfileError(error)) return error;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

const codesOf = (p: Profile) => p.summary.warnings.map((w) => w.code);
const speechSummary = JSON.parse(
  readFileSync(join(__dirname, '../../examples/speech-summary.json'), 'utf8'),
) as unknown;

describe('fixtures from the fuzzing report', () => {
  it('deep-model-5000: a model nested 5,000 deep is profiled (no stack overflow), with suggestions', () => {
    const p = profileOf(fixture('deep-model-5000.json'));
    expect(p.nodes).toHaveLength(2);
    expect(p.summary.score).not.toBeNull();
  });

  it.each(['model-id-moe-infinity.json', 'model-id-moe-huge.json'])(
    '%s: the MoE size is clamped to the cap with a warning naming node and field, and cannot grade A',
    (file) => {
      const p = profileOf(fixture(file));
      const node = p.nodes.find((n) => n.id === 'a')!;
      expect(node.details.paramsB).toBe(MAX_MODEL_PARAMS_B);
      expect(node.runtimeMs).toBeGreaterThan(0);
      expect(node.runtimeMs).toBeLessThanOrEqual(MAX_NODE_RUNTIME_MS);
      expect(p.summary.peakVramMb).toBeGreaterThanOrEqual(node.vramMb);
      const warning = p.summary.warnings.find((w) => w.code === 'estimate.model-size-clamped');
      expect(warning).toMatchObject({ nodeId: 'a', field: 'model' });
      expect(p.summary.warnings.some((w) => w.message.includes('NaN'))).toBe(false);
      expect(p.summary.grade).not.toBe('A');
      expect(p.summary.scoreReason).toMatch(/"a"/);
    },
  );
});

describe('defects described in the report', () => {
  it('a zero-runtime node holding 30 GB of VRAM counts toward the peak (alone and beside a running node)', () => {
    const table = fixedTable({
      hold: { runtimeMs: 0, vramMb: 30_000, device: 'gpu' },
      work: { runtimeMs: 100, vramMb: 1000, device: 'gpu' },
    });
    const alone = profileOf(workflow([['z', 'hold']], []), { metrics: table, hardware: TEST_GPU });
    expect(alone.summary.peakVramMb).toBe(30_000);
    const both = profileOf(
      workflow(
        [
          ['w', 'work'],
          ['z', 'hold'],
        ],
        [],
      ),
      { metrics: table, hardware: TEST_GPU },
    );
    expect(both.summary.peakVramMb).toBe(31_000);
  });

  it.each([
    ['agentSteps', 1e308],
    ['modelParamsB', 1e308],
    ['diskGBs', 0],
    ['outputTokens', 0],
  ])('assumption %s = %p is a coded option error naming the key', (key, value) => {
    const error = codedError(() => profileWorkflow(speechSummary, { assumptions: { [key]: value } }));
    expect(error.code).toBe('option.invalid');
    expect(error.field).toBe(`assumptions.${key}`);
  });

  it('assumptions at their maxima give finite figures', () => {
    const p = profileOf(speechSummary, {
      assumptions: { agentSteps: 1000, modelParamsB: MAX_MODEL_PARAMS_B, outputTokens: 1_000_000 },
    });
    expect(p.summary.totalRuntimeMs).toBeGreaterThan(0);
  });

  it('a registered rule with defaults.runtimeMs 1e308 is rejected, naming the field', () => {
    const rule = {
      category: 'data' as const,
      baseComplexity: 1,
      defaults: { runtimeMs: 1e308, memoryMb: 0, vramMb: 0, device: 'cpu' as const },
    };
    const error = codedError(() => registerMetricRule(createBuiltinMetricTable(), 'acme.*', rule));
    expect(error).toMatchObject({ code: 'metrics.invalid-definition', field: 'defaults.runtimeMs' });
    // A hand-built table holding the same rule is refused as an option.
    const builtin = createBuiltinMetricTable();
    const table = { ...builtin, user: { exact: new Map([['acme.X', rule]]), patterns: [] } };
    const optionError = codedError(() =>
      profileWorkflow(workflow([['a', 'acme.X']], []), { metrics: table }),
    );
    expect(optionError.code).toBe('metrics.invalid-definition');
  });

  it('an estimator returning absurd or invalid numbers is clamped / replaced, and the score says so', () => {
    const table = fixedTable({ huge: { runtimeMs: 1e308, memoryMb: Number.NaN, vramMb: 0 } });
    const p = profileOf(workflow([['h', 'huge']], []), { metrics: table, hardware: TEST_GPU });
    expect(p.nodes[0]!.runtimeMs).toBe(MAX_NODE_RUNTIME_MS);
    expect(codesOf(p)).toEqual(
      expect.arrayContaining(['estimate.clamped', 'estimate.invalid-number', 'score.untrusted']),
    );
    expect(p.summary.score).toBeLessThanOrEqual(UNTRUSTED_SCORE_CAP);
    expect(p.summary.scoreReason).toMatch(/"h"/);
  });

  it('a fast workflow whose figures were replaced is capped at B, not graded A', () => {
    const table = fixedTable({ odd: { runtimeMs: Number.NaN } });
    const p = profileOf(workflow([['o', 'odd']], []), { metrics: table, hardware: TEST_GPU });
    expect(p.summary.score).toBe(UNTRUSTED_SCORE_CAP);
    expect(p.summary.grade).toBe('B');
  });

  it('BigInt and circular option values are coded option errors, not TypeErrors', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const options of [
      { workers: 4n },
      { gpuLanes: circular },
      { assumptions: { audioSeconds: 5n } },
      { hardware: { name: 'x', vendor: 'nvidia', memoryBandwidthGBs: 1n, fp16Tflops: 1, memoryGb: 1 } },
    ]) {
      const error = codedError(() => profileWorkflow(speechSummary, options as unknown as ProfileOptions));
      expect(error.code).toMatch(/^(option\.invalid|hardware\.invalid-spec)$/);
      expect(error.message.length).toBeLessThan(300);
    }
  });

  it('circular model objects on two nodes (JS API) are compared without recursion', () => {
    const model: Record<string, unknown> = { type: 'language_model', id: 'qwen3:4b', provider: 'ollama' };
    model.self = model;
    const other: Record<string, unknown> = { type: 'language_model', id: 'qwen3:8b', provider: 'ollama' };
    other.self = other;
    const input = workflow(
      [
        ['a', 'nodetool.agents.Agent', { model }],
        ['b', 'nodetool.agents.Agent', { model: other }],
      ],
      [],
    );
    expect(() => profileOf(input)).not.toThrow();
  });
});

describe('model sizes from ids are bounded', () => {
  it.each([`${'9'.repeat(400)}x1b`, '999999999999x99999b'])('%s is clamped and flagged', (id) => {
    const parsed = parseParamCount(id)!;
    expect(parsed.paramsB).toBe(MAX_MODEL_PARAMS_B);
    expect(parsed.activeParamsB).toBeLessThanOrEqual(MAX_MODEL_PARAMS_B);
    expect(parsed.clamped).toBe(true);
  });

  it.each([`e${'9'.repeat(400)}b`, 'e99999b', '0x7b', `${'9'.repeat(400)}b`])(
    '%s names no usable size',
    (id) => {
      expect(parseParamCount(id)).toBeUndefined();
    },
  );

  it('ordinary ids are unchanged', () => {
    expect(parseParamCount('mixtral:8x7b')).toEqual({ paramsB: 46.7, activeParamsB: 12.9, matched: '8x7b' });
    expect(parseParamCount('gemma3n:e4b')?.paramsB).toBe(4);
  });
});
