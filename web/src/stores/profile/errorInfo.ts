/**
 * Turns whatever an analysis threw into the store's error shape: the engine's coded, located
 * `ProfileError` keeps its code and location; anything else becomes `profiler.internal`.
 */
import { isProfileError } from '../../profiling/errors';
import type { ProfileIssue } from '../../profiling/types';

/** An analysis failure as the store holds it and the panel shows it. */
export interface ProfilerErrorInfo {
  workflowId: string;
  /** Engine error code, e.g. `graph.duplicate-node-id`; `profiler.internal` for unexpected failures. */
  code: string;
  /** Human message (without the code prefix). */
  message: string;
  nodeId?: string;
  edgeId?: string;
  field?: string;
  /** Every fatal issue the engine found (the first is this error's own). */
  issues: ProfileIssue[];
}

/** Code used when the analysis failed with something other than a ProfileError (a bug, not bad input). */
export const INTERNAL_ERROR_CODE = 'profiler.internal';

function stripCodePrefix(message: string, code: string): string {
  return message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
}

/** Converts a thrown value into a `ProfilerErrorInfo` for `workflowId`. */
export function toProfilerErrorInfo(workflowId: string, error: unknown): ProfilerErrorInfo {
  if (isProfileError(error)) {
    const info: ProfilerErrorInfo = {
      workflowId,
      code: error.code,
      message: stripCodePrefix(error.message, error.code),
      issues: error.issues,
    };
    if (error.nodeId !== undefined) info.nodeId = error.nodeId;
    if (error.edgeId !== undefined) info.edgeId = error.edgeId;
    if (error.field !== undefined) info.field = error.field;
    return info;
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    workflowId,
    code: INTERNAL_ERROR_CODE,
    message: `The profiler failed unexpectedly: ${message}`,
    issues: [{ code: INTERNAL_ERROR_CODE, severity: 'error', message }],
  };
}

/** "node `a`", "edge `e1`", "field `hardware`" — where the problem is, for display. */
export function describeErrorLocation(
  info: Pick<ProfilerErrorInfo, 'nodeId' | 'edgeId' | 'field'>,
): string | null {
  const parts: string[] = [];
  if (info.nodeId !== undefined) parts.push(`node "${info.nodeId}"`);
  if (info.edgeId !== undefined) parts.push(`edge "${info.edgeId}"`);
  if (info.field !== undefined) parts.push(`field "${info.field}"`);
  return parts.length > 0 ? parts.join(', ') : null;
}
