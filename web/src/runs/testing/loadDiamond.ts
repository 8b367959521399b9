/**
 * Test helper: the diamond recording's workflow in the editor's shape and its three real runs, for store and
 * panel tests of learning from runs. Never used by product code.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toEditorWorkflow } from '../../workflow/convertWorkflow';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import { importRunText } from '../importRun';
import type { RunRecord } from '../types';

const DIR = resolve(__dirname, '../__fixtures__/nodetool-runs');

export interface DiamondFixture {
  nodes: EditorNode[];
  edges: EditorEdge[];
  runs: RunRecord[];
  /** The recordings' text, as a user would import them. */
  texts: string[];
}

export function loadDiamond(): DiamondFixture {
  const workflow = toEditorWorkflow(JSON.parse(readFileSync(join(DIR, '02-diamond.workflow.json'), 'utf8')));
  const texts = ['02-diamond', '07-diamond-repeat-1', '08a-msgpack-diamond'].map((name) =>
    readFileSync(join(DIR, `${name}.jsonl`), 'utf8'),
  );
  return {
    nodes: workflow.nodes as unknown as EditorNode[],
    edges: workflow.edges as unknown as EditorEdge[],
    runs: texts.map((text) => importRunText(text).record),
    texts,
  };
}
