/**
 * The shape of a bare `{ nodes, edges }` document, decided from every node's structure — never from the
 * first few nodes, never from what a parameter is called.
 *
 * The rule (also in docs/reference.md, "Input shape rule"):
 * 1. Structural markers sit at the top level of a node, beside `id`/`type`, where parameters never are.
 *    React Flow: `position` (React Flow requires it on every node), `parentId`, `measured`.
 *    NodeTool: `ui_properties`, `parent_id`, `dynamic_properties`, `dynamic_outputs`, `sync_mode`.
 *    When any node carries one, every marked node must agree; nodes of both shapes are an error
 *    (`input.shape-mixed`, naming one node of each).
 * 2. Without markers, each node's `data` is read: `data.properties` (an object) beside only editor keys
 *    (`title`, `color`, …; NodeTool's `NodeData` type in web/src/stores/NodeData.ts) suggests React Flow;
 *    any other key suggests NodeTool parameters. All suggesting React Flow → React Flow. Any node suggesting
 *    NodeTool → NodeTool, the one reading that loses no parameter; when other nodes suggested React Flow,
 *    an `input.shape-ambiguous` warning names them.
 * 3. No evidence at all (every `data` empty or absent) → React Flow; both readings give the same nodes.
 */
import { ENGINE_CODES } from '../errors';
import type { ProfileIssue } from '../types';
import { isObject, own, type JsonObject } from './readFields';
import type { WorkflowShape } from './types';

/** Keys of a React Flow node's `data` besides `properties` (NodeTool's NodeData, and this editor's own). */
export const EDITOR_DATA_KEYS: ReadonlySet<string> = new Set([
  'title',
  'selectable',
  'dynamic_properties',
  'dynamic_outputs',
  'dynamicProperties',
  'dynamicOutputs',
  'sync_mode',
  'workflow_id',
  'color',
  'collapsed',
  'bypassed',
  'annotation',
  'originalType',
  'size',
  'positionAbsolute',
  'dirty',
  'uiExtras',
  'nodeExtras',
]);

/** The first node (by list index) found for each kind of evidence, and how many nodes gave it. */
interface Evidence {
  count: number;
  first: number;
  marker: string;
}

/** The decided shape, with an issue when the decision needs one (an error means: do not read the nodes). */
export interface ListShapeDecision {
  shape: WorkflowShape;
  issue?: ProfileIssue;
}

/**
 * Decide the shape of a bare node list.
 * @example detectListShape([{ id: 'a', type: 't', position: { x: 0, y: 0 }, data: { properties: {} } }]).shape // 'reactflow'
 */
export function detectListShape(nodes: readonly unknown[]): ListShapeDecision {
  const strongRf = newEvidence();
  const strongNt = newEvidence();
  const weakRf = newEvidence();
  const weakNt = newEvidence();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as JsonObject;
    // Inline object test: this loop runs once per node.
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
    note(strongRf, i, findReactFlowMarker(node));
    note(strongNt, i, findNodetoolMarker(node));
    // `data` only matters while no node has a marker (once one has, the markers decide).
    if (strongRf.count > 0 || strongNt.count > 0) continue;
    const suggestion = readDataSuggestion(node.data);
    if (suggestion === 'reactflow') note(weakRf, i, 'data.properties');
    else if (suggestion === 'nodetool') note(weakNt, i, 'data');
  }
  if (strongRf.count > 0 && strongNt.count > 0)
    return { shape: 'reactflow', issue: mixed(nodes, strongRf, strongNt) };
  if (strongRf.count > 0) return { shape: 'reactflow' };
  if (strongNt.count > 0) return { shape: 'nodetool' };
  if (weakNt.count === 0) return { shape: 'reactflow' };
  if (weakRf.count === 0) return { shape: 'nodetool' };
  return { shape: 'nodetool', issue: ambiguous(nodes, weakRf, weakNt) };
}

