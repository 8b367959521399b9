/**
 * In-page instruments for the large-workflow scenario: every long task of the main thread (Long Tasks API,
 * from page start) and the profiler's analysis marks (`profiler:post`, `profiler:received`,
 * `profiler:stored`), so a scenario can tell which long tasks carried analysis work.
 */
import type { Page } from 'playwright-core';

export interface LongTask {
  start: number;
  duration: number;
}

export interface AnalysisMarkEntry {
  name: string;
  at: number;
  detail: Record<string, unknown> | null;
}

/** Starts recording long tasks before any page script runs. Call before `page.goto`. */
export async function installLongTaskRecorder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function readLongTasks(
  page: Page,
  from = 0,
  to = Number.POSITIVE_INFINITY,
): Promise<LongTask[]> {
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
  return tasks.filter((task) => task.start + task.duration >= from && task.start <= to);
}

export async function readAnalysisMarks(page: Page): Promise<AnalysisMarkEntry[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      // `profiler:rendered` marks a report's commit: rendering, not analysis (its tasks count as all tasks).
      .filter((mark) => mark.name.startsWith('profiler:') && mark.name !== 'profiler:rendered')
      .map((mark) => ({
        name: mark.name,
        at: mark.startTime,
        detail: ((mark as PerformanceMark).detail ?? null) as Record<string, unknown> | null,
      })),
  );
}

/** The long tasks during which one of `marks` was set: the main-thread tasks that did analysis work. */
export function tasksHoldingMarks(tasks: LongTask[], marks: AnalysisMarkEntry[]): LongTask[] {
  return tasks.filter((task) =>
    marks.some((mark) => mark.at >= task.start && mark.at <= task.start + task.duration),
  );
}

export async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export function describeTasks(tasks: LongTask[]): string {
  if (tasks.length === 0) return 'none';
  return `${tasks.length} (${tasks.map((task) => Math.round(task.duration)).join(', ')} ms)`;
}

/** Which marks each task held, e.g. `130 ms: profiler:received, profiler:stored`. */
export function describeTaskMarks(tasks: LongTask[], marks: AnalysisMarkEntry[]): string {
  return tasks
    .map((task) => {
      const held = marks.filter((mark) => mark.at >= task.start && mark.at <= task.start + task.duration);
      return `${Math.round(task.duration)} ms: ${held.map((mark) => `${mark.name}${mark.detail?.final === undefined ? '' : mark.detail.final ? ' (final)' : ' (quick)'}`).join(', ')}`;
    })
    .join('; ');
}
