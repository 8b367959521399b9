// Plain Node, no bundler: imports the framework-free engine from the installed package, imports and profiles
// the same workflow the page shows, and prints the result as JSON on one line (read by scripts/package/checkEmbed.ts).
import console from 'node:console';
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';
import { importWorkflowText, profileWorkflow } from 'workflow-performance-profiler/engine';

const file = new URL('./src/workflow.json', import.meta.url);
const imported = importWorkflowText(readFileSync(file, 'utf8'), 'workflow.json');
if (!imported.ok) {
  console.error(imported.errors.map((issue) => `[${issue.code}] ${issue.message}`).join('\n'));
  process.exit(1);
}
const profile = profileWorkflow(imported.workflow);
console.log(
  JSON.stringify({
    grade: profile.summary.grade,
    score: profile.summary.score,
    nodes: profile.nodes.length,
    hardware: profile.hardware.name,
  }),
);
