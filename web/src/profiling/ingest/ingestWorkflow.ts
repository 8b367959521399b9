/**
 * Ingest stage: detect the input shape, normalise nodes, resolve edges to node indices, and collect every
 * problem with a code and a location. Never throws: fatal problems are `severity: 'error'` issues.
 */
import { ENGINE_CODES } from '../errors';
import type { NormalizedNode } from '../estimate/types';
import type { ProfileIssue } from '../types';
import { detectListShape } from './detectListShape';
import { findParentLoops } from './findParentLoops';
import { isControlEdge } from './isControlEdge';
import { KeptPool, keepUntilNextRun, type Reusable } from '../graph/keptObjects';
import { createEdgeList, EdgeList } from './edgeList';
import { createIdIndex, IdIndex, type IdLookup } from './idIndex';
import { createNodeTable, NodeTable } from './nodeTable';
import { describe, emptyNodeFields, nodeListPath, readNodeFields, type TypeInterner } from './normalizeNode';
import { isObject, own, readId, readString, type JsonObject } from './readFields';
import type { IngestedEdges, IngestedWorkflow, WorkflowShape } from './types';

interface ShapedInput {
  shape: WorkflowShape;
  name?: string;
  nodes: unknown[];
  edges: unknown[];
}

/**
 * Read a workflow in either accepted shape: a NodeTool saved workflow (`{ graph: { nodes, edges } }`,
 * parameters in `node.data`) or React Flow nodes/edges (`{ nodes, edges }`, parameters in
 * `data.properties`). Edges may come before nodes; `ui_properties` may be null or absent.
 *
 * @example
 * const { nodes, edges, issues } = ingestWorkflow(JSON.parse(text));
 */
export function ingestWorkflow(input: unknown): IngestedWorkflow {
  const issues: ProfileIssue[] = [];
  const shaped = detectShape(input, issues);
  if (!shaped) {
    const table = createNodeTable(0);
    table.finish([]);
    return keptIngested
      .take()
      .reset('nodetool', undefined, table, createEdgeList([]), createIdIndex(0), issues);
  }
  const { table, indexById } = readNodes(shaped, issues);
  checkParents(table, indexById, issues);
  const edges = readEdges(shaped, indexById, issues);
  keepUntilNextRun(shaped);
  return keptIngested.take().reset(shaped.shape, shaped.name, table, edges, indexById, issues);
}

const NO_EDGES = new EdgeList([]);
const NO_CLASSES = new Int32Array(0);
const NO_IDS = new IdIndex(0);

/**
 * The ingested workflow: the node columns of its table, its edges, id index and issues. Inside a profiling
 * run it is the object kept from the last run, reset (see graph/keptObjects.ts).
 */
class Ingested implements IngestedWorkflow, Reusable {
  nodeCount = 0;
  ids: readonly string[] = [];
  types: readonly string[] = [];
  titles: readonly string[] = [];
  params: readonly JsonObject[] = [];
  paramsClass: ArrayLike<number> = NO_CLASSES;
  classParams: readonly JsonObject[] = [];
  shape: WorkflowShape = 'nodetool';
  name: string | undefined = undefined;
  private table: NodeTable = EMPTY_TABLE;
  edges: IngestedEdges = NO_EDGES;
  indexById: IdLookup = NO_IDS;
  issues: ProfileIssue[] = [];

  reset(
    shape: WorkflowShape,
    name: string | undefined,
    table: NodeTable,
    edges: IngestedEdges,
    indexById: IdLookup,
    issues: ProfileIssue[],
  ): this {
    this.nodeCount = table.nodeCount;
    this.ids = table.ids;
    this.types = table.types;
    this.titles = table.titles;
    this.params = table.params;
    this.paramsClass = table.paramsClass;
    this.classParams = table.classParams;
    this.shape = shape;
    this.name = name;
    this.table = table;
    this.edges = edges;
    this.indexById = indexById;
    this.issues = issues;
    return this;
  }

  /** Drop every reference to the run's data (what a kept object holds between runs). */
  clear(): void {
    this.reset('nodetool', undefined, EMPTY_TABLE, NO_EDGES, NO_IDS, []);
  }

  node(v: number): NormalizedNode {
    return this.table.node(v);
  }

  get nodes(): readonly NormalizedNode[] {
    return this.table.nodes;
  }
}

