/**
 * Reads a saved profile (what `toProfileFile` writes: the CLI's `--format json`, the panel's JSON export)
 * back, checking every field the profiler's readers use (diff, budgets, CSV, trace, the panel's report) so a
 * damaged or foreign file is refused with the field that is wrong instead of failing later.
 */
import type { Profile } from '../profiling/types';
import type { ProfileFile } from './profileFile';
import { PROFILE_FILE_CODES, ProfileFileError } from './profileFileError';

/** The only `schemaVersion` written so far. */
export const PROFILE_FILE_VERSION = 1;

type Kind = 'number' | 'string' | 'boolean' | 'array' | 'object' | 'number|null' | 'grade|null';

const HARDWARE: Record<string, Kind> = {
  name: 'string',
  vendor: 'string',
  memoryBandwidthGBs: 'number',
  fp16Tflops: 'number',
  memoryGb: 'number',
};
const OPTIONS: Record<string, Kind> = { workers: 'number', gpuLanes: 'number', defaultItemCount: 'number' };
const SUMMARY: Record<string, Kind> = {
  score: 'number|null',
  grade: 'grade|null',
  totalRuntimeMs: 'number',
  criticalPathMs: 'number',
  criticalPath: 'array',
  makespanMs: 'number',
  peakMemoryMb: 'number',
  peakVramMb: 'number',
  parallelOpportunities: 'number',
  bottlenecks: 'array',
  cycles: 'array',
  warnings: 'array',
  nodeCount: 'number',
  edgeCount: 'number',
  unknownTypes: 'array',
  unknownNodeCount: 'number',
  scoreBreakdown: 'array',
};
const NODE: Record<string, Kind> = {
  id: 'string',
  type: 'string',
  title: 'string',
  category: 'string',
  complexity: 'number',
  runtimeMs: 'number',
  memoryMb: 'number',
  vramMb: 'number',
  device: 'string',
  fanIn: 'number',
  fanOut: 'number',
  level: 'number',
  earliestStartMs: 'number',
  slackMs: 'number',
  onCriticalPath: 'boolean',
  parallelizable: 'boolean',
  known: 'boolean',
  confidence: 'string',
  layoutOnly: 'boolean',
  details: 'object',
};
const SCHEDULE: Record<string, Kind> = {
  nodeId: 'string',
  startMs: 'number',
  endMs: 'number',
  lane: 'string',
};
const GRADES = new Set(['A', 'B', 'C', 'D', 'F']);

/**
 * True when `value` claims to be a saved profile (an object with `schemaVersion`): a NodeTool workflow has no
 * such field, so the CLI profiles anything else as a workflow.
 */
export function isProfileDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'schemaVersion' in value;
}

/**
 * Checks a parsed saved profile and returns it typed. `runs`, `summary.actual` and `nodes[].actual` may be
 * absent (a profile exported without measurements); they are then filled with [] / null.
 * @param source how messages name the file, e.g. `baseline file base.json`.
 * @throws ProfileFileError naming the file, the field and the problem.
 */
