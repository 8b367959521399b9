/**
 * Normalise one input node (NodeTool saved shape or React Flow editor shape) to a `NormalizedNode`.
 * Problems are pushed to `issues`; a node that cannot be used returns undefined.
 */
import { ENGINE_CODES } from '../errors';
import type { NormalizedNode } from '../estimate/types';
import type { ProfileIssue } from '../types';
import { shortTypeName } from './layoutTypes';
import { isObject, own, readId, readString, type JsonObject } from './readFields';
import type { WorkflowShape } from './types';

/** Normalise the node at `index` of the input's node list. */
export function normalizeNode(
  raw: unknown,
  index: number,
  shape: WorkflowShape,
  issues: ProfileIssue[],
): NormalizedNode | undefined {
  const where = nodeListPath(shape, index);
  if (!isObject(raw)) {
    issues.push({
      code: ENGINE_CODES.nodeNotObject,
      severity: 'error',
      message: `${where} is ${describe(raw)}, not a node object.`,
      field: where,
    });
    return undefined;
  }
  const id = readId(own(raw, 'id'));
  if (id === undefined) {
    issues.push({
      code: ENGINE_CODES.nodeMissingId,
      severity: 'error',
      message: `${where} has no id (expected a non-empty string in "id").`,
      field: `${where}.id`,
    });
    return undefined;
  }
  const data = own(raw, 'data');
  const type = readString(own(raw, 'type')) ?? (isObject(data) ? readString(own(data, 'type')) : undefined);
  if (type === undefined) {
    issues.push({
      code: ENGINE_CODES.nodeMissingType,
      severity: 'error',
      message: `Node "${id}" (${where}) has no type (expected a NodeTool type such as "nodetool.agents.Agent" in "type").`,
      nodeId: id,
      field: `${where}.type`,
    });
    return undefined;
  }
  const read =
    shape === 'nodetool'
      ? readNodetoolParams(raw, id, where, issues)
      : readEditorParams(raw, id, where, issues);
  const params = checkNumbers(read, id, issues);
  const node: NormalizedNode = { id, type, title: readTitle(raw, shape) ?? shortTypeName(type), params };
  const parent = readId(own(raw, shape === 'nodetool' ? 'parent_id' : 'parentId'));
  if (parent !== undefined) node.parentId = parent;
  return node;
}

function readNodetoolParams(raw: JsonObject, id: string, where: string, issues: ProfileIssue[]): JsonObject {
  const data = own(raw, 'data');
  const dynamic = own(raw, 'dynamic_properties');
  if (!isObject(data) && data !== undefined && data !== null)
    paramsNotObject(id, `${where}.data`, data, issues);
  return mergeParams(dynamic, data);
}

function readEditorParams(raw: JsonObject, id: string, where: string, issues: ProfileIssue[]): JsonObject {
  const data = own(raw, 'data');
  if (!isObject(data)) {
    if (data !== undefined && data !== null) paramsNotObject(id, `${where}.data`, data, issues);
    return {};
  }
  const properties = own(data, 'properties');
  if (!isObject(properties) && properties !== undefined && properties !== null) {
    paramsNotObject(id, `${where}.data.properties`, properties, issues);
  }
  return mergeParams(own(data, 'dynamic_properties'), properties);
}

/**
 * Dynamic properties (FormatText template variables, …) under declared parameters (declared wins on a clash).
 * The input object is shared, not copied, when there is nothing to merge: parameters are read-only.
 */
function mergeParams(dynamic: unknown, declared: unknown): JsonObject {
  const hasDynamic = isObject(dynamic) && Object.keys(dynamic).length > 0;
  if (!isObject(declared)) return hasDynamic ? { ...dynamic } : {};
  // Spread defines own data properties, so a `__proto__` key stays a plain key (no prototype change).
  return hasDynamic ? { ...dynamic, ...declared } : declared;
}

function readTitle(raw: JsonObject, shape: WorkflowShape): string | undefined {
  if (shape === 'nodetool') {
    const ui = own(raw, 'ui_properties');
    return isObject(ui) ? readString(own(ui, 'title')) : undefined;
  }
  const data = own(raw, 'data');
  return isObject(data) ? readString(own(data, 'title')) : undefined;
}

function paramsNotObject(id: string, field: string, value: unknown, issues: ProfileIssue[]): void {
  issues.push({
    code: ENGINE_CODES.nodeParamsNotObject,
    severity: 'warning',
    message: `Node "${id}": ${field} is ${describe(value)}, not an object of parameters; parameters ignored.`,
    nodeId: id,
    field,
  });
}

/** NaN / ±Infinity can only come from JS callers (JSON cannot hold them): drop them so estimators assume. */
function checkNumbers(params: JsonObject, id: string, issues: ProfileIssue[]): JsonObject {
  let out = params;
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (typeof value === 'number' && !Number.isFinite(value)) {
      if (out === params) out = { ...params };
      delete out[key];
      issues.push({
        code: ENGINE_CODES.paramNotANumber,
        severity: 'warning',
        message: `Node "${id}": parameter "${key}" is ${String(value)}; ignored (the estimator's assumption is used).`,
        nodeId: id,
        field: key,
      });
    }
  }
  return out;
}

/** `graph.nodes[3]` or `nodes[3]`. */
export function nodeListPath(shape: WorkflowShape, index: number): string {
  return `${shape === 'nodetool' ? 'graph.nodes' : 'nodes'}[${index}]`;
}

/** Short description of a JSON value's kind for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.slice(0, 40))})`;
  return `a ${typeof value}`;
}
