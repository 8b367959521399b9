/** @jest-environment node */
import fc from 'fast-check';
import type { ProfileSnapshot } from '../../runs/history/profileSnapshot';
import type { RunHistoryEntry } from '../../runs/history/schema';
import { makeRunRecord } from '../../runs/testing/makeRunRecord';
import type { RunStatus } from '../../runs/types';
import { buildTrendSeries } from '../buildTrendSeries';

function snapshot(
  version: string,
  firstSeenAt: number,
  makespanMs: number,
  hardwareId = 'm3',
): ProfileSnapshot {
  return {
    version: 1,
    id: JSON.stringify(['wf', version, hardwareId]),
    workflowKey: 'wf',
    workflowVersion: version,
    hardwareId,
    hardwareName: hardwareId,
    firstSeenAt,
    savedAt: firstSeenAt,
    summary: {
      makespanMs,
      criticalPathMs: makespanMs,
      totalRuntimeMs: makespanMs,
      peakMemoryMb: 100,
      peakVramMb: makespanMs / 10,
      score: 80,
      grade: 'B',
      nodeCount: 2,
      edgeCount: 1,
    },
    graph: { nodes: [], edges: [] },
  };
}

function run(
  id: string,
  version: string | null,
  startedAt: number,
  wallMs: number | null,
  status: RunStatus = 'completed',
): RunHistoryEntry {
  return {
    id,
    workflowKey: 'wf',
    workflowVersion: version,
    savedAt: startedAt,
    record: makeRunRecord(id, { a: { ms: [1] } }, { startedAt, wallMs, status }),
    recording: null,
  };
}

describe('buildTrendSeries', () => {
  it('joins estimates of one device with the median wall time of completed runs, by version, oldest first', () => {
    const points = buildTrendSeries(
      [snapshot('b', 200, 41_000), snapshot('a', 100, 22_500), snapshot('a', 50, 9_000, 'rtx')],
      [
        run('r1', 'a', 150, 20_000),
        run('r2', 'a', 160, 24_000),
        run('r3', 'a', 170, 1, 'failed'),
        run('r4', 'c', 300, 30_000),
        run('r5', null, 10, 5_000),
        run('r6', 'b', 250, null),
      ],
      'm3',
    );
    expect(
      points.map((p) => [p.label, p.workflowVersion, p.makespanMs, p.measuredWallMs, p.runCount]),
    ).toEqual([
      ['v1', 'a', 22_500, 22_000, 2],
      ['v2', 'b', 41_000, null, 0],
      ['v3', 'c', null, 30_000, 1],
    ]);
    expect(points[0]!.peakVramMb).toBe(2250);
  });

  it('has one point per distinct version, in non-decreasing first-seen order', () => {
    const versions = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(versions, fc.nat(1000), fc.integer({ min: 1, max: 1e6 }))),
        fc.array(fc.tuple(versions, fc.nat(1000), fc.integer({ min: 1, max: 1e6 }))),
        (snaps, runs) => {
          const points = buildTrendSeries(
            snaps.map(([v, at, ms]) => snapshot(v, at, ms)),
            runs.map(([v, at, ms], i) => run(`r${i}`, v, at + 1, ms)),
            'm3',
          );
          const distinct = new Set([...snaps.map((s) => s[0]), ...runs.map((r) => r[0])]);
          expect(points.map((p) => p.workflowVersion).sort()).toEqual([...distinct].sort());
          for (let i = 1; i < points.length; i++) {
            expect(points[i]!.firstSeenAt).toBeGreaterThanOrEqual(points[i - 1]!.firstSeenAt);
          }
          for (const p of points) {
            expect(p.runCount).toBe(runs.filter((r) => r[0] === p.workflowVersion).length);
          }
        },
      ),
    );
  });
});
