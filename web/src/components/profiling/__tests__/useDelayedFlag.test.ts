import { act, renderHook } from '@testing-library/react';
import { useDelayedFlag } from '../useDelayedFlag';

describe('useDelayedFlag (the progress bar of an analysis over 300 ms)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('stays off for work shorter than the delay, turns on after it, off at once when the work ends', () => {
    const { result, rerender } = renderHook(({ active }) => useDelayedFlag(active, 300), {
      initialProps: { active: false },
    });
    expect(result.current).toBe(false);
    rerender({ active: true });
    act(() => jest.advanceTimersByTime(299));
    expect(result.current).toBe(false);
    rerender({ active: false }); // a 299 ms analysis: never shown
    act(() => jest.advanceTimersByTime(500));
    expect(result.current).toBe(false);
    rerender({ active: true });
    act(() => jest.advanceTimersByTime(300));
    expect(result.current).toBe(true);
    rerender({ active: false });
    expect(result.current).toBe(false);
  });
});
