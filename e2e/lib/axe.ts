/** axe-core in the page: serious and critical violations, described for assertion messages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assert } from './assert';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html?: string; failureSummary?: string }>;
}

/** Runs axe-core (injected from node_modules) on the whole page; returns serious and critical violations. */
async function runAxe(page: Page, rootDir: string): Promise<AxeViolation[]> {
  const source = readFileSync(join(rootDir, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: AxeViolation[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: n.html?.slice(0, 200),
        failureSummary: n.failureSummary,
      })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}) at ${v.nodes
          .slice(0, 4)
          .map(
            (n) =>
              `${n.target.join(' ')}${n.html ? ` (${n.html})` : ''}${n.failureSummary ? ` — ${n.failureSummary.split('\n')[1]?.trim() ?? ''}` : ''}`,
          )
          .join('; ')}${v.nodes.length > 4 ? ` and ${v.nodes.length - 4} more` : ''}`,
    )
    .join('\n    ');
}

export async function expectNoSeriousViolations(page: Page, rootDir: string, where: string): Promise<void> {
  const violations = await runAxe(page, rootDir);
  assert(
    violations.length === 0,
    `${where}: axe-core found ${violations.length} serious or critical violation(s):\n    ${describeViolations(violations)}`,
  );
}