export function readProfileFile(value: unknown, source: string): ProfileFile {
  const fail = (code: ProfileFileError['code'], field: string | null, problem: string): never => {
    throw new ProfileFileError(code, source, field, problem);
  };
  if (!isObject(value)) return fail(PROFILE_FILE_CODES.notObject, null, 'a saved profile is a JSON object.');
  const version = value.schemaVersion;
  if (version !== PROFILE_FILE_VERSION) {
    const newer = typeof version === 'number' && version > PROFILE_FILE_VERSION;
    return fail(
      PROFILE_FILE_CODES.version,
      'schemaVersion',
      newer
        ? `version ${version} was written by a newer profiler; this one reads version ${PROFILE_FILE_VERSION}.`
        : `expected ${PROFILE_FILE_VERSION} (got ${describe(version)}).`,
    );
  }
  if (value.estimated !== true)
    fail(PROFILE_FILE_CODES.field, 'estimated', `expected true (got ${describe(value.estimated)}).`);
  checkFields(
    value,
    {
      hardware: 'object',
      options: 'object',
      summary: 'object',
      nodes: 'array',
      schedule: 'array',
      suggestions: 'array',
    },
    '',
    fail,
  );
  checkFields(value.hardware as Record<string, unknown>, HARDWARE, 'hardware.', fail);
  checkFields(value.options as Record<string, unknown>, OPTIONS, 'options.', fail);
  const summary = value.summary as Record<string, unknown>;
  checkFields(summary, SUMMARY, 'summary.', fail);
  const ids = new Set<string>();
  (value.nodes as unknown[]).forEach((node, i) => {
    const at = `nodes[${i}]`;
    if (!isObject(node))
      return fail(PROFILE_FILE_CODES.field, at, `expected an object (got ${describe(node)}).`);
    checkFields(node, NODE, `${at}.`, fail);
    const id = node.id as string;
    if (ids.has(id)) fail(PROFILE_FILE_CODES.duplicateNode, `${at}.id`, `node id "${id}" appears twice.`);
    ids.add(id);
    if (node.actual !== undefined && node.actual !== null && !isObject(node.actual))
      fail(
        PROFILE_FILE_CODES.field,
        `${at}.actual`,
        `expected an object or null (got ${describe(node.actual)}).`,
      );
  });
  (value.schedule as unknown[]).forEach((entry, i) => {
    const at = `schedule[${i}]`;
    if (!isObject(entry))
      return fail(PROFILE_FILE_CODES.field, at, `expected an object (got ${describe(entry)}).`);
    checkFields(entry, SCHEDULE, `${at}.`, fail);
  });
  if (value.runs !== undefined && !Array.isArray(value.runs))
    fail(PROFILE_FILE_CODES.field, 'runs', `expected an array (got ${describe(value.runs)}).`);
  if (summary.actual !== undefined && summary.actual !== null && !isObject(summary.actual))
    fail(
      PROFILE_FILE_CODES.field,
      'summary.actual',
      `expected an object or null (got ${describe(summary.actual)}).`,
    );
  const profile = value as unknown as Profile & Partial<Pick<ProfileFile, 'runs'>>;
  return {
    ...profile,
    runs: profile.runs ?? [],
    summary: { ...profile.summary, actual: (summary.actual as ProfileFile['summary']['actual']) ?? null },
    nodes: profile.nodes.map((node) => ({
      ...node,
      actual: ((node as { actual?: unknown }).actual as ProfileFile['nodes'][number]['actual']) ?? null,
    })),
  };
}

function checkFields(
  object: Record<string, unknown>,
  fields: Record<string, Kind>,
  prefix: string,
  fail: (code: ProfileFileError['code'], field: string, problem: string) => never,
): void {
  for (const [key, kind] of Object.entries(fields)) {
    const value = Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
    if (value === undefined)
      fail(PROFILE_FILE_CODES.field, `${prefix}${key}`, `missing (expected ${kindText(kind)}).`);
    if (!matches(value, kind))
      fail(
        PROFILE_FILE_CODES.field,
        `${prefix}${key}`,
        `expected ${kindText(kind)} (got ${describe(value)}).`,
      );
  }
}

function matches(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'number|null':
      return value === null || (typeof value === 'number' && Number.isFinite(value));
    case 'grade|null':
      return value === null || (typeof value === 'string' && GRADES.has(value));
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return typeof value === kind;
  }
}

function kindText(kind: Kind): string {
  if (kind === 'number|null') return 'a number or null';
  if (kind === 'grade|null') return 'a grade A, B, C, D, F or null';
  if (kind === 'array' || kind === 'object') return `an ${kind}`;
  return `a ${kind}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a wrong value, never quoting a long text from the file. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 20 ? JSON.stringify(value) : 'a string';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `an ${typeof value}`;
}
