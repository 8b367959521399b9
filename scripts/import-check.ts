/**
 * Imports workflow files through the editor's own import path (`importWorkflowText`: JSON parse → the
 * engine's validateWorkflow → editor conversion) and fails on any error. Used by .ci/run on the real
 * NodeTool examples in ../shared/examples/nodetool.
 *
 * Usage: npx tsx scripts/import-check.ts <file-or-directory>…   (default: web/src/examples)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { formatIssue, importWorkflowText } from '../web/src/workflow/importWorkflow';

function listJsonFiles(target: string): string[] {
  const path = resolve(target);
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((file) => file.toLowerCase().endsWith('.json'))
      .sort()
      .map((file) => join(path, file));
  }
  return [path];
}

function main(args: string[]): number {
  const targets = args.length > 0 ? args : ['web/src/examples'];
  let files: string[];
  try {
    files = targets.flatMap(listJsonFiles);
  } catch (error) {
    console.error(`import-check: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (files.length === 0) {
    console.error(`import-check: no .json files in ${targets.join(', ')}`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const result = importWorkflowText(readFileSync(file, 'utf8'), basename(file));
    if (result.ok) {
      const { nodes, edges } = result.workflow;
      const groups = nodes.filter((n) => n.parentId !== undefined).length;
      console.log(
        `ok    ${basename(file)}: ${nodes.length} nodes, ${edges.length} edges${groups ? `, ${groups} in groups` : ''}`,
      );
      for (const warning of result.warnings) console.log(`      warning ${formatIssue(warning)}`);
    } else {
      failed += 1;
      console.log(`FAIL  ${basename(file)}`);
      for (const issue of result.errors) console.log(`      ${formatIssue(issue)}`);
    }
  }
  console.log(`import-check: ${files.length - failed}/${files.length} file(s) imported`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
