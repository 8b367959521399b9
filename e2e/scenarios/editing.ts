/**
 * Editing in a real browser: drag a node, connect two handles with the mouse, delete with the keyboard, add a
 * node from the menu, drop a file on the canvas and paste JSON over it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, assertEqual, countGraph, waitForCount, waitForGraph } from '../lib/assert';
import type { ScenarioContext } from '../lib/types';

export const name = 'editing';

export default async function editingScenario({ page, baseUrl, screenshot, rootDir, log }: ScenarioContext) {
  await page.goto(baseUrl);
  await waitForGraph(page, 10, 7, 'default example');
  // The editor saves to localStorage shortly after each change (writes are coalesced): poll for it.
  const waitForSaved = async <T>(pick: string, what: string): Promise<T> => {
    const handle = await page.waitForFunction(
      (expression) => {
        const saved = JSON.parse(localStorage.getItem('wpp-editor') ?? 'null') as unknown;
        if (!saved) return undefined;
        return new Function('saved', `return (${expression});`)(saved) as unknown;
      },
      pick,
      { timeout: 5000 },
    );
    const value = (await handle.jsonValue()) as T;
    if (value === undefined || value === null) throw new Error(`not saved: ${what}`);
    return value;
  };

  // Drag a node: it moves on screen and its saved position changes.
  const topic = page.locator('.react-flow__node[data-id="topic"]');
  const box = await topic.boundingBox();
  assert(box, 'topic node rendered');
  await page.mouse.move(box.x + 20, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 20, box.y + 120, { steps: 8 });
  await page.mouse.up();
  const moved = await topic.boundingBox();
  assert(
    moved && moved.y > box.y + 50,
    `dragging moves the node on screen (before y=${box.y}, after y=${moved?.y})`,
  );
  const savedY = await waitForSaved<number>(
    "saved.state.nodes.find((n) => n.id === 'topic' && n.position.y > 60)?.position.y",
    'moved topic position',
  );
  log(`moved topic to saved y=${Math.round(savedY)}`);

  // Connect: topic.output → writer "messages" input (a free handle).
  const source = page.locator(
    '.react-flow__node[data-id="topic"] .react-flow__handle.source[data-handleid="output"]',
  );
  const target = page.locator(
    '.react-flow__node[data-id="writer"] .react-flow__handle.target[data-handleid="messages"]',
  );
  const s = await source.boundingBox();
  const t = await target.boundingBox();
  assert(s && t, 'handles rendered');
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
  await page.mouse.up();
  await waitForCount(
    page,
    '.react-flow__edge path.react-flow__edge-path',
    (n) => n === 8,
    'a new edge after connecting',
  );
  const targetHandle = await waitForSaved<string>(
    "saved.state.edges.find((e) => e.source === 'topic' && e.target === 'writer')?.targetHandle",
    'new edge',
  );
  assertEqual(targetHandle, 'messages', 'new edge target handle');
  await screenshot('editing-connected');

  // Delete a node with the keyboard: its edges go with it.
  await page.locator('.react-flow__node[data-id="reviewer"]').click();
  await page.keyboard.press('Delete');
  await waitForGraph(page, 9, 6, 'after deleting the reviewer');
  log('connected topic → writer.messages, deleted the reviewer (and its 2 edges)');

  // Add a node from the menu.
  await page.getByRole('button', { name: 'Add node' }).click();
  await page.locator('[data-node-type="huggingface.text_to_video.Wan_T2V"]').click();
  await waitForCount(page, '.react-flow__node', (n) => n === 10, 'a node was added');
  await page.locator('.react-flow__node[data-id="wan_t2v_1"]').waitFor();
  await page.getByTestId('inspector').waitFor();

  // Drop a file on the canvas.
  const speechText = readFileSync(join(rootDir, 'web/src/examples/speech-summary.json'), 'utf8');
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'speech-summary.json', { type: 'application/json' }));
    const canvas = document.querySelector('[data-testid="editor-canvas"]');
    if (!canvas) throw new Error('no canvas');
    canvas.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, speechText);
  await waitForGraph(page, 8, 7, 'dropped speech-summary.json');
  assertEqual(
    await page.getByTestId('workflow-name').innerText(),
    'Meeting recording to notes',
    'name after drop',
  );

  // Paste JSON over the canvas (no text field focused).
  const video = readFileSync(join(rootDir, 'web/src/examples/video-generation.json'), 'utf8');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, video);
  await waitForGraph(page, 8, 6, 'pasted video-generation.json');
  await page.waitForTimeout(400);
  await screenshot('editing-pasted-video');
  const counts = await countGraph(page);
  log(`dropped and pasted workflows render (${counts.nodes} nodes, ${counts.edges} edges)`);

  // Dark mode follows the system: cards take the dark theme's paper colour.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  const background = await page
    .locator('.react-flow__node[data-id="director"] .wpp-node')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const channels = (background.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  assert(
    channels.length === 3 && channels.every((c) => c < 80),
    `cards are dark in dark mode (background ${background})`,
  );
  await screenshot('editing-dark-mode');
}
