/**
 * `npm run accuracy -- --runs <path>`: reads run files and the workflow each one ran. A folder takes every
 * `.jsonl` in it (sorted by name). The workflow is the sibling `<name>.workflow.json` when it exists, else
 * the graph the recording's `run_job` request carried.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { importRunText, isRunParseError, parseRecordingText, type RunRecord } from '../../web/src/runs';
import { collectJobMessages } from '../../web/src/runs/collectJobMessages';
import { InputError } from '../cli/inputError';
import { DEFAULT_MAX_INPUT_MB, readInputFile, readJsonFile } from '../cli/readInputFile';

/** A run with the workflow it ran. */
export interface MeasuredRunInput {
  /** The run file as shown to the user (the folder as given, joined with the file name). */
  label: string;
  record: RunRecord;
  workflow: unknown;
  /** Where the workflow came from: the sibling file's name, or `run_job graph`. */
  workflowFrom: string;
}

/**
 * Read every run named by `paths` (files or folders of `.jsonl`).
 * @throws InputError naming the file (and line) when a path is missing, a recording cannot be read, or no
 * workflow is known for a run.
 */
export function loadMeasuredRuns(
  paths: readonly string[],
  cwd: string,
  maxMb = DEFAULT_MAX_INPUT_MB,
): MeasuredRunInput[] {
  const runs: MeasuredRunInput[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    if (!existsSync(path)) throw new InputError(`--runs ${given}: no such file or folder.`);
    if (!statSync(path).isDirectory()) {
      runs.push(loadRun(path, given, maxMb));
      continue;
    }
    const files = readdirSync(path)
      .filter((name) => name.endsWith('.jsonl'))
      .sort();
    if (files.length === 0) throw new InputError(`--runs ${given}: the folder holds no .jsonl run file.`);
    for (const name of files) runs.push(loadRun(join(path, name), join(given, name), maxMb));
  }
  return runs;
}

function loadRun(path: string, shown: string, maxMb: number): MeasuredRunInput {
  const text = readInputFile(path, { shown, role: '--runs file' }, maxMb);
  let record: RunRecord;
  let graph: unknown = null;
  try {
    const imported = importRunText(text);
    record = imported.record;
    if (imported.recording !== null) graph = collectJobMessages(parseRecordingText(imported.recording)).graph;
  } catch (error) {
    if (!isRunParseError(error)) throw error;
    throw new InputError(`--runs ${shown}: ${error.message.replace(`${error.code}: `, '')} [${error.code}]`);
  }
  const siblingName = `${basename(path).replace(/\.jsonl$/, '')}.workflow.json`;
  const sibling = join(dirname(path), siblingName);
  if (existsSync(sibling)) {
    const workflow = readJsonFile(sibling, { shown: siblingName, role: 'workflow file' }, maxMb);
    return { label: shown, record, workflow, workflowFrom: siblingName };
  }
  if (isGraph(graph)) return { label: shown, record, workflow: graph, workflowFrom: 'run_job graph' };
  throw new InputError(
    `--runs ${shown}: no workflow for this run: put it beside the file as ${siblingName} (the run file ` +
      'carries no run_job graph).',
  );
}

function isGraph(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { nodes?: unknown }).nodes);
}
