import { isProfileError, ProfileError } from '../../errors';
import type { Profile } from '../../types';
import { profileWorkflow } from '../profileWorkflow';
import { COMMENT, fixedTable, PREVIEW, TEST_GPU, workflow } from './fixedTable';

const byId = (profile: Profile, id: string) => profile.nodes.find((n) => n.id === id)!;

describe('profileWorkflow — a hand-checked diamond', () => {
  // a (cpu 1 s) → b (gpu 5 s, 4 GB VRAM incl. 3 GB shared model m1) → d (cpu 0.5 s) → preview
  //            ↘ c (gpu 3 s, 3.5 GB VRAM incl. the same model)   ↗
  // plus an unconnected Comment.
  const table = fixedTable({
    A: { runtimeMs: 1000, memoryMb: 100 },
    B: { runtimeMs: 5000, memoryMb: 200, vramMb: 4000, device: 'gpu', modelKey: 'm1', modelVramMb: 3000 },
    C: { runtimeMs: 3000, memoryMb: 300, vramMb: 3500, device: 'gpu', modelKey: 'm1', modelVramMb: 3000 },
    D: { runtimeMs: 500, memoryMb: 50 },
  });
  const input = workflow(
    [
      ['a', 'A'],
      ['b', 'B'],
      ['c', 'C'],
      ['d', 'D'],
      ['p', PREVIEW],
      ['note', COMMENT],
    ],
    [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['c', 'd'],
      ['d', 'p'],
    ],
  );
  const profile = profileWorkflow(input, { metrics: table, hardware: TEST_GPU });

  it('sums runtimes, finds the true critical path and simulates one GPU lane', () => {
    const s = profile.summary;
    expect(s.totalRuntimeMs).toBe(9500);
    expect(s.criticalPathMs).toBe(6500);
    expect(s.criticalPath).toEqual(['a', 'b', 'd']);
    // a 0–1 s; b first (longer remaining path) 1–6 s; c waits for the GPU 6–9 s; d 9–9.5 s.
    expect(s.makespanMs).toBe(9500);
    expect(profile.schedule.map((e) => [e.nodeId, e.startMs, e.endMs, e.lane])).toEqual([
      ['a', 0, 1000, 'worker-0'],
      ['b', 1000, 6000, 'gpu-0'],
      ['c', 6000, 9000, 'gpu-0'],
      ['d', 9000, 9500, 'worker-0'],
    ]);
  });

  it('takes memory at its peak, counting the shared model once while resident', () => {
    // During b: 1 GB own + 3 GB model; during c: 0.5 GB own + the same model.
    expect(profile.summary.peakVramMb).toBe(4000);
    expect(profile.summary.peakMemoryMb).toBe(300);
    const wide = profileWorkflow(input, { metrics: table, hardware: TEST_GPU, gpuLanes: 2 });
    expect(wide.summary.makespanMs).toBe(6500);
    expect(wide.summary.peakVramMb).toBe(4500);
  });

  it('reports per-node graph facts', () => {
    expect(byId(profile, 'a')).toMatchObject({
      fanIn: 0,
      fanOut: 2,
      level: 0,
      earliestStartMs: 0,
      slackMs: 0,
      onCriticalPath: true,
      parallelizable: false,
    });
    expect(byId(profile, 'c')).toMatchObject({
      fanIn: 1,
      fanOut: 1,
      level: 1,
      earliestStartMs: 1000,
      slackMs: 2000,
      onCriticalPath: false,
      parallelizable: true,
    });
    expect(byId(profile, 'b').parallelizable).toBe(true);
    expect(byId(profile, 'd')).toMatchObject({ level: 2, earliestStartMs: 6000, parallelizable: false });
    expect(profile.waves).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(profile.summary.parallelOpportunities).toBe(2);
  });

  it('gives layout nodes zero cost and never lists them as bottlenecks', () => {
    for (const id of ['p', 'note']) {
      expect(byId(profile, id)).toMatchObject({
        layoutOnly: true,
        runtimeMs: 0,
        memoryMb: 0,
        vramMb: 0,
        parallelizable: false,
        onCriticalPath: false,
      });
    }
    expect(profile.summary.bottlenecks).toEqual(['b']);
    expect(profile.summary.bottleneckDetails).toEqual([
      { nodeId: 'b', kind: 'time', share: 5000 / 6500 },
      { nodeId: 'b', kind: 'memory', share: 0.4 },
    ]);
  });

  it('scores with the published curves and weights', () => {
    const { scoreBreakdown, score, grade } = profile.summary;
    expect(scoreBreakdown.map((m) => m.id)).toEqual([
      'critical-path',
      'memory-fit',
      'schedule-overhead',
      'total-runtime',
      'unknown-share',
    ]);
    expect(scoreBreakdown.find((m) => m.id === 'memory-fit')!.value).toBeCloseTo(0.4, 9);
    expect(scoreBreakdown.find((m) => m.id === 'schedule-overhead')!.value).toBeCloseTo(9500 / 6500 - 1, 9);
    const weighted = scoreBreakdown.reduce((sum, m) => sum + m.weight * m.score, 0);
    expect(score).toBe(Math.round(100 * weighted));
    expect(grade).toBe(
      score! >= 90 ? 'A' : score! >= 75 ? 'B' : score! >= 60 ? 'C' : score! >= 40 ? 'D' : 'F',
    );
  });

  it('produces a JSON-serialisable profile with schemaVersion 1', () => {
    const copy = JSON.parse(JSON.stringify(profile)) as Profile;
    expect(copy).toEqual(profile);
    expect(copy.schemaVersion).toBe(1);
    expect(copy.estimated).toBe(true);
  });
});

