import fc from 'fast-check';
import { runRecordFromExecutionTimes } from '../fromExecutionTimes';

const chain = {
  edges: [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'c' },
  ],
};

describe('runRecordFromExecutionTimes', () => {
  it('starts own work at the latest upstream end and keeps times relative to the earliest start', () => {
    // b reports "running" at 1010 although a ends at 1300: it waited 290 ms for its input.
    const record = runRecordFromExecutionTimes({
      workflowId: 'wf',
      jobId: 'job-1',
      graph: chain,
      timings: {
        a: { start: 1000, end: 1300 },
        b: { start: 1010, end: 1500 },
        c: { start: 1500, end: 1520 },
      },
    });
    expect(record.source).toBe('execution-time-store');
    expect(record.startedAt).toBe(1000);
    expect(record.status).toBe('completed');
    expect(record.wallMs).toBe(520);
    const b = record.nodes.b!;
    expect(b.executions[0]).toMatchObject({ runningMs: 10, readyMs: 300, startMs: 300, endMs: 500 });
    expect(b.totalMs).toBe(200);
    expect(b.naiveMs).toBe(490);
    expect(b.trusted).toBe(true);
    expect(record.nodes.a!.totalMs).toBe(300);
  });

  it('flags every node no-ready-time without a graph and keeps the raw span', () => {
    const record = runRecordFromExecutionTimes({
      workflowId: 'wf',
      timings: { a: { start: 0, end: 100 }, b: { start: 5, end: 200 } },
    });
    expect(record.nodes.b!.flags).toEqual(['no-ready-time']);
    expect(record.nodes.b!.trusted).toBe(false);
    expect(record.nodes.b!.totalMs).toBe(195);
    expect(record.warnings.join(' ')).toMatch(/No graph/);
  });

  it('marks a node without end unfinished, with a null end, and the run incomplete', () => {
    const record = runRecordFromExecutionTimes({
      workflowId: 'wf',
      graph: chain,
      timings: { a: { start: 0, end: 100 }, b: { start: 100 } },
    });
    const b = record.nodes.b!;
    expect(b.status).toBe('unfinished');
    expect(b.executions[0]!.endMs).toBeNull();
    expect(b.flags).toContain('unfinished');
    expect(b.totalMs).toBeNull();
    expect(record.status).toBe('incomplete');
    expect(record.nodes.c!.status).toBe('not-run');
  });

  it('flags a node whose upstream never ended, and one that ended before its upstream', () => {
    const record = runRecordFromExecutionTimes({
      workflowId: 'wf',
      status: 'cancelled',
      graph: {
        edges: [
          { source: 'a', target: 'b' },
          { source: 'x', target: 'y' },
        ],
      },
      timings: {
        a: { start: 0 },
        b: { start: 0, end: 50 },
        x: { start: 0, end: 90 },
        y: { start: 10, end: 60 },
      },
    });
    expect(record.status).toBe('cancelled');
    expect(record.nodes.b!.flags).toEqual(['no-ready-time']);
    expect(record.nodes.y!.flags).toEqual(['no-ready-time']);
    expect(record.nodes.y!.totalMs).toBe(50);
  });

  it('never gives a negative or longer-than-raw own-work time (property)', () => {
    const timing = fc
      .tuple(fc.integer({ min: 0, max: 10_000 }), fc.option(fc.integer({ min: 0, max: 10_000 })))
      .map(([start, length]) => (length === null ? { start } : { start, end: start + length }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), timing), (timings) => {
        const edges = [
          { source: 'a', target: 'b' },
          { source: 'a', target: 'c' },
          { source: 'b', target: 'd' },
          { source: 'c', target: 'd' },
        ];
        const record = runRecordFromExecutionTimes({ workflowId: 'wf', timings, graph: { edges } });
        for (const [id, t] of Object.entries(timings)) {
          const node = record.nodes[id]!;
          if (t.end === undefined) expect(node.totalMs).toBeNull();
          else {
            expect(node.totalMs).toBeGreaterThanOrEqual(0);
            expect(node.totalMs).toBeLessThanOrEqual(t.end - t.start);
          }
          expect(node.executions[0]!.runningMs).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
