/**
 * Times an edit to the refreshed report as the user sees it: from the edit's `input` event to the frame that
 * paints the report of the new profile. The panel sets the `profiler:rendered` mark when it commits a new
 * profile to the DOM (before the paint); the end of the next frame (rAF, then a task after the paint) is
 * taken as the moment it is on screen — an upper bound, since the observer may hear of the mark late.
 */
import type { Page } from 'playwright-core';

export interface RefreshTiming {
  /** `performance.now()` time of the edit's input event. */
  editAt: number;
  /** First report committed after the edit (the quick pass, without suggestions) and its painted frame. */
  firstRenderedAt: number;
  firstPaintedAt: number;
  /** The complete report (suggestions included) committed and painted. */
  finalRenderedAt: number;
  finalPaintedAt: number;
}

/**
 * Starts watching; call before the edit, then `readRefresh` after it. With `burst`, the edit is a run of
 * input events (typing): timing starts at the last one, and only a report whose analysis was posted after
 * it counts (not the one the first keystroke started).
 */
export async function watchRefresh(page: Page, timeoutMs = 30000, burst = false): Promise<void> {
  await page.evaluate(
    ({ timeout, fromLastInput }) => {
      // Types are erased: the page gets plain JavaScript.
      const w = window as unknown as { __refresh: Promise<RefreshTiming> };
      const timing: RefreshTiming = {
        editAt: -1,
        firstRenderedAt: -1,
        firstPaintedAt: -1,
        finalRenderedAt: -1,
        finalPaintedAt: -1,
      };
      const afterPaint = (done: (at: number) => void) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now());
          channel.port2.postMessage(null);
        });
      w.__refresh = new Promise((resolve) => {
        const onInput = (event: Event) => {
          if (timing.firstRenderedAt >= 0) return;
          timing.editAt = event.timeStamp;
          if (!fromLastInput) document.removeEventListener('input', onInput, true);
        };
        document.addEventListener('input', onInput, true);
        /** In a burst, a pass posted before the last input is the previous keystroke's. */
        const postedAfterEdit = (before: number) =>
          !fromLastInput ||
          performance
            .getEntriesByName('profiler:post')
            .some((mark) => mark.startTime > timing.editAt && mark.startTime < before);
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name !== 'profiler:rendered' || timing.editAt < 0 || entry.startTime < timing.editAt)
              continue;
            if (!postedAfterEdit(entry.startTime)) continue;
            const refining = (entry as PerformanceMark).detail?.refining === true;
            if (timing.firstRenderedAt < 0) {
              timing.firstRenderedAt = entry.startTime;
              afterPaint((at) => (timing.firstPaintedAt = at));
            }
            if (!refining && timing.finalRenderedAt < 0) {
              timing.finalRenderedAt = entry.startTime;
              observer.disconnect();
              afterPaint((at) => {
                timing.finalPaintedAt = at;
                // The first paint's frame is this one or an earlier one.
                const wait = () => (timing.firstPaintedAt >= 0 ? resolve(timing) : setTimeout(wait, 5));
                wait();
              });
            }
          }
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => resolve(timing), timeout); // never refreshed: the -1s fail the caller's checks
      });
    },
    { timeout: timeoutMs, fromLastInput: burst },
  );
}

export async function readRefresh(page: Page): Promise<RefreshTiming> {
  return page.evaluate(() => (window as unknown as { __refresh: Promise<RefreshTiming> }).__refresh);
}
