/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import sdListPipeline from '../../examples/sd-list-pipeline.json';
import { profileWorkflow } from '../../profiling';
import { importRunText } from '../../runs';
import type { RunRecord } from '../../runs/types';
import { assignTracks } from '../chromeTrace/assignTracks';
import type { CompleteEvent, MetadataEvent } from '../chromeTrace/traceTypes';
import { toChromeTrace } from '../chromeTrace/toChromeTrace';
import { checkTraceFormat } from './traceFormat';

const RUNS = join(__dirname, '../../runs/__fixtures__/nodetool-runs');
const read = (name: string) => readFileSync(join(RUNS, name), 'utf8');
const recorded = (name: string): { workflow: unknown; record: RunRecord } => ({
  workflow: JSON.parse(read(`${name}.workflow.json`)) as unknown,
  record: importRunText(read(`${name}.jsonl`), `${name}.jsonl`).record,
});

const slices = (events: readonly unknown[]) =>
  (events as (CompleteEvent | MetadataEvent)[]).filter((e): e is CompleteEvent => e.ph === 'X');
const metadata = (events: readonly unknown[]) =>
  (events as (CompleteEvent | MetadataEvent)[]).filter((e): e is MetadataEvent => e.ph === 'M');
const nameOf = (events: readonly unknown[], kind: 'process_name' | 'thread_name', pid: number, tid = 0) =>
  (
    metadata(events).find(
      (m) => m.name === kind && m.pid === pid && (kind === 'process_name' || m.tid === tid),
    )?.args as { name: string } | undefined
  )?.name;

describe('toChromeTrace', () => {
  it('writes the estimated schedule: µs times, one named track per lane, ids in args', () => {
    const profile = profileWorkflow(sdListPipeline, { suggestions: false, workers: 2 });
    const trace = toChromeTrace(profile);
    expect(checkTraceFormat(trace)).toEqual([]);
    expect(trace.displayTimeUnit).toBe('ms');
    expect(nameOf(trace.traceEvents, 'process_name', 1)).toMatch(/^Estimated schedule on .* \(estimate\)$/);
    const work = profile.schedule.filter((e) => !profile.nodes.find((n) => n.id === e.nodeId)!.layoutOnly);
    const events = slices(trace.traceEvents);
    expect(events).toHaveLength(work.length);
    for (const entry of work) {
      const event = events.find((e) => e.args.id === entry.nodeId)!;
      const node = profile.nodes.find((n) => n.id === entry.nodeId)!;
      expect(event).toMatchObject({ name: node.title, cat: 'estimate', pid: 1 });
      expect(event.args).toMatchObject({
        type: node.type,
        category: node.category,
        lane: entry.lane,
        estimated: true,
      });
      expect(event.ts).toBeCloseTo(entry.startMs * 1000, 3);
      expect(event.dur).toBeCloseTo((entry.endMs - entry.startMs) * 1000, 3);
      // The track is named for the node's lane.
      const lane = /^(gpu|worker)-(\d+)$/.exec(entry.lane)!;
      const expected = `${lane[1] === 'gpu' ? 'GPU lane' : 'Worker'} ${Number(lane[2]) + 1}`;
      expect(nameOf(trace.traceEvents, 'thread_name', 1, event.tid)).toMatch(
        new RegExp(`^${expected}( \\(|$)`),
      );
    }
    // The last slice ends at the makespan.
    const end = Math.max(...events.map((e) => e.ts + e.dur));
    expect(end).toBeCloseTo(profile.summary.makespanMs * 1000, 0);
  });

  it('adds each measured run as a process; parallel nodes go on separate tracks', () => {
    const { workflow, record } = recorded('02-diamond');
    const profile = profileWorkflow(workflow, { suggestions: false });
    const trace = toChromeTrace(profile, [record]);
    expect(checkTraceFormat(trace)).toEqual([]);
    expect(nameOf(trace.traceEvents, 'process_name', 2)).toMatch(/^Run 1: completed, .* UTC \(measured\)$/);
    const measured = slices(trace.traceEvents).filter((e) => e.pid === 2);
    const executions = Object.values(record.nodes).flatMap((n) => n.executions);
    expect(measured).toHaveLength(executions.length);
    for (const node of Object.values(record.nodes))
      node.executions.forEach((execution, k) => {
        const event = measured.find((e) => e.args.id === node.nodeId && e.args.execution === k + 1)!;
        expect(event.cat).toBe('measured');
        expect(event.ts).toBeCloseTo(execution.startMs * 1000, 3);
        expect(event.dur).toBeCloseTo((execution.endMs! - execution.startMs) * 1000, 3);
      });
    // The diamond's two branches ran at the same time: two tracks.
    expect(new Set(measured.map((e) => e.tid)).size).toBeGreaterThanOrEqual(2);
  });

  it('draws a node that never finished up to the last message, and says so', () => {
    const { workflow, record } = recorded('06a-cancel');
    const trace = toChromeTrace(profileWorkflow(workflow, { suggestions: false }), [record]);
    expect(checkTraceFormat(trace)).toEqual([]);
    const unfinished = slices(trace.traceEvents).filter((e) => e.args.status === 'unfinished');
    expect(unfinished.length).toBeGreaterThan(0);
    for (const event of unfinished) {
      expect(event.name).toMatch(/\(unfinished\)$/);
      expect(event.args.trusted).toBe(false);
      expect(event.ts + event.dur).toBeCloseTo((record.lastMessageMs ?? 0) * 1000, 3);
    }
  });

  it('keeps per-item executions of a streamed node apart (04a)', () => {
    const { workflow, record } = recorded('04a-stream');
    const trace = toChromeTrace(profileWorkflow(workflow, { suggestions: false }), [record, record]);
    expect(checkTraceFormat(trace)).toEqual([]);
    const repeated = slices(trace.traceEvents).filter((e) => e.pid === 2 && Number(e.args.executions) > 1);
    expect(repeated.length).toBeGreaterThan(1);
    expect(nameOf(trace.traceEvents, 'process_name', 3)).toMatch(/^Run 2:/);
  });
});

describe('assignTracks', () => {
  const interval = fc
    .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20 }))
    .map(([startUs, length]) => ({ startUs, endUs: startUs + length }));

  it('never overlaps two intervals on a track and uses as many tracks as the deepest overlap (property)', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 30 }), (intervals) => {
        const tracks = assignTracks(intervals);
        for (let i = 0; i < intervals.length; i++)
          for (let j = i + 1; j < intervals.length; j++) {
            if (tracks[i] !== tracks[j]) continue;
            const [a, b] = [intervals[i]!, intervals[j]!];
            const apart = a.endUs <= b.startUs || b.endUs <= a.startUs;
            expect(apart).toBe(true);
          }
        // Brute force: the most intervals holding one instant (half-open; a zero-length one at its start).
        // Greedy partitioning by start time never needs more tracks than that.
        let depth = 0;
        for (const { startUs } of intervals) {
          const holding = intervals.filter(
            (o) =>
              (o.startUs <= startUs && startUs < o.endUs) || (o.startUs === startUs && o.endUs === startUs),
          ).length;
          depth = Math.max(depth, holding);
        }
        const used = intervals.length === 0 ? 0 : Math.max(...tracks) + 1;
        expect(used).toBeLessThanOrEqual(Math.max(depth, 1));
      }),
      { numRuns: 300 },
    );
  });
});
