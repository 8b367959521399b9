/**
 * Normalise one input node (NodeTool saved shape or React Flow editor shape): id, type, title, parameters and
 * parent. Problems are pushed to `issues`; a node that cannot be used gives false.
 */
import { ENGINE_CODES } from '../errors';
import type { ProfileIssue } from '../types';
import { EDITOR_DATA_KEYS } from './detectListShape';
import { shortTypeName } from './layoutTypes';
import { propertyCode } from './paramsFingerprint';
import { assignOwn, isObject, readId, readString, type JsonObject } from './readFields';
import type { WorkflowShape } from './types';

/**
 * Canonical type strings of one ingest: every node of a type gets the same string object, so the later
 * per-node lookups by type (metric table, estimate memo, short names) compare pointers and stay in cache
 * instead of reading thousands of equal strings scattered over the input's heap.
 */
export type TypeInterner = Map<string, string>;

/** The fields of one normalised node (`readNodeFields` fills a reused one: no object per node). */
export interface NodeFields {
  id: string;
  type: string;
  title: string;
  params: JsonObject;
  /** `paramsFingerprint(params)`, computed while the parameters are checked. */
  fingerprint: number;
  parentId: string | undefined;
}

/** A `NodeFields` to reuse across calls. */
export const emptyNodeFields = (): NodeFields => ({
  id: '',
  type: '',
  title: '',
  params: {},
  fingerprint: 0,
  parentId: undefined,
});

/**
 * Normalise the node at `index` of the input's node list into `out`.
 * @returns false when the node cannot be used (its problem is in `issues`).
 */
export function readNodeFields(
  raw: unknown,
  index: number,
  shape: WorkflowShape,
  issues: ProfileIssue[],
  types: TypeInterner,
  out: NodeFields,
): boolean {
  if (!isObject(raw)) {
    const where = nodeListPath(shape, index);
    issues.push({
      code: ENGINE_CODES.nodeNotObject,
      severity: 'error',
      message: `${where} is ${describe(raw)}, not a node object.`,
      field: where,
    });
    return false;
  }
  // Fixed field names are read directly: JSON objects inherit only Object.prototype, which has none of them.
  const rawId = raw.id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : readId(rawId);
  if (id === undefined) {
    const where = nodeListPath(shape, index);
    issues.push({
      code: ENGINE_CODES.nodeMissingId,
      severity: 'error',
      message: `${where} has no id (expected a non-empty string in "id").`,
      field: `${where}.id`,
    });
    return false;
  }
  const data = raw.data;
  const rawType = raw.type;
  let type =
    typeof rawType === 'string' && rawType !== ''
      ? rawType
      : isObject(data)
        ? readString(data.type)
        : undefined;
  if (type !== undefined) {
    const canonical = types.get(type);
    if (canonical === undefined) types.set(type, type);
    else type = canonical;
  }
  if (type === undefined) {
    const where = nodeListPath(shape, index);
    issues.push({
      code: ENGINE_CODES.nodeMissingType,
      severity: 'error',
      message: `Node "${id}" (${where}) has no type (expected a NodeTool type such as "nodetool.agents.Agent" in "type").`,
      nodeId: id,
      field: `${where}.type`,
    });
    return false;
  }
  const read =
    shape === 'nodetool'
      ? readNodetoolParams(raw, id, index, issues)
      : readEditorParams(raw, id, index, issues);
  out.id = id;
  out.type = type;
  out.title = readTitle(raw, shape) ?? shortTypeName(type);
  checkNumbers(read, id, issues, out);
  out.parentId = readId(shape === 'nodetool' ? raw.parent_id : raw.parentId);
  return true;
}

function readNodetoolParams(raw: JsonObject, id: string, index: number, issues: ProfileIssue[]): JsonObject {
  const data = raw.data;
  if (!isObject(data) && data !== undefined && data !== null) {
    paramsNotObject(id, `${nodeListPath('nodetool', index)}.data`, data, issues);
  }
  return mergeParams(raw.dynamic_properties, data);
}

function readEditorParams(raw: JsonObject, id: string, index: number, issues: ProfileIssue[]): JsonObject {
  const data = raw.data;
  const where = () => nodeListPath('reactflow', index);
  if (!isObject(data)) {
    if (data !== undefined && data !== null) paramsNotObject(id, `${where()}.data`, data, issues);
    return {};
  }
  const properties = data.properties;
  if (!isObject(properties) && properties !== undefined && properties !== null) {
    paramsNotObject(id, `${where()}.data.properties`, properties, issues);
  }
  reportStrayDataKeys(data, id, where, issues);
  return mergeParams(data.dynamic_properties, properties);
}

/** A React Flow node's parameters live in `data.properties`: other `data` keys would be lost silently. */
function reportStrayDataKeys(
  data: JsonObject,
  id: string,
  where: () => string,
  issues: ProfileIssue[],
): void {
  let first: string | undefined;
  let count = 0;
  for (const key in data) {
    if (!Object.prototype.hasOwnProperty.call(data, key)) continue;
    if (key === 'properties' || EDITOR_DATA_KEYS.has(key)) continue;
    first ??= key;
    count++;
  }
  if (first === undefined) return;
  const more = count > 1 ? ` and ${count - 1} more key${count > 2 ? 's' : ''}` : '';
  issues.push({
    code: ENGINE_CODES.nodeParamsOutsideProperties,
    severity: 'warning',
    message: `Node "${id}": ${where()}.data has ${JSON.stringify(first.slice(0, 40))}${more} outside "properties"; a React Flow node keeps its parameters in data.properties, so ${count > 1 ? 'they are' : 'it is'} ignored.`,
    nodeId: id,
    field: `${where()}.data.${first.slice(0, 40)}`,
  });
}

/**
 * Dynamic properties (FormatText template variables, …) under declared parameters (declared wins on a clash).
 * The input object is shared, not copied, when there is nothing to merge: parameters are read-only.
 */
function mergeParams(dynamic: unknown, declared: unknown): JsonObject {
  const hasDynamic = isObject(dynamic) && hasKeys(dynamic);
  if (!isObject(declared)) return hasDynamic ? assignOwn({}, dynamic) : {};
  // assignOwn defines own data properties, so a `__proto__` key stays a plain key (no prototype change).
  return hasDynamic ? assignOwn(assignOwn({}, dynamic), declared) : declared;
}

function hasKeys(object: JsonObject): boolean {
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) return true;
  return false;
}

function readTitle(raw: JsonObject, shape: WorkflowShape): string | undefined {
  if (shape === 'nodetool') {
    const ui = raw.ui_properties;
    return isObject(ui) ? readString(ui.title) : undefined;
  }
  const data = raw.data;
  return isObject(data) ? readString(data.title) : undefined;
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

/**
 * NaN / ±Infinity can only come from JS callers (JSON cannot hold them): drop them so estimators assume.
 * Sets `fields.params` (a copy only when some were dropped) and `fields.fingerprint` (of what is kept).
 */
function checkNumbers(params: JsonObject, id: string, issues: ProfileIssue[], fields: NodeFields): void {
  let out = params;
  let fingerprint = 0;
  for (const key in params) {
    if (!Object.prototype.hasOwnProperty.call(params, key)) continue;
    const value = params[key];
    if (typeof value !== 'number' || Number.isFinite(value)) {
      fingerprint = (fingerprint + propertyCode(key, value)) | 0;
    } else {
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
  fields.params = out;
  fields.fingerprint = fingerprint;
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
