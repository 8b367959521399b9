/** @jest-environment node */
/**
 * A grade you can trust: the confidence formula on fixed node lists, the cap on fixed graphs (the study.*
 * fixture workflows, mostly unknown nodes, never grade A), the two verdicts adding up to the score, the
 * negligible-suggestion threshold, and the examples agreeing with their own comments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { profileWorkflow } from '../../profile/profileWorkflow';
import { listAssumptions } from '../../profile/listAssumptions';
import { isNegligibleSaving, NEGLIGIBLE_SAVINGS_SHARE } from '../../suggestions/proposeSuggestions';
import type { NodeProfile } from '../../types';
import { assessConfidence } from '../assessConfidence';
import { LOW_CONFIDENCE_CAP } from '../capByConfidence';

const RUN_FIXTURES = resolve(__dirname, '../../../runs/__fixtures__/nodetool-runs');
const EXAMPLES = resolve(__dirname, '../../../examples');
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

type Row = Pick<NodeProfile, 'known' | 'confidence' | 'layoutOnly' | 'runtimeMs'>;
const row = (
  known: boolean,
  confidence: NodeProfile['confidence'],
  runtimeMs: number,
  layoutOnly = false,
): Row => ({
  known,
  confidence,
  runtimeMs,
  layoutOnly,
});

describe('assessConfidence', () => {
  it('takes the lower of the per-node and the per-runtime mean of the weights', () => {
    // Weights: high 1, medium 0.8, unknown 0. Per node (1 + 0.8 + 0) / 3 = 0.6; per runtime
    // (1·10 + 0.8·10 + 0·80) / 100 = 0.18.
    const c = assessConfidence([
      row(true, 'high', 10),
      row(true, 'medium', 10),
      row(false, 'low', 80),
      row(true, 'high', 0, true),
    ]);
    expect(c).toEqual({
      level: 'low',
      value: 0.18,
      byCount: 0.6,
      byRuntime: 0.18,
      unknownShare: 0.33,
      unknownRuntimeShare: 0.8,
    });
  });

  it('is high when every node is known with high confidence, and 1 with no work node', () => {
    expect(assessConfidence([row(true, 'high', 5), row(true, 'high', 50)]).level).toBe('high');
    expect(assessConfidence([]).value).toBe(1);
  });
});

describe('the grade cap on fixed graphs', () => {
  const studyWorkflows = readdirSync(RUN_FIXTURES).filter((f) => f.endsWith('.workflow.json'));

  it.each(studyWorkflows)('%s: mostly unknown study.* nodes never grade A', (file) => {
    const profile = profileWorkflow(read(resolve(RUN_FIXTURES, file)), { suggestions: false });
    const { confidence } = profile.summary;
    expect(profile.summary.grade).not.toBe('A');
    if (confidence!.unknownRuntimeShare >= 0.5) {
      expect(confidence!.level).toBe('low');
      expect(profile.summary.score).toBeLessThanOrEqual(LOW_CONFIDENCE_CAP);
    }
  });

  it('02-diamond: capped at 74 with the reason and a score.low-confidence warning', () => {
    const profile = profileWorkflow(read(resolve(RUN_FIXTURES, '02-diamond.workflow.json')));
    expect(profile.summary).toMatchObject({ score: 74, grade: 'C' });
    expect(profile.summary.scoreReason).toMatch(
      /^Score capped at 74 \(grade C at best; it would be \d+\): low confidence/,
    );
    expect(profile.summary.scoreReason).toContain('study.Sleep');
    expect(profile.summary.warnings.map((w) => w.code)).toContain('score.low-confidence');
  });

  it('the same graph with its unknown type defined is not capped', () => {
    const profile = profileWorkflow(read(resolve(RUN_FIXTURES, '02-diamond.workflow.json')), {
      customMetrics: [
        { type: 'study.Sleep', category: 'control', runtimeMs: 500, memoryMb: 10, vramMb: 0, device: 'cpu' },
      ],
    });
    expect(profile.summary.confidence?.level).not.toBe('low');
    expect(profile.summary.warnings.map((w) => w.code)).not.toContain('score.low-confidence');
  });
});

describe('verdicts', () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

  it.each(examples)('%s: structure and device fit add up to the uncapped score', (file) => {
    const profile = profileWorkflow(read(resolve(EXAMPLES, file)), { suggestions: false });
    const { verdicts, scoreBreakdown } = profile.summary;
    const uncapped = Math.round(100 * scoreBreakdown.reduce((sum, m) => sum + m.weight * m.score, 0));
    const combined =
      verdicts!.structure.weight * verdicts!.structure.score +
      verdicts!.deviceFit.weight * verdicts!.deviceFit.score;
    expect(Math.abs(combined - uncapped)).toBeLessThanOrEqual(1);
    expect(verdicts!.structure.weight + verdicts!.deviceFit.weight).toBeCloseTo(1, 10);
  });
});

describe('negligible suggestions', () => {
  it('drops savings below 2 % of the makespan and of usable memory', () => {
    expect(NEGLIGIBLE_SAVINGS_SHARE).toBe(0.02);
    expect(isNegligibleSaving(199, 0, 10_000, 24_000)).toBe(true);
    expect(isNegligibleSaving(200, 0, 10_000, 24_000)).toBe(false);
    expect(isNegligibleSaving(0, 479, 10_000, 24_000)).toBe(true);
    expect(isNegligibleSaving(0, 480, 10_000, 24_000)).toBe(false);
  });

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')))(
    '%s: every suggestion kept is above the threshold',
    (file) => {
      const profile = profileWorkflow(read(resolve(EXAMPLES, file)));
      const { makespanMs, usableMemoryMb } = profile.summary;
      for (const s of profile.suggestions)
        expect(isNegligibleSaving(s.savingsMs, s.savingsVramMb, makespanMs, usableMemoryMb ?? 0)).toBe(false);
    },
  );
});

describe('examples agree with themselves', () => {
  it('Poster series: the comment says four prompts and the image branch runs four times', () => {
    const json = read(resolve(EXAMPLES, 'sd-list-pipeline.json')) as {
      graph: { nodes: Array<{ id: string; type: string; data: Record<string, unknown> }> };
    };
    const comment = json.graph.nodes.find((n) => n.type.endsWith('Comment'))!.data.comment as string;
    expect(comment).toMatch(/writes four prompts/);
    const profile = profileWorkflow(json, { suggestions: false });
    expect(profile.nodes.find((n) => n.id === 'sdxl')?.details.itemCount).toBe(4);
    const items = listAssumptions(profile).find((a) => a.key === 'defaultItemCount');
    expect(items).toMatchObject({ values: [4], editable: true });
    expect(items?.nodeIds).toEqual(expect.arrayContaining(['sdxl', 'upscale']));
  });
});
