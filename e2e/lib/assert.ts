/** Tiny assertions for e2e scenarios (messages say what was expected and what was found). */
import type { Page } from 'playwright-core';

export class E2EAssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'E2EAssertionError';
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new E2EAssertionError(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected)
    throw new E2EAssertionError(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}

/** Waits until `count(selector)` satisfies `predicate`, failing with the last count after `timeoutMs`. */
export async function waitForCount(
  page: Page,
  selector: string,
  predicate: (count: number) => boolean,
  what: string,
  timeoutMs = 15000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let count = -1;
  while (Date.now() < deadline) {
    count = await page.locator(selector).count();
    if (predicate(count)) return count;
    await page.waitForTimeout(100);
  }
  throw new E2EAssertionError(
    `${what}: condition not met within ${timeoutMs} ms (last count of "${selector}": ${count})`,
  );
}

/** Counts rendered React Flow nodes and edge paths. */
export async function countGraph(page: Page): Promise<{ nodes: number; edges: number }> {
  return {
    nodes: await page.locator('.react-flow__node').count(),
    edges: await page.locator('.react-flow__edge path.react-flow__edge-path').count(),
  };
}

/** Waits until exactly `nodes` nodes and `edges` edge paths are rendered. */
export async function waitForGraph(page: Page, nodes: number, edges: number, what: string): Promise<void> {
  await waitForCount(page, '.react-flow__node', (n) => n === nodes, `${what} (nodes = ${nodes})`);
  await waitForCount(
    page,
    '.react-flow__edge path.react-flow__edge-path',
    (n) => n === edges,
    `${what} (edges = ${edges})`,
  );
}
