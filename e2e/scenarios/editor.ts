/**
 * The host editor in a real browser: opens on the default example, loads other examples and a workflow file,
 * rejects bad files visibly while keeping the workflow, edits a parameter, survives a reload, and renders the
 * 1,000-node example.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, assertEqual, countGraph, waitForCount, waitForGraph } from '../lib/assert';
import type { ScenarioContext } from '../lib/types';

export const name = 'editor';

/** Node and edge counts of a workflow file (what the canvas must show). */
function countsOf(path: string): { nodes: number; edges: number; name: string } {
  const workflow = JSON.parse(readFileSync(path, 'utf8')) as {
    name: string;
    graph: { nodes: unknown[]; edges: unknown[] };
  };
  return { nodes: workflow.graph.nodes.length, edges: workflow.graph.edges.length, name: workflow.name };
}

export default async function editorScenario({ page, baseUrl, screenshot, rootDir, log }: ScenarioContext) {
  const examples = join(rootDir, 'web/src/examples');
  const fixtures = join(rootDir, 'e2e/fixtures');

  // 1. Opens on the default example.
  await page.goto(baseUrl);
  const chain = countsOf(join(examples, 'llm-agent-chain.json'));
  await waitForGraph(page, chain.nodes, chain.edges, 'default example');
  assertEqual(
    await page.getByTestId('workflow-name').innerText(),
    chain.name,
    'workflow name in the toolbar',
  );
  const comment = await page.locator('.wpp-comment-text').first().innerText();
  assert(
    comment.includes('A local researcher and outliner'),
    `comment text rendered from rich text, got "${comment}"`,
  );
  // Group children are drawn inside their group's frame.
  const group = await page.locator('.react-flow__node[data-id="drafting"]').boundingBox();
  const child = await page.locator('.react-flow__node[data-id="researcher"]').boundingBox();
  assert(group && child, 'group and child nodes are rendered');
  assert(
    child.x >= group.x &&
      child.y >= group.y &&
      child.x + child.width <= group.x + group.width + 1 &&
      child.y + child.height <= group.y + group.height + 1,
    `child "researcher" lies inside group "drafting" (group ${JSON.stringify(group)}, child ${JSON.stringify(child)})`,
  );
  // Edges attach to named handles: the writer→reviewer edge starts at handle "text" of the writer.
  await waitForCount(
    page,
    '.react-flow__node[data-id="writer"] .react-flow__handle[data-handleid="text"].source',
    (n) => n === 1,
    'writer has a "text" output handle',
  );
  await waitForCount(
    page,
    '.react-flow__node[data-id="research_prompt"] .react-flow__handle[data-handleid="topic"].target',
    (n) => n === 1,
    'FormatText has its dynamic "topic" input handle',
  );
  await page.waitForTimeout(300);
  await screenshot('editor-default-example');
  log(`default example: ${chain.nodes} nodes, ${chain.edges} edges`);

  // 2. Another example from the Examples menu.
  const sd = countsOf(join(examples, 'sd-list-pipeline.json'));
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example-id="sd-list-pipeline"]').click();
  await waitForGraph(page, sd.nodes, sd.edges, 'SD list example');
  await page.waitForTimeout(400);
  await screenshot('editor-sd-example');

  // 3. A workflow file through the file input.
  const retrievalPath = join(examples, 'retrieval-embeddings.json');
  const retrieval = countsOf(retrievalPath);
  await page.getByTestId('open-file-input').setInputFiles(retrievalPath);
  await waitForGraph(page, retrieval.nodes, retrieval.edges, 'retrieval file');
  assertEqual(
    await page.getByTestId('workflow-name').innerText(),
    retrieval.name,
    'name after opening a file',
  );
  await page.waitForTimeout(400);
  await screenshot('editor-file-loaded');
  log(`file: ${retrieval.nodes} nodes, ${retrieval.edges} edges`);

  // 4. Bad files: visible coded error, workflow kept.
  await page.getByTestId('open-file-input').setInputFiles(join(fixtures, 'edge-to-missing-node.json'));
  const alert = page.getByTestId('import-error');
  await alert.waitFor({ state: 'visible' });
  const alertText = await alert.innerText();
  assert(
    alertText.includes('edge.unknown-node') && alertText.includes('summary_output'),
    `error names the code and the missing node, got:\n${alertText}`,
  );
  assert(alertText.includes('kept'), 'error says the workflow was kept');
  const afterBad = await countGraph(page);
  assertEqual(afterBad.nodes, retrieval.nodes, 'nodes kept after a bad file');
  assertEqual(afterBad.edges, retrieval.edges, 'edges kept after a bad file');
  await screenshot('editor-bad-file');
  await page.getByTestId('open-file-input').setInputFiles(join(fixtures, 'not-json.json'));
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="import-error"]')?.textContent?.includes('import.not-json'),
  );
  const notJson = await alert.innerText();
  assert(/line 7, column 5/.test(notJson), `not-JSON error gives line and column, got:\n${notJson}`);
  assertEqual((await countGraph(page)).nodes, retrieval.nodes, 'nodes kept after a non-JSON file');
  await alert.getByRole('button', { name: 'Close' }).click();

  // 5. Edit a parameter in the inspector; the card shows the new value.
  await page.locator('.react-flow__node[data-id="answerer"]').click();
  const inspector = page.getByTestId('inspector');
  await inspector.waitFor({ state: 'visible' });
  const maxTokens = inspector.locator('input[data-param="max_tokens"]');
  await maxTokens.fill('777');
  await page.waitForFunction(() =>
    document.querySelector('.react-flow__node[data-id="answerer"]')?.textContent?.includes('777'),
  );
  await screenshot('editor-inspector');

  // 6. Survives a reload (localStorage).
  await page.reload();
  await waitForGraph(page, retrieval.nodes, retrieval.edges, 'after reload');
  await page.waitForFunction(() =>
    document.querySelector('.react-flow__node[data-id="answerer"]')?.textContent?.includes('777'),
  );
  log('reload kept the workflow and the edited parameter');

  // 7. Ctrl+P pressed over the canvas is not swallowed by the canvas key bindings: it reaches the app, whose
  //    profiler consumes it (defaultPrevented, so no print dialog) and opens its panel; Ctrl+P closes it.
  const ctrlP = () =>
    page.evaluate(() => {
      const event = new KeyboardEvent('keydown', {
        key: 'p',
        code: 'KeyP',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      });
      (document.querySelector('.react-flow') ?? document.body).dispatchEvent(event);
      return event.defaultPrevented;
    });
  assertEqual(await ctrlP(), true, 'Ctrl+P over the canvas defaultPrevented by the app');
  const profilerPanel = page.getByRole('region', { name: 'Performance Profiler' });
  await profilerPanel.waitFor({ state: 'visible' });
  await ctrlP();
  await profilerPanel.waitFor({ state: 'detached' });

  // 8. The 1,000-node example renders (only visible nodes are mounted above 300 nodes).
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example-id="large-batch-1000"]').click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="workflow-counts"]')?.textContent?.startsWith('1,000 nodes'),
  );
  const mounted = await waitForCount(page, '.react-flow__node', (n) => n > 50, 'large example renders nodes');
  log(`1,000-node example: ${mounted} nodes mounted in view after ${Date.now() - t0} ms`);
  await page.waitForTimeout(600);
  await screenshot('editor-large-example');

  // 9. "Centre in view" (focusNode) brings a node of the large workflow to the middle of the canvas.
  const target = page.locator('.react-flow__node[data-id="l1_draft"]');
  await target.click({ force: true });
  await page.getByTestId('inspector').waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Centre in view' }).click();
  await page.waitForTimeout(700);
  const canvas = await page.getByTestId('editor-canvas').boundingBox();
  const focused = await target.boundingBox();
  assert(canvas && focused, 'canvas and focused node have boxes');
  const dx = Math.abs(focused.x + focused.width / 2 - (canvas.x + canvas.width / 2));
  const dy = Math.abs(focused.y + focused.height / 2 - (canvas.y + canvas.height / 2));
  assert(dx < 40 && dy < 40, `focused node is centred (off by ${Math.round(dx)}, ${Math.round(dy)} px)`);
  assert(focused.width > 150, `focused node is readable (width ${Math.round(focused.width)} px)`);
  await screenshot('editor-focus-node');
}
