import fc from 'fast-check';
import { analyzeTiming } from '../../graph/analyzeTiming';
import { buildCsr } from '../../graph/csr';
import { computeTopologicalOrder } from '../../graph/topologicalOrder';
import { kernelOf, smallDag } from '../../graph/__tests__/oracles';
import { pipeChoice, pipelineOf } from '../../graph/__tests__/pipeOracles';
import { computePipelinedBottomLevels } from '../../graph/pipelinedTiming';
import {
  computeBottomLevels,
  LANE_GPU,
  LANE_NONE,
  LANE_WORKER,
  simulateSchedule,
  type ScheduleInput,
} from '../listSchedule';

interface Case {
  input: ScheduleInput;
  edges: Array<[number, number]>;
  modelOf: number[];
}

const scheduleCase = fc
  .record({
    dag: smallDag(8),
    gpu: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    ram: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
    vram: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
    modelOf: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 8, maxLength: 8 }),
    modelRam: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 3, maxLength: 3 }),
    modelVram: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 3, maxLength: 3 }),
    workers: fc.integer({ min: 1, max: 3 }),
    gpuLanes: fc.integer({ min: 1, max: 2 }),
    piped: fc.boolean(),
    pipe: pipeChoice(8),
  })
  .map((r): Case => {
    const { n, edges, weight } = r.dag;
    const dag = kernelOf(n, edges);
    const modelOf = r.modelOf.slice(0, n);
    const users = modelOf.map((m, v) => [v, m] as const).filter(([, m]) => m >= 0);
    const models = buildCsr(
      n,
      users.length,
      Int32Array.from(users.map((u) => u[0])),
      Int32Array.from(users.map((u) => u[1])),
    );
    return {
      edges,
      modelOf,
      input: {
        dag,
        order: computeTopologicalOrder(dag),
        weight: Float64Array.from(weight),
        laneKind: Uint8Array.from(
          weight.map((w, v) => (w === 0 ? LANE_NONE : r.gpu[v] ? LANE_GPU : LANE_WORKER)),
        ),
        ownRamMb: Float64Array.from(r.ram.slice(0, n)),
        ownVramMb: Float64Array.from(r.vram.slice(0, n)),
        models,
        modelRamMb: Float64Array.from(r.modelRam),
        modelVramMb: Float64Array.from(r.modelVram),
        workers: r.workers,
        gpuLanes: r.gpuLanes,
        pipe: r.piped ? pipelineOf(dag, weight, r.pipe) : null,
      },
    };
  });

/** The rule's bounds on a step: ready when its inputs allow, and done no earlier than `finish`. */
function ruleBounds(input: ScheduleInput, start: Float64Array, finish: Float64Array, v: number) {
  const { dag, pipe } = input;
  let ready = 0;
  let done = start[v]! + input.weight[v]!;
  for (let e = 0; e < dag.m; e++) {
    if (dag.dst[e] !== v) continue;
    const u = dag.src[e]!;
    if (pipe?.outSlot[e]) {
      ready = Math.max(ready, start[u]! + pipe.lead[u]!);
      done = Math.max(done, finish[u]! + pipe.tail[v]!);
    } else ready = Math.max(ready, finish[u]!);
  }
  return { ready, done };
}

const bottomLevelsOf = (input: ScheduleInput) =>
  input.pipe
    ? computePipelinedBottomLevels(input.dag, input.order, input.weight, input.pipe)
    : computeBottomLevels(input.dag, input.order, input.weight);

