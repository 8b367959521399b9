/**
 * Run `run` when the main thread is next idle (`requestIdleCallback`), at most `timeoutMs` later; where there
 * is no idle callback (Safari, Node, jsdom), in a later task. Returns a cancel function.
 */
export function runWhenIdle(run: () => void, timeoutMs: number): () => void {
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  const cancelIdle = (globalThis as { cancelIdleCallback?: typeof cancelIdleCallback }).cancelIdleCallback;
  if (typeof idle === 'function' && typeof cancelIdle === 'function') {
    const handle = idle(() => run(), { timeout: timeoutMs });
    return () => cancelIdle(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