describe('profileWorkflow — items, text flow, cycles, control edges', () => {
  it('multiplies downstream runtime by the item count (load paid once) and records the assumption', () => {
    const table = fixedTable({
      List: { runtimeMs: 100, emitsItems: 3 },
      Unknown: { runtimeMs: 100, emitsItems: null },
      Work: { runtimeMs: 200, loadMs: 50 },
    });
    const known = profileWorkflow(
      workflow(
        [
          ['l', 'List'],
          ['w', 'Work'],
          ['x', 'Work'],
        ],
        [
          ['l', 'w'],
          ['w', 'x'],
        ],
      ),
      { metrics: table, hardware: TEST_GPU },
    );
    expect(byId(known, 'l').runtimeMs).toBe(100);
    expect(byId(known, 'w').runtimeMs).toBe(50 + 150 * 3);
    expect(byId(known, 'w').details.itemCount).toBe(3);
    expect(byId(known, 'x').runtimeMs).toBe(500);
    expect(byId(known, 'w').details.assumptions.some((a) => a.key === 'defaultItemCount')).toBe(false);
    const assumed = profileWorkflow(
      workflow(
        [
          ['l', 'Unknown'],
          ['w', 'Work'],
        ],
        [['l', 'w']],
      ),
      { metrics: table, hardware: TEST_GPU, defaultItemCount: 5 },
    );
    expect(byId(assumed, 'w').runtimeMs).toBe(50 + 150 * 5);
    expect(byId(assumed, 'w').details.assumptions).toContainEqual(
      expect.objectContaining({ key: 'defaultItemCount', value: 5 }),
    );
    // Nested producers multiply.
    const nested = profileWorkflow(
      workflow(
        [
          ['l', 'List'],
          ['m', 'List'],
          ['w', 'Work'],
        ],
        [
          ['l', 'm'],
          ['m', 'w'],
        ],
      ),
      { metrics: table, hardware: TEST_GPU },
    );
    expect(byId(nested, 'w').details.itemCount).toBe(9);
  });

  it('passes constant text downstream along data edges only', () => {
    const seen = new Map<string, number>();
    const table = fixedTable({
      Str: { runtimeMs: 1 },
      Fmt: { runtimeMs: 1 },
      LLM: (node, ctx) => {
        seen.set(node.id, ctx.upstreamTextChars);
        return {
          runtimeMs: 10,
          category: 'llm',
          details: { source: 't', assumptions: [], outputTokens: 100 },
        };
      },
    });
    const input = workflow(
      [
        ['s', 'Str', { value: 'x'.repeat(400) }],
        ['f', 'Fmt', { template: 'abc' }],
        ['llm', 'LLM'],
        ['llm2', 'LLM'],
        ['ctl', 'LLM'],
      ],
      [
        ['s', 'f'],
        ['f', 'llm'],
        ['llm', 'llm2'],
        ['s', 'ctl', 'control'],
      ],
    );
    profileWorkflow(input, { metrics: table, hardware: TEST_GPU });
    expect(seen.get('llm')).toBe(403);
    expect(seen.get('llm2')).toBe(400); // 100 output tokens × 4 characters
    expect(seen.get('ctl')).toBe(0);
  });

  it('passes media sizes from constants and resizing ops to the nodes downstream', () => {
    const seen = new Map<string, unknown>();
    const record =
      (category: 'image-op' | 'audio-op' | 'llm' | 'speech-to-text' | 'input') =>
      (node: { id: string }, ctx: { upstreamMedia?: unknown }) => {
        seen.set(node.id, ctx.upstreamMedia);
        return { runtimeMs: 1, category };
      };
    const table = fixedTable({
      Input: record('input'),
      Fit: record('image-op'),
      Gain: record('audio-op'),
      LLM: record('llm'),
      Use: record('speech-to-text'),
    });
    const input = workflow(
      [
        ['audio', 'Input', { value: { type: 'audio', uri: '', duration: 120 } }],
        ['gain', 'Gain'],
        ['asr', 'Use'],
        ['image', 'Input', { value: { type: 'image', uri: '', width: 2000, height: 1000 } }],
        ['fit', 'Fit', { width: 512, height: 512 }],
        ['sd', 'Use'],
        ['llm', 'LLM'],
        ['after', 'Use'],
      ],
      [
        ['audio', 'gain'],
        ['gain', 'asr'],
        ['image', 'fit'],
        ['fit', 'sd'],
        ['audio', 'llm'],
        ['llm', 'after'],
      ],
    );
    profileWorkflow(input, { metrics: table, hardware: TEST_GPU });
    expect(seen.get('asr')).toEqual({ audioSeconds: 120 });
    expect(seen.get('fit')).toEqual({ imageWidth: 2000, imageHeight: 1000 });
    expect(seen.get('sd')).toEqual({ imageWidth: 512, imageHeight: 512 });
    expect(seen.get('after')).toBeUndefined(); // an LLM outputs text, not the audio it heard
    expect(seen.get('audio')).toBeUndefined();
  });

  it('condenses a cycle, reports it, and still profiles the rest', () => {
    const table = fixedTable({ T: { runtimeMs: 100 } });
    const p = profileWorkflow(
      workflow(
        [
          ['a', 'T'],
          ['b', 'T'],
          ['c', 'T'],
          ['d', 'T'],
        ],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'b'],
          ['c', 'd'],
        ],
      ),
      { metrics: table, hardware: TEST_GPU },
    );
    expect(p.summary.cycles.map((c) => [...c].sort())).toEqual([['b', 'c']]);
    expect(p.summary.warnings.map((w) => w.code)).toContain('graph.cycle');
    expect(p.summary.criticalPathMs).toBe(400);
    expect(p.summary.criticalPath).toEqual(['a', 'b', 'c', 'd']);
    expect(byId(p, 'b').cycleIndex).toBe(0);
    expect(byId(p, 'c').earliestStartMs).toBe(200);
  });

  it('accepts the React Flow shape with the same result', () => {
    const table = fixedTable({ T: { runtimeMs: 100 } });
    const flow = {
      nodes: [
        { id: 'a', type: 'T', position: { x: 0, y: 0 }, data: { properties: {} } },
        { id: 'b', type: 'T', position: { x: 0, y: 0 }, data: { properties: {} } },
      ],
      edges: [{ id: 'e', source: 'a', target: 'b' }],
    };
    const p = profileWorkflow(flow, { metrics: table, hardware: TEST_GPU });
    expect(p.summary.criticalPath).toEqual(['a', 'b']);
    expect(p.summary.criticalPathMs).toBe(200);
  });
});

