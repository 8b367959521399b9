/** Test helper: the ten real recordings with their truth, from the fixtures and from ../shared. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDataPath } from '../../test/sharedData';

export const FIXTURE_DIR = resolve(__dirname, '../__fixtures__/nodetool-runs');
/** The shared reference data beside the project. */
export const SHARED_DIR = sharedDataPath('nodetool-runs');

export interface TruthNode {
  node_type: string;
  ground_truth_ms: number | null;
  expected_runs: number;
  observed: { status: string };
}

export interface Truth {
  job: { expected_status: string };
  nodes: Record<string, TruthNode>;
}

export interface Recording {
  name: string;
  text: string;
  truth: Truth;
  workflow: unknown;
}

export function loadRecordings(dir: string): Recording[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.jsonl'.length);
      return {
        name,
        text: readFileSync(join(dir, file), 'utf8'),
        truth: JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as Truth,
        workflow: JSON.parse(readFileSync(join(dir, `${name}.workflow.json`), 'utf8')) as unknown,
      };
    });
}

export function loadRecording(name: string): Recording {
  const found = loadRecordings(FIXTURE_DIR).find((r) => r.name === name);
  if (!found) throw new Error(`fixture ${name} missing`);
  return found;
}