/**
 * The shape a workflow document is read in: `{ graph: … }` is a NodeTool saved workflow; a bare
 * `{ nodes: [...] }` is decided by `detectListShape`. Undefined when the input has no node list.
 */
export function detectWorkflowShape(input: unknown): WorkflowShape | undefined {
  if (!isObject(input)) return undefined;
  if (own(input, 'graph') !== undefined) return 'nodetool';
  const nodes = own(input, 'nodes');
  return Array.isArray(nodes) ? detectListShape(nodes).shape : undefined;
}

function newEvidence(): Evidence {
  return { count: 0, first: -1, marker: '' };
}

function note(evidence: Evidence, index: number, marker: string | undefined): void {
  if (marker === undefined) return;
  if (evidence.count === 0) {
    evidence.first = index;
    evidence.marker = marker;
  }
  evidence.count++;
}

// Markers are read by name, directly: JSON objects inherit only Object.prototype, which has none of them.
function findReactFlowMarker(node: JsonObject): string | undefined {
  if (node.position !== undefined) return 'position';
  if (node.parentId !== undefined) return 'parentId';
  if (node.measured !== undefined) return 'measured';
  return undefined;
}

function findNodetoolMarker(node: JsonObject): string | undefined {
  if (node.ui_properties !== undefined) return 'ui_properties';
  if (node.parent_id !== undefined) return 'parent_id';
  if (node.dynamic_properties !== undefined) return 'dynamic_properties';
  if (node.dynamic_outputs !== undefined) return 'dynamic_outputs';
  if (node.sync_mode !== undefined) return 'sync_mode';
  return undefined;
}

/** What a node's `data` alone suggests; undefined when it suggests nothing (absent, empty, not an object). */
function readDataSuggestion(data: unknown): WorkflowShape | undefined {
  if (!isObject(data)) return undefined;
  let keys = 0;
  let editorOnly = true;
  for (const key in data) {
    if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
    keys++;
    if (key !== 'properties' && !EDITOR_DATA_KEYS.has(key)) editorOnly = false;
  }
  if (keys === 0) return undefined;
  if (!editorOnly) return 'nodetool';
  return isObject(own(data, 'properties')) ? 'reactflow' : undefined;
}

function nodeLabel(nodes: readonly unknown[], index: number): string {
  const node = nodes[index] as JsonObject;
  const id = own(node, 'id');
  const shown = typeof id === 'string' || typeof id === 'number' ? `"${String(id).slice(0, 80)}" ` : '';
  return `node ${shown}(nodes[${index}])`;
}

function mixed(nodes: readonly unknown[], rf: Evidence, nt: Evidence): ProfileIssue {
  const first = Math.min(rf.first, nt.first);
  return {
    code: ENGINE_CODES.inputShapeMixed,
    severity: 'error',
    message:
      `The node list mixes two shapes: ${rf.count} node(s) have React Flow fields (${nodeLabel(nodes, rf.first)} has "${rf.marker}") and ` +
      `${nt.count} have NodeTool fields (${nodeLabel(nodes, nt.first)} has "${nt.marker}"). ` +
      'Save the file again from one editor: NodeTool ({ graph: { nodes, edges } }, parameters in "data") or React Flow ({ nodes, edges }, parameters in "data.properties").',
    field: `nodes[${first}]`,
  };
}

function ambiguous(nodes: readonly unknown[], rf: Evidence, nt: Evidence): ProfileIssue {
  return {
    code: ENGINE_CODES.inputShapeAmbiguous,
    severity: 'warning',
    message:
      `No node has "position" or "ui_properties", so the shape was read from "data": ${nt.count} node(s) keep parameters directly in "data" (${nodeLabel(nodes, nt.first)}), ` +
      `so the file is read as NodeTool and the "properties" of ${rf.count} node(s) (${nodeLabel(nodes, rf.first)}) is read as a parameter named "properties". ` +
      'If this is a React Flow file, give every node its "position".',
    field: `nodes[${rf.first}].data.properties`,
  };
}