describe('simulateSchedule — fixed cases', () => {
  it('serialises two independent GPU steps on one GPU lane and shares their model once', () => {
    // 0 (gpu 10 ms) and 1 (gpu 20 ms) independent, both use model 0 (1000 MB VRAM); 2 (cpu 5 ms) alone.
    const dag = kernelOf(3, []);
    const r = simulateSchedule({
      dag,
      order: computeTopologicalOrder(dag),
      weight: Float64Array.from([10, 20, 5]),
      laneKind: Uint8Array.from([LANE_GPU, LANE_GPU, LANE_WORKER]),
      ownRamMb: Float64Array.from([1, 2, 4]),
      ownVramMb: Float64Array.from([100, 200, 0]),
      models: buildCsr(3, 2, Int32Array.from([0, 1]), Int32Array.from([0, 0])),
      modelRamMb: Float64Array.from([0]),
      modelVramMb: Float64Array.from([1000]),
      workers: 4,
      gpuLanes: 1,
    });
    // Priority: longest remaining path first → step 1 (20 ms) runs first, then step 0.
    expect(Array.from(r.start)).toEqual([20, 0, 0]);
    expect(Array.from(r.finish)).toEqual([30, 20, 5]);
    expect(r.makespanMs).toBe(30);
    expect(r.peakVramMb).toBe(1200);
    expect(r.peakRamMb).toBe(6);
    expect(r.peakCombinedMb).toBe(1206);
  });

  it('counts a model once while two steps using it run at the same time, and frees it after the last', () => {
    // 0 and 1 (gpu, 10 ms each) on two GPU lanes, both using model 0 (1000 MB); 2 (gpu, 10 ms) after 0, no model.
    const dag = kernelOf(3, [[0, 2]]);
    const r = simulateSchedule({
      dag,
      order: computeTopologicalOrder(dag),
      weight: Float64Array.from([10, 10, 10]),
      laneKind: Uint8Array.from([LANE_GPU, LANE_GPU, LANE_GPU]),
      ownRamMb: new Float64Array(3),
      ownVramMb: Float64Array.from([100, 200, 5000]),
      models: buildCsr(3, 2, Int32Array.from([0, 1]), Int32Array.from([0, 0])),
      modelRamMb: Float64Array.from([0]),
      modelVramMb: Float64Array.from([1000]),
      workers: 1,
      gpuLanes: 2,
    });
    expect(Array.from(r.start)).toEqual([0, 0, 10]);
    // 0–10 ms: 100 + 200 + one copy of the model; 10–20 ms: only step 2 (the model is no longer used).
    expect(r.peakVramMb).toBe(5000);
    expect(r.peakCombinedMb).toBe(5000);
  });

  it('releases at t before acquiring at t (back-to-back steps do not overlap)', () => {
    const dag = kernelOf(2, [[0, 1]]);
    const r = simulateSchedule({
      dag,
      order: computeTopologicalOrder(dag),
      weight: Float64Array.from([5, 5]),
      laneKind: Uint8Array.from([LANE_WORKER, LANE_WORKER]),
      ownRamMb: Float64Array.from([300, 200]),
      ownVramMb: new Float64Array(2),
      models: buildCsr(2, 0, new Int32Array(0), new Int32Array(0)),
      modelRamMb: new Float64Array(0),
      modelVramMb: new Float64Array(0),
      workers: 2,
      gpuLanes: 1,
    });
    expect(r.peakRamMb).toBe(300);
    expect(r.makespanMs).toBe(10);
  });
});

describe('simulateSchedule — streaming', () => {
  // 0 streams 4 items over 800 ms (first at 200 ms) into 1 (4 × 300 ms); 2 is zero-time and takes the items of
  // 1 (first at 200 + 300 ms); 3 waits for 1 to finish.
  const dag = kernelOf(4, [
    [0, 1],
    [1, 2],
    [1, 3],
  ]);
  const input = (workers: number): ScheduleInput => ({
    dag,
    order: computeTopologicalOrder(dag),
    weight: Float64Array.from([800, 1200, 0, 10]),
    laneKind: Uint8Array.from([LANE_WORKER, LANE_WORKER, LANE_NONE, LANE_WORKER]),
    ownRamMb: Float64Array.from([0, 0, 7, 0]),
    ownVramMb: new Float64Array(4),
    models: buildCsr(4, 0, new Int32Array(0), new Int32Array(0)),
    modelRamMb: new Float64Array(0),
    modelVramMb: new Float64Array(0),
    workers,
    gpuLanes: 1,
    pipe: pipelineOf(dag, [800, 1200, 0, 10], {
      flags: [true, true, false],
      leadQuarters: [1, 1, 0, 0],
      tailQuarters: [0, 1, 0, 0],
    }),
  });

  it('a consumer starts on the first item and ends after its last execution; a zero-time one lasts the stream', () => {
    const r = simulateSchedule(input(2));
    expect(Array.from(r.start)).toEqual([0, 200, 500, 1400]);
    expect(Array.from(r.finish)).toEqual([800, 1400, 1400, 1410]);
    expect(Array.from(r.launchOrder)).toEqual([0, 1, 3]);
    expect(r.makespanMs).toBe(1410);
    expect(r.peakRamMb).toBe(7);
  });

  it('with one lane the consumer waits for the lane, and its items are all there by then', () => {
    const r = simulateSchedule(input(1));
    expect(Array.from(r.start)).toEqual([0, 800, 1100, 2000]);
    expect(r.makespanMs).toBe(2010);
  });
});

