/**
 * Coded, located errors of the profiler, in one place (in the spirit of xyflow's error001…).
 * Every message says what is wrong, where (node id / edge id / field), and what to do.
 * Fatal problems are thrown as `ProfileError`; everything else becomes a `ProfileIssue` warning.
 */
import type { ProfileIssue } from './types';

export interface ProfileErrorLocation {
  nodeId?: string;
  edgeId?: string;
  field?: string;
}

/** A fatal, coded problem with the input or the options. */
export class ProfileError extends Error {
  readonly code: string;
  readonly nodeId?: string;
  readonly edgeId?: string;
  readonly field?: string;
  /** All fatal issues found (the first is this error's own). */
  readonly issues: ProfileIssue[];

  constructor(code: string, message: string, location: ProfileErrorLocation = {}, issues?: ProfileIssue[]) {
    super(`${code}: ${message}`);
    this.name = 'ProfileError';
    this.code = code;
    this.nodeId = location.nodeId;
    this.edgeId = location.edgeId;
    this.field = location.field;
    this.issues = issues ?? [{ code, severity: 'error', message, ...location }];
  }
}

/** True for errors this module raised (safe to show to the user without a stack trace). */
export function isProfileError(error: unknown): error is ProfileError {
  return error instanceof ProfileError;
}

/**
 * Issue codes raised by the engine (ingest, validation, graph, options). Estimators add `param.*` and
 * `estimate.*` codes of their own; hardware resolution adds `hardware.*`.
 */
export const ENGINE_CODES = {
  /** Fatal: the input is not a JSON object. */
  inputNotObject: 'input.not-object',
  /** Fatal: neither `{ graph: { nodes, edges } }` nor `{ nodes, edges }`, or a field has the wrong type. */
  inputShape: 'input.shape',
  /** Fatal: a bare `{ nodes, edges }` list holds nodes of both shapes (React Flow `position`, NodeTool `ui_properties`). */
  inputShapeMixed: 'input.shape-mixed',
  /** Warning: no node carries a structural marker and the nodes' `data` disagree; read as NodeTool (nothing is lost). */
  inputShapeAmbiguous: 'input.shape-ambiguous',
  /** Fatal: an entry of the node list is not an object. */
  nodeNotObject: 'node.not-object',
  /** Fatal: a node has no string id. */
  nodeMissingId: 'node.missing-id',
  /** Fatal: a node has no NodeTool type. */
  nodeMissingType: 'node.missing-type',
  /** Fatal: two nodes share one id. */
  nodeDuplicateId: 'node.duplicate-id',
  /** Warning: node parameters are not an object (ignored). */
  nodeParamsNotObject: 'node.params-not-object',
  /** Warning: a React Flow node keeps keys in `data` outside `properties` and the editor's own fields (ignored). */
  nodeParamsOutsideProperties: 'node.params-outside-properties',
  /** Warning: `parent_id` / `parentId` names no node. */
  nodeUnknownParent: 'node.unknown-parent',
  /** Warning: a node is its own parent, or its parent chain loops back to it (the parent link is ignored). */
  nodeParentLoop: 'node.parent-loop',
  /** Warning: a parameter holds NaN or ±Infinity (ignored: the estimator's assumption is used). */
  paramNotANumber: 'param.not-a-number',
  /** Warning: an entry of the edge list is not an object (ignored). */
  edgeNotObject: 'edge.not-object',
  /** Warning: an edge has no string source or target (ignored). */
  edgeMissingEndpoint: 'edge.missing-endpoint',
  /** Warning: an edge's source or target names no node (ignored). */
  edgeUnknownNode: 'edge.unknown-node',
  /** Warning: an edge goes from a node to itself (ignored). */
  edgeSelfLoop: 'edge.self-loop',
  /** Warning: a cycle (strongly connected component); analysed as one step on the condensed graph. */
  graphCycle: 'graph.cycle',
  /** Warning: the workflow has no node that does work; the profile has no score. */
  graphEmpty: 'graph.empty',
  /** Fatal: an option passed to profileWorkflow is invalid. */
  optionInvalid: 'option.invalid',
  /** Warning: the calibration was measured on another hardware profile than the one selected (not applied). */
  calibrationOtherHardware: 'calibration.other-hardware',
} as const;

export type EngineCode = (typeof ENGINE_CODES)[keyof typeof ENGINE_CODES];

/** The fatal error of a bad option: `option.invalid`, naming the option's field path. */
export function invalidOption(field: string, message: string): ProfileError {
  return new ProfileError(ENGINE_CODES.optionInvalid, `Option "${field}" ${message}.`, { field });
}

/** Throw a ProfileError carrying every fatal issue of a list (no-op when there is none). */
export function throwIfFatal(issues: readonly ProfileIssue[]): void {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const first = errors[0];
  if (!first) return;
  const more =
    errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : '';
  throw new ProfileError(
    first.code,
    `${first.message}${more}`,
    { nodeId: first.nodeId, edgeId: first.edgeId, field: first.field },
    errors,
  );
}
