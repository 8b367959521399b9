/**
 * The 10,000-node example is generated on demand, not committed: it must be the same every time, import
 * cleanly into the editor, be keyed apart from the committed 1,000-node example, and profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileWorkflow } from '../../profiling';
import { importWorkflowValue } from '../../workflow/importWorkflow';
import { EXAMPLES, findExample } from '../index';
import { buildLargeWorkflow } from '../largeExample/buildLargeWorkflow';
import { formatWorkflow } from '../largeExample/formatWorkflow';

describe('generated examples', () => {
  it('the 10,000-node example is in the menu, deterministic, and imports without errors', async () => {
    const example = findExample('large-batch-10000');
    expect(example).toBeDefined();
    expect(EXAMPLES.map((e) => e.id)).toContain('large-batch-10000');
    const first = (await example!.load()) as ReturnType<typeof buildLargeWorkflow>;
    const second = (await example!.load()) as ReturnType<typeof buildLargeWorkflow>;
    expect(first.graph.nodes).toHaveLength(10_000);
    expect(example!.nodeCount).toBe(10_000);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.id).toBe('wpp-example-large-10000');
    expect(first.description).toContain('394 groups');
    expect(example!.description).toContain('394 groups');

    const imported = importWorkflowValue(first, example!.file);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.workflow.nodes).toHaveLength(10_000);

    const profile = profileWorkflow(first, { suggestions: false });
    expect(profile.nodes).toHaveLength(10_000);
    expect(profile.summary.grade).toMatch(/^[A-F]$/);
  });

  it('the same generator still writes the committed 1,000-node file byte for byte', () => {
    const committed = readFileSync(join(__dirname, '..', 'large-batch-1000.json'), 'utf8');
    expect(formatWorkflow(buildLargeWorkflow(1000))).toBe(committed);
  });
});
