import { renderHook } from '@testing-library/react';
import type { EditorEdge, EditorNode } from '../../../workflow/nodetoolTypes';
import { useAutoAnalyze, type AutoAnalyzeOptions } from '../useAutoAnalyze';

const node = (id: string, steps: number): EditorNode =>
  ({ id, type: 't', position: { x: 0, y: 0 }, data: { properties: { steps } } }) as unknown as EditorNode;
const NO_EDGES: EditorEdge[] = [];

describe('useAutoAnalyze: at once after a pause, debounced within a burst', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('analyses a single edit at once, waits for a burst of edits to pause, and is immediate again after', () => {
    const analyze = jest.fn((_nodes: EditorNode[]) => Promise.resolve(null));
    const options = (nodes: EditorNode[]): AutoAnalyzeOptions => ({
      enabled: true,
      workflowId: 'wf',
      nodes,
      edges: NO_EDGES,
      hardware: 'h',
      metrics: 'm',
      debounceMs: 300,
      analyze,
      isCurrent: () => false,
    });
    const { rerender } = renderHook((props: AutoAnalyzeOptions) => useAutoAnalyze(props), {
      initialProps: options([node('a', 1)]),
    });
    expect(analyze).toHaveBeenCalledTimes(1); // the first analysis of the workflow
    jest.advanceTimersByTime(1000);

    rerender(options([node('a', 2)])); // one edit after a pause: at once
    expect(analyze).toHaveBeenCalledTimes(2);

    jest.advanceTimersByTime(100);
    rerender(options([node('a', 20)])); // typing on: debounced
    jest.advanceTimersByTime(100);
    rerender(options([node('a', 200)]));
    jest.advanceTimersByTime(299);
    expect(analyze).toHaveBeenCalledTimes(2);
    jest.advanceTimersByTime(1);
    expect(analyze).toHaveBeenCalledTimes(3);
    expect(analyze.mock.calls[2]![0][0]!.data.properties).toEqual({ steps: 200 });

    jest.advanceTimersByTime(1000);
    rerender(options([node('a', 3)])); // after a pause again: at once
    expect(analyze).toHaveBeenCalledTimes(4);
  });
});