describe('simulateSchedule — properties', () => {
  it('respects precedence (streams: first item, last item) and lane capacity, never idles a lane while a step waits, and makespan ≥ critical path', () => {
    fc.assert(
      fc.property(scheduleCase, ({ input }) => {
        const { start, finish, lane, makespanMs } = simulateSchedule(input);
        const n = input.dag.n;
        const w = input.weight;
        const cap = (kind: number) => (kind === LANE_GPU ? input.gpuLanes : input.workers);
        const busy = (t: number, kind: number) => {
          let count = 0;
          for (let v = 0; v < n; v++)
            if (w[v]! > 0 && input.laneKind[v] === kind && start[v]! <= t && t < finish[v]!) count++;
          return count;
        };
        for (let v = 0; v < n; v++) {
          const { ready, done } = ruleBounds(input, start, finish, v);
          expect(start[v]!).toBeGreaterThanOrEqual(ready);
          expect(finish[v]).toBe(done);
          if (w[v] === 0) continue;
          const kind = input.laneKind[v]!;
          expect(busy(start[v]!, kind)).toBeLessThanOrEqual(cap(kind));
          for (let u = 0; u < n; u++) {
            if (u === v || w[u] === 0 || input.laneKind[u] !== kind || lane[u] !== lane[v]) continue;
            expect(finish[u]! <= start[v]! || finish[v]! <= start[u]!).toBe(true);
          }
          // Work conservation: from the moment v is ready until it starts, its lanes are all busy.
          const moments = [ready, ...Array.from(finish).filter((f) => f > ready && f < start[v]!)];
          for (const t of moments) if (t < start[v]!) expect(busy(t, kind)).toBe(cap(kind));
        }
        expect(makespanMs).toBe(Math.max(0, ...Array.from(finish)));
        const t = analyzeTiming(input.dag, input.order, w, input.pipe);
        expect(makespanMs).toBeGreaterThanOrEqual(t.criticalPathMs);
      }),
    );
  });

  it("uses the timing pass's bottom levels exactly as its own (same schedule either way)", () => {
    fc.assert(
      fc.property(scheduleCase, ({ input }) => {
        const timing = analyzeTiming(input.dag, input.order, input.weight, input.pipe);
        expect(Array.from(timing.bottomLevel)).toEqual(Array.from(bottomLevelsOf(input)));
        const own = simulateSchedule(input);
        const given = simulateSchedule({ ...input, bottomLevel: timing.bottomLevel });
        expect(Array.from(given.start)).toEqual(Array.from(own.start));
        expect(Array.from(given.lane)).toEqual(Array.from(own.lane));
      }),
    );
  });

  it('with as many lanes as steps, makespan = critical path and every step starts at its earliest start', () => {
    fc.assert(
      fc.property(scheduleCase, ({ input }) => {
        const wide = { ...input, workers: input.dag.n, gpuLanes: input.dag.n };
        const r = simulateSchedule(wide);
        const t = analyzeTiming(input.dag, input.order, input.weight, input.pipe);
        expect(r.makespanMs).toBe(t.criticalPathMs);
        expect(Array.from(r.start)).toEqual(Array.from(t.earliestStart));
      }),
    );
  });

  it('peak RAM / VRAM equal a brute-force time sweep over the schedule (shared models counted once, zero-time steps included)', () => {
    fc.assert(
      fc.property(scheduleCase, ({ input, modelOf }) => {
        const r = simulateSchedule(input);
        const n = input.dag.n;
        // A zero-time step holds its memory for the instant it runs, beside everything running then (a
        // zero-time consumer of a stream until the stream ends).
        const active = (v: number, t: number) =>
          r.finish[v]! > r.start[v]! ? r.start[v]! <= t && t < r.finish[v]! : r.start[v] === t;
        // A model is resident while any step using it runs.
        const resident = (m: number, t: number) => modelOf.some((mm, v) => mm === m && active(v, t));
        let peakRam = 0;
        let peakVram = 0;
        let peakBoth = 0;
        for (let s = 0; s < n; s++) {
          const t = r.start[s]!;
          let ram = 0;
          let vram = 0;
          for (let v = 0; v < n; v++) {
            if (!active(v, t)) continue;
            ram += input.ownRamMb[v]!;
            vram += input.ownVramMb[v]!;
          }
          for (let m = 0; m < 3; m++) {
            if (!resident(m, t)) continue;
            ram += input.modelRamMb[m]!;
            vram += input.modelVramMb[m]!;
          }
          peakRam = Math.max(peakRam, ram);
          peakVram = Math.max(peakVram, vram);
          peakBoth = Math.max(peakBoth, ram + vram);
        }
        expect(r.peakRamMb).toBeCloseTo(peakRam, 6);
        expect(r.peakVramMb).toBeCloseTo(peakVram, 6);
        expect(r.peakCombinedMb).toBeCloseTo(peakBoth, 6);
      }),
    );
  });
});
