/**
 * Writes web/src/examples/large-batch-1000.json: a deterministic 1,000-node NodeTool workflow (a content
 * studio running many lanes of LLM, image, speech, retrieval and video work from one shared brief; built in
 * web/src/examples/largeExample/, which the editor also runs in the browser for the 10,000-node example). Same output on every run (seeded PRNG, no clock), so the committed file can be
 * regenerated and diffed.
 *
 * Usage: npx tsx scripts/generate-large-example.ts [--check]
 *   --check  exit 1 when the committed file differs from what the generator produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLargeWorkflow } from '../web/src/examples/largeExample/buildLargeWorkflow';
import { formatWorkflow } from '../web/src/examples/largeExample/formatWorkflow';

const TARGET_NODES = 1000;
const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../web/src/examples/large-batch-1000.json');

const workflow = buildLargeWorkflow(TARGET_NODES);
const { nodes, edges } = workflow.graph;
const text = formatWorkflow(workflow);
if (process.argv.includes('--check')) {
  const current = readFileSync(OUTPUT, 'utf8');
  if (current !== text) {
    console.error(`${OUTPUT} is out of date: run npx tsx scripts/generate-large-example.ts`);
    process.exit(1);
  }
  console.log(`${OUTPUT} is up to date (${nodes.length} nodes, ${edges.length} edges).`);
} else {
  writeFileSync(OUTPUT, text);
  console.log(`Wrote ${OUTPUT}: ${nodes.length} nodes, ${edges.length} edges.`);
}
