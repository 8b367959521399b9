import { createExecutionTimeStore } from '../ExecutionTimeStore';

function storeWithClock(start = 1000) {
  let time = start;
  const store = createExecutionTimeStore({ now: () => time });
  return { store, advance: (ms: number) => (time += ms) };
}

describe('ExecutionTimeStore', () => {
  it('measures a node from start to end with the injected clock', () => {
    const { store, advance } = storeWithClock();
    const s = store.getState();
    s.startExecution('wf', 'n1');
    expect(store.getState().getDuration('wf', 'n1')).toBeUndefined();
    advance(250);
    s.endExecution('wf', 'n1');
    expect(store.getState().getTiming('wf', 'n1')).toMatchObject({ startTime: 1000, endTime: 1250 });
    expect(store.getState().getDuration('wf', 'n1')).toBe(250);
  });

  it('ignores an end without a start', () => {
    const { store } = storeWithClock();
    store.getState().endExecution('wf', 'n1');
    expect(store.getState().getTiming('wf', 'n1')).toBeUndefined();
  });

  it('clears exactly the given workflow: clearing wf1 keeps wf10', () => {
    const { store } = storeWithClock();
    const s = store.getState();
    s.startExecution('wf1', 'n');
    s.startExecution('wf10', 'n');
    s.startExecution('wf1:x', 'n');
    s.clearTimings('wf1');
    expect(store.getState().getTiming('wf1', 'n')).toBeUndefined();
    expect(store.getState().getTiming('wf10', 'n')).toBeDefined();
    expect(store.getState().getTiming('wf1:x', 'n')).toBeDefined();
  });

  it('keeps two jobs of one workflow apart and clears one job alone', () => {
    const { store, advance } = storeWithClock();
    const s = store.getState();
    s.startExecution('wf', 'n', 'job-a');
    advance(100);
    s.startExecution('wf', 'n', 'job-b');
    advance(100);
    s.endExecution('wf', 'n', 'job-a');
    expect(store.getState().getDuration('wf', 'n', 'job-a')).toBe(200);
    expect(store.getState().getDuration('wf', 'n', 'job-b')).toBeUndefined();
    expect(store.getState().getRunTimings('wf', 'job-a')).toEqual({ n: { start: 1000, end: 1200 } });
    s.clearTimings('wf', 'job-a');
    expect(store.getState().getTiming('wf', 'n', 'job-a')).toBeUndefined();
    expect(store.getState().getTiming('wf', 'n', 'job-b')).toBeDefined();
  });

  it('does not confuse ids containing the separator of a joined key', () => {
    const { store } = storeWithClock();
    store.getState().startExecution('a:b', 'c');
    expect(store.getState().getTiming('a', 'b:c')).toBeUndefined();
    expect(store.getState().getRunTimings('a:b')).toEqual({ c: { start: 1000 } });
  });
});