describe('profileWorkflow — empty workflows, errors, suggestions', () => {
  it('has no score for an empty or layout-only workflow, and says why', () => {
    for (const input of [workflow([], []), workflow([['c', COMMENT]], [])]) {
      const p = profileWorkflow(input, { hardware: TEST_GPU });
      expect(p.summary.score).toBeNull();
      expect(p.summary.grade).toBeNull();
      expect(p.summary.scoreReason).toMatch(/nothing to score/i);
      expect(p.summary.warnings.map((w) => w.code)).toContain('graph.empty');
      expect(p.summary.criticalPath).toEqual([]);
    }
  });

  it('throws coded, located ProfileErrors for fatal input and bad options', () => {
    const dup = () =>
      profileWorkflow(
        workflow(
          [
            ['a', 'T'],
            ['a', 'T'],
          ],
          [],
        ),
      );
    expect(dup).toThrow(ProfileError);
    try {
      dup();
    } catch (error) {
      expect(isProfileError(error) && error.code).toBe('node.duplicate-id');
      expect(isProfileError(error) && error.nodeId).toBe('a');
    }
    expect(() => profileWorkflow('nope')).toThrow(expect.objectContaining({ code: 'input.not-object' }));
    expect(() => profileWorkflow(workflow([], []), { workers: 0 })).toThrow(
      expect.objectContaining({ code: 'option.invalid', field: 'workers' }),
    );
    expect(() => profileWorkflow(workflow([], []), { hardware: 'no-such-device' })).toThrow(ProfileError);
  });

  it('suggests more workers when independent steps wait, with savings from a re-run', () => {
    const table = fixedTable({ Hosted: { runtimeMs: 1000, device: 'remote', category: 'hosted-llm' } });
    const input = workflow(
      [
        ['a', 'Hosted'],
        ['b', 'Hosted'],
        ['c', 'Hosted'],
        ['d', 'Hosted'],
      ],
      [],
    );
    const p = profileWorkflow(input, { metrics: table, hardware: TEST_GPU, workers: 1 });
    expect(p.summary.makespanMs).toBe(4000);
    const s = p.suggestions.find((x) => x.kind === 'parallelize')!;
    expect(s.savingsMs).toBe(2000);
    expect(s.nodeIds.sort()).toEqual(['b', 'c', 'd']);
    const rerun = profileWorkflow(input, { metrics: table, hardware: TEST_GPU, workers: 2 });
    expect(s.scoreGain).toBe(rerun.summary.score! - p.summary.score!);
    expect(profileWorkflow(input, { metrics: table, hardware: TEST_GPU, workers: 4 }).suggestions).toEqual(
      [],
    );
  });

  it('names the steps that waited for a worker, not those queued for the GPU, with or without cycles', () => {
    const table = fixedTable({
      Hosted: { runtimeMs: 1000, device: 'remote', category: 'hosted-llm' },
      Gpu: { runtimeMs: 1000, device: 'gpu', category: 'image-diffusion' },
    });
    const nodes: Array<[string, string]> = [
      ['a', 'Hosted'],
      ['b', 'Hosted'],
      ['c', 'Hosted'],
      ['g1', 'Gpu'],
      ['g2', 'Gpu'],
    ];
    const waited = (edges: Array<[string, string]>) =>
      profileWorkflow(workflow(nodes, edges), { metrics: table, hardware: TEST_GPU, workers: 1 })
        .suggestions.find((x) => x.kind === 'parallelize')!
        .nodeIds.sort();
    // a, b, c share one worker: two of them wait. A GPU node waits for the GPU lane, which more workers do
    // not help. A cycle between the GPU nodes makes one step of them (the schedule-entry path).
    const cyclic: Array<[string, string]> = [
      ['g1', 'g2'],
      ['g2', 'g1'],
    ];
    for (const ids of [waited([]), waited(cyclic)]) {
      expect(ids).toHaveLength(2);
      expect(ids.every((id) => ['a', 'b', 'c'].includes(id))).toBe(true);
    }
  });

  it('suggests fewer diffusion steps only when re-estimation shows savings', () => {
    const table = fixedTable({
      Diff: (node) => ({
        runtimeMs: 100 * Number(node.params.num_inference_steps),
        category: 'image-diffusion',
        device: 'gpu',
      }),
      Flat: { runtimeMs: 5000, category: 'image-diffusion', device: 'gpu' },
    });
    const p = profileWorkflow(
      workflow(
        [
          ['d', 'Diff', { num_inference_steps: 50 }],
          ['f', 'Flat', { num_inference_steps: 50 }],
        ],
        [],
      ),
      {
        metrics: table,
        hardware: TEST_GPU,
      },
    );
    const steps = p.suggestions.filter((x) => x.kind === 'fewer-steps');
    expect(steps.map((x) => [x.nodeIds, x.savingsMs])).toEqual([[['d'], 2500]]);
  });

  it('suggests CPU offload when memory is tight, reporting the memory saved and the time it costs', () => {
    const table = fixedTable({
      Diff: (node) =>
        node.params.enable_model_cpu_offload === true
          ? { runtimeMs: 15_000, vramMb: 3000, category: 'image-diffusion', device: 'gpu' }
          : { runtimeMs: 10_000, vramMb: 9500, category: 'image-diffusion', device: 'gpu' },
    });
    const p = profileWorkflow(workflow([['d', 'Diff', {}]], []), { metrics: table, hardware: TEST_GPU });
    const offload = p.suggestions.find((x) => x.kind === 'offload')!;
    expect(offload).toMatchObject({ nodeIds: ['d'], savingsMs: 0, savingsVramMb: 6500, costMs: 5000 });
    expect(offload.scoreGain).toBeGreaterThan(0);
    expect(offload.description).toMatch(/5\.0 s more wall time/);
    // Already offloaded: no suggestion.
    const done = profileWorkflow(workflow([['d', 'Diff', { enable_model_cpu_offload: true }]], []), {
      metrics: table,
      hardware: TEST_GPU,
    });
    expect(done.suggestions.filter((x) => x.kind === 'offload')).toEqual([]);
  });

  it('groups one kind of change over several nodes into one suggestion, re-analysed together', () => {
    const table = fixedTable({
      Diff: (node) => ({
        runtimeMs: 100 * Number(node.params.steps),
        category: 'image-diffusion',
        device: 'gpu',
      }),
    });
    const p = profileWorkflow(
      workflow(
        [
          ['a', 'Diff', { steps: 50 }],
          ['b', 'Diff', { steps: 40 }],
          ['c', 'Diff', { steps: 20 }],
        ],
        [],
      ),
      { metrics: table, hardware: TEST_GPU },
    );
    const steps = p.suggestions.filter((x) => x.kind === 'fewer-steps');
    expect(steps).toHaveLength(1);
    expect(steps[0]!.nodeIds).toEqual(['a', 'b']);
    // One GPU lane: 5000 + 4000 + 2000 → 2500 + 2500 + 2000.
    expect(steps[0]!.savingsMs).toBe(4000);
    expect(steps[0]!.title).toBe('Use 25 sampling steps in 2 diffusion nodes');
  });
});
