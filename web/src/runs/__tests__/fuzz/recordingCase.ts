/**
 * The recording fuzzer: damages a real recording with a seeded sequence of mutations (truncated lines,
 * duplicated or reordered messages, another job's id, broken fields, odd values, garbage) and checks that
 * importing it gives a coded RunParseError or a record that keeps the invariants. Used by the quick jest run
 * and by `npm run fuzz` (its recordings phase).
 */
import { importRunText, isRunParseError, type RunRecord } from '../..';
import { createRandom, type Random } from '../../../profiling/__tests__/fuzz/random';
import { oddValue } from '../../../profiling/__tests__/fuzz/oddValues';

export interface RecordingCase {
  seed: number;
  base: string;
  steps: string[];
  text: string;
}

type Line = Record<string, unknown>;

function mutate(r: Random, lines: string[], steps: string[]): void {
  const i = r.int(lines.length);
  const line = lines[i]!;
  switch (r.int(9)) {
    case 0: {
      const at = r.int(line.length);
      lines[i] = line.slice(0, at);
      steps.push(`truncate line ${i + 1} at ${at}`);
      return;
    }
    case 1:
      lines.splice(r.int(lines.length + 1), 0, line);
      steps.push(`duplicate line ${i + 1}`);
      return;
    case 2: {
      const j = r.int(lines.length);
      [lines[i], lines[j]] = [lines[j]!, line];
      steps.push(`swap lines ${i + 1} and ${j + 1}`);
      return;
    }
    case 3:
      lines.splice(i, 1);
      steps.push(`drop line ${i + 1}`);
      return;
    case 4:
      lines[i] = line.replace(/"job_id":"[^"]*"/, '"job_id":"another-job"');
      steps.push(`another job id on line ${i + 1}`);
      return;
    case 5:
      lines.splice(i, 0, r.pick(['garbage', '{', '[]', 'null', '{"recv_ms":1}', '\u0000\u001b[31m', '']));
      steps.push(`garbage before line ${i + 1}`);
      return;
    default: {
      // A field of the line or its message replaced by an odd value (wrong type, huge, NaN-like, deep).
      let parsed: Line;
      try {
        parsed = JSON.parse(line) as Line;
      } catch {
        return;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return; // a garbage line
      const msg = (typeof parsed.msg === 'object' && parsed.msg !== null ? parsed.msg : parsed) as Line;
      const target = r.chance(0.3) ? parsed : msg;
      const keys = Object.keys(target);
      const key =
        keys.length > 0 && r.chance(0.8)
          ? r.pick(keys)
          : r.pick(['recv_ms', 'status', 'node_id', 'duration']);
      const value = oddValue(r, false);
      target[key] = value;
      let text: string;
      try {
        text = JSON.stringify(parsed) ?? 'null';
      } catch {
        return; // a value JSON cannot hold (the recording is text): nothing to write
      }
      lines[i] = text;
      steps.push(
        `line ${i + 1}: ${key} = ${text.length > 200 ? 'a large value' : (JSON.stringify(value) ?? String(value))}`,
      );
    }
  }
}

export function generateRecordingCase(
  seed: number,
  bases: readonly { name: string; text: string }[],
): RecordingCase {
  const r = createRandom(seed);
  const base = r.pick(bases);
  const lines = base.text.split('\n').filter((l) => l.trim() !== '');
  const steps: string[] = [];
  const count = 1 + r.int(4);
  for (let k = 0; k < count && lines.length > 0; k++) mutate(r, lines, steps);
  return { seed, base: base.name, steps, text: lines.join('\n') };
}

/** Null when the case holds; otherwise what went wrong. */
export function checkRecordingCase(fuzzCase: RecordingCase): string | null {
  let first: RunRecord;
  try {
    first = importRunText(fuzzCase.text, 'fuzz.jsonl').record;
  } catch (error) {
    return isRunParseError(error)
      ? null
      : `uncoded ${error instanceof Error ? error.name : typeof error}: ${String(error)}`;
  }
  const problems = checkRecordInvariants(first, fuzzCase.text);
  if (({} as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype polluted');
  // Deterministic: the same text gives the same record.
  const again = importRunText(fuzzCase.text, 'fuzz.jsonl').record;
  if (JSON.stringify(again) !== JSON.stringify(first)) problems.push('not deterministic');
  return problems.length === 0 ? null : problems.slice(0, 3).join('; ');
}

/** What is wrong with a record derived from `text` (empty when nothing). */
export function checkRecordInvariants(first: RunRecord, text: string): string[] {
  const problems: string[] = [];
  const finite = (n: number | null) => n === null || Number.isFinite(n);
  if (!Number.isFinite(first.startedAt)) problems.push('startedAt not finite');
  for (const value of [first.wallMs, first.lastMessageMs, first.serverDurationMs, first.serverStartMs])
    if (!finite(value)) problems.push(`run figure not finite: ${value}`);
  if (first.wallMs !== null && first.wallMs < 0) problems.push(`negative wall time ${first.wallMs}`);
  if (
    first.status === 'completed' &&
    !/"type":"job_update"[^\n]*"status":"completed"|"status":"completed"[^\n]*"type":"job_update"/.test(text)
  )
    problems.push('completed without a completed job_update');
  for (const node of Object.values(first.nodes)) {
    if (!finite(node.totalMs) || (node.totalMs !== null && node.totalMs < 0))
      problems.push(`node ${node.nodeId} total ${node.totalMs}`);
    if (node.trusted && node.status !== 'completed' && node.status !== 'error')
      problems.push(`node ${node.nodeId} trusted but ${node.status}`);
    for (const e of node.executions) {
      if (!Number.isFinite(e.startMs) || (e.endMs !== null && !(e.endMs >= e.startMs)))
        problems.push(`node ${node.nodeId} execution ${e.startMs}–${e.endMs}`);
    }
  }
  return problems;
}
