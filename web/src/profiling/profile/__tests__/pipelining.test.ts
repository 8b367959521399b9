/** Which dependencies stream items, and what that does to a profile's timing (hand-checkable numbers). */
import { assertProfileInvariants } from '../../__tests__/assertProfileInvariants';
import type { Profile } from '../../types';
import { profileWorkflow } from '../profileWorkflow';
import { fixedTable, TEST_GPU, workflow } from './fixedTable';

const table = fixedTable({
  List: { runtimeMs: 90, emitsItems: 3 },
  One: { runtimeMs: 90, emitsItems: 1 },
  SlowList: { runtimeMs: 3000, emitsItems: 3 },
  Work: { runtimeMs: 200, loadMs: 50 },
  Collect: { runtimeMs: 10, collectsItems: true },
  After: { runtimeMs: 40 },
});

function profile(nodes: Parameters<typeof workflow>[0], edges: Parameters<typeof workflow>[1]): Profile {
  const p = profileWorkflow(workflow(nodes, edges), { metrics: table, hardware: TEST_GPU, workers: 8 });
  assertProfileInvariants(p);
  return p;
}

const row = (p: Profile, id: string) => p.nodes.find((n) => n.id === id)!;
const entry = (p: Profile, id: string) => p.schedule.find((e) => e.nodeId === id)!;

describe('streaming producers in a profile', () => {
  it('a per-item consumer starts on the first item; a collector runs once after the stream ends', () => {
    const p = profile(
      [
        ['l', 'List'],
        ['w', 'Work'],
        ['c', 'Collect'],
        ['a', 'After'],
      ],
      [
        ['l', 'w'],
        ['w', 'c'],
        ['c', 'a'],
      ],
    );
    // w: 3 items, load 50 once + 150 each = 500 ms, from 90 / 3 = 30 ms; it outlasts l (90 + 150 < 30 + 500).
    expect(row(p, 'w').runtimeMs).toBe(500);
    expect(row(p, 'w').earliestStartMs).toBe(30);
    expect(entry(p, 'w')).toMatchObject({ startMs: 30, endMs: 530 });
    // The collector gathers the 3 items once: no item count, its own runtime, and so does what follows it.
    expect(row(p, 'c').details.itemCount).toBeUndefined();
    expect(row(p, 'c').runtimeMs).toBe(10);
    expect(row(p, 'c').earliestStartMs).toBe(530);
    expect(row(p, 'a').runtimeMs).toBe(40);
    expect(p.summary.criticalPathMs).toBe(580);
    expect(p.summary.makespanMs).toBe(580);
    expect(p.summary.criticalPath).toEqual(['l', 'w', 'c', 'a']);
    expect(p.nodes.map((n) => n.slackMs)).toEqual([0, 0, 0, 0]);
  });

  it('a chain of per-item nodes streams too: the second starts after the first one’s first execution', () => {
    const p = profile(
      [
        ['l', 'List'],
        ['w', 'Work'],
        ['x', 'Work'],
      ],
      [
        ['l', 'w'],
        ['w', 'x'],
      ],
    );
    // w's first execution ends at 30 + 50 + 150; x then ends 500 ms after its start (it keeps up with w).
    expect(row(p, 'x').earliestStartMs).toBe(230);
    expect(p.summary.criticalPathMs).toBe(730);
  });

  it('a slow producer sets the consumer’s end: the last item plus one execution', () => {
    const slow = fixedTable({
      List: { runtimeMs: 3000, emitsItems: 3 },
      Work: { runtimeMs: 200, loadMs: 50 },
    });
    const p = profileWorkflow(
      workflow(
        [
          ['l', 'List'],
          ['w', 'Work'],
        ],
        [['l', 'w']],
      ),
      { metrics: slow, hardware: TEST_GPU },
    );
    assertProfileInvariants(p);
    expect(entry(p, 'w')).toMatchObject({ startMs: 1000, endMs: 3150 });
    expect(p.summary.criticalPathMs).toBe(3150);
    // w could start later without delaying its end, but not end later: as a whole it has no slack.
    expect(row(p, 'w').slackMs).toBe(0);
  });

  it('no streaming along control edges, from a single item, or into a cycle', () => {
    const control = profile(
      [
        ['l', 'List'],
        ['w', 'Work'],
      ],
      [['l', 'w', 'control']],
    );
    expect(row(control, 'w').earliestStartMs).toBe(90);
    const single = profile(
      [
        ['l', 'One'],
        ['w', 'Work'],
      ],
      [['l', 'w']],
    );
    expect(row(single, 'w').earliestStartMs).toBe(90);
    const cycle = profile(
      [
        ['l', 'List'],
        ['a', 'After'],
        ['b', 'After'],
        ['s', 'SlowList'],
        ['w', 'Work'],
      ],
      [
        ['l', 'a'],
        ['a', 'b'],
        ['b', 'a'],
        ['s', 'w'],
      ],
    );
    expect(row(cycle, 'a').earliestStartMs).toBe(90);
    // Outside the cycle streams still pipeline, and the schedule shows the consumer until its last item.
    expect(entry(cycle, 'w')).toMatchObject({ startMs: 1000, endMs: 3150 });
  });
});