const EMPTY_TABLE = new NodeTable(0);
const keptIngested = new KeptPool(() => new Ingested(), 4);

/**
 * Lengths of the input's node and edge lists (0 where absent or not a list), read without validating: what
 * the caller sizes scratch memory by before ingesting.
 */
export function inputListSizes(input: unknown): { nodes: number; edges: number } {
  if (!isObject(input)) return { nodes: 0, edges: 0 };
  const graph = own(input, 'graph');
  const holder = isObject(graph) ? graph : input;
  const nodes = own(holder, 'nodes');
  const edges = own(holder, 'edges');
  return {
    nodes: Array.isArray(nodes) ? nodes.length : 0,
    edges: Array.isArray(edges) ? edges.length : 0,
  };
}

function detectShape(input: unknown, issues: ProfileIssue[]): ShapedInput | undefined {
  if (!isObject(input)) {
    issues.push({
      code: ENGINE_CODES.inputNotObject,
      severity: 'error',
      message: `The workflow is ${describe(input)}, not an object. Expected { graph: { nodes, edges } } (NodeTool) or { nodes, edges } (React Flow).`,
    });
    return undefined;
  }
  const name = readString(own(input, 'name'));
  const graph = own(input, 'graph');
  if (graph !== undefined) {
    if (!isObject(graph))
      return shapeError(
        issues,
        'graph',
        `"graph" is ${describe(graph)}; expected an object { nodes, edges }.`,
      );
    const lists = readLists(graph, 'graph.', issues);
    return lists && { shape: 'nodetool', name, nodes: lists.nodes, edges: lists.edges };
  }
  if (own(input, 'nodes') !== undefined) {
    const lists = readLists(input, '', issues);
    if (!lists) return undefined;
    const decision = detectListShape(lists.nodes);
    if (decision.issue) issues.push(decision.issue);
    if (decision.issue?.severity === 'error') return undefined;
    return { shape: decision.shape, name, nodes: lists.nodes, edges: lists.edges };
  }
  return shapeError(
    issues,
    'graph',
    'No node list found: expected "graph.nodes" (NodeTool saved workflow) or "nodes" (React Flow).',
  );
}

function readLists(holder: JsonObject, prefix: string, issues: ProfileIssue[]) {
  const nodes = own(holder, 'nodes');
  if (!Array.isArray(nodes)) {
    return shapeError(
      issues,
      `${prefix}nodes`,
      `"${prefix}nodes" is ${describe(nodes)}; expected an array of nodes.`,
    );
  }
  const edges = own(holder, 'edges');
  if (edges !== undefined && edges !== null && !Array.isArray(edges)) {
    return shapeError(
      issues,
      `${prefix}edges`,
      `"${prefix}edges" is ${describe(edges)}; expected an array of edges.`,
    );
  }
  return { nodes: nodes as unknown[], edges: (edges ?? []) as unknown[] };
}

function shapeError(issues: ProfileIssue[], field: string, message: string): undefined {
  issues.push({ code: ENGINE_CODES.inputShape, severity: 'error', message, field });
  return undefined;
}

function readNodes(shaped: ShapedInput, issues: ProfileIssue[]) {
  const list = shaped.nodes;
  const table = createNodeTable(list.length);
  const indexById = createIdIndex(list.length);
  const types: TypeInterner = new Map();
  const fields = emptyNodeFields();
  for (let i = 0; i < list.length; i++) {
    if (!readNodeFields(list[i], i, shaped.shape, issues, types, fields)) continue;
    // Adds the id as the next index, or gives the index of the node that has it already.
    const first = indexById.add(fields.id);
    if (first >= 0) {
      issues.push({
        code: ENGINE_CODES.nodeDuplicateId,
        severity: 'error',
        message: `Node id "${fields.id}" is used more than once (${nodeListPath(shaped.shape, i)} repeats an earlier node); node ids must be unique.`,
        nodeId: fields.id,
        field: `${nodeListPath(shaped.shape, i)}.id`,
      });
      continue;
    }
    const v = table.push(fields.type, fields.title, fields.params, fields.fingerprint);
    if (fields.parentId !== undefined) table.parents.set(v, fields.parentId);
  }
  table.finish(indexById.idList());
  keepUntilNextRun(fields);
  return { table, indexById };
}

function checkParents(table: NodeTable, indexById: IdLookup, issues: ProfileIssue[]): void {
  for (const [v, parentId] of table.parents) {
    if (indexById.has(parentId)) continue;
    const id = table.ids[v]!;
    issues.push({
      code: ENGINE_CODES.nodeUnknownParent,
      severity: 'warning',
      message: `Node "${id}" names parent "${parentId}", which is not in the workflow; the parent link is ignored.`,
      nodeId: id,
      field: 'parent_id',
    });
    table.parents.delete(v);
  }
  const loops = findParentLoops(table.parents, indexById);
  for (const v of loops) {
    const id = table.ids[v]!;
    const parentId = table.parents.get(v)!;
    issues.push({
      code: ENGINE_CODES.nodeParentLoop,
      severity: 'warning',
      message:
        parentId === id
          ? `Node "${id}" names itself as its parent; the parent link is ignored.`
          : `Node "${id}" names parent "${parentId}", whose own parent chain leads back to "${id}"; the parent link is ignored (every node of the loop is detached).`,
      nodeId: id,
      field: 'parent_id',
    });
  }
  for (const v of loops) table.parents.delete(v);
}

function readEdges(shaped: ShapedInput, indexById: IdLookup, issues: ProfileIssue[]): IngestedEdges {
  const list = shaped.edges;
  const edges = createEdgeList(list);
  const listPath = shaped.shape === 'nodetool' ? 'graph.edges' : 'edges';
  for (let i = 0; i < list.length; i++) {
    const raw = list[i] as JsonObject;
    // Inline object test: this loop runs once per edge.
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      const where = `${listPath}[${i}]`;
      issues.push({
        code: ENGINE_CODES.edgeNotObject,
        severity: 'warning',
        message: `${where} is ${describe(raw)}, not an edge object; ignored.`,
        field: where,
      });
      continue;
    }
    // Fixed field names are read directly: JSON objects inherit only Object.prototype, which has none of them.
    const sourceId = raw.source;
    const targetId = raw.target;
    const source = typeof sourceId === 'string' ? indexById.get(sourceId) : undefined;
    const target = typeof targetId === 'string' ? indexById.get(targetId) : undefined;
    const k = edges.count;
    if (source === undefined || target === undefined || source === target) {
      const slow = resolveSlowEdge(raw, i, `${listPath}[${i}]`, indexById, issues);
      if (!slow) continue;
      edges.source[k] = slow.source;
      edges.target[k] = slow.target;
    } else {
      edges.source[k] = source;
      edges.target[k] = target;
    }
    edges.count++;
    edges.inputIndex[k] = i;
    edges.control[k] = isControlEdge(raw) ? 1 : 0;
  }
  return edges;
}

/** Slow path: numeric endpoint ids are accepted; anything else is reported and the edge dropped. */
function resolveSlowEdge(
  raw: JsonObject,
  index: number,
  where: string,
  indexById: IdLookup,
  issues: ProfileIssue[],
): { source: number; target: number } | undefined {
  const id = readId(raw.id) ?? `edge#${index}`;
  const sourceId = readId(raw.source);
  const targetId = readId(raw.target);
  if (sourceId === undefined || targetId === undefined) {
    const field = sourceId === undefined ? 'source' : 'target';
    issues.push({
      code: ENGINE_CODES.edgeMissingEndpoint,
      severity: 'warning',
      message: `Edge "${id}" (${where}) has no ${field} node id; ignored.`,
      edgeId: id,
      field: `${where}.${field}`,
    });
    return undefined;
  }
  const source = indexById.get(sourceId);
  const target = indexById.get(targetId);
  if (source === undefined || target === undefined) {
    const missing = source === undefined ? sourceId : targetId;
    const field = source === undefined ? 'source' : 'target';
    issues.push({
      code: ENGINE_CODES.edgeUnknownNode,
      severity: 'warning',
      message: `Edge "${id}" (${where}) connects to node "${missing}" (${field}), which is not in the workflow; ignored.`,
      edgeId: id,
      nodeId: missing,
      field: `${where}.${field}`,
    });
    return undefined;
  }
  if (source === target) {
    issues.push({
      code: ENGINE_CODES.edgeSelfLoop,
      severity: 'warning',
      message: `Edge "${id}" (${where}) connects node "${sourceId}" to itself; ignored (a node cannot wait for its own output).`,
      edgeId: id,
      nodeId: sourceId,
      field: where,
    });
    return undefined;
  }
  return { source, target };
}
