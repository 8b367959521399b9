/**
 * Invariants every profile must satisfy, whatever the input (used by engine tests and by the fuzzer).
 * Throws an Error naming the first broken invariant; framework-free (no Jest `expect`), so scripts use it too.
 */
import { gradeScore } from '../score/gradeScore';
import type { Profile } from '../types';

/** Relative tolerance of the comparisons between sums formed in different orders. */
const EPS = 1e-6;

const atMost = (a: number, b: number) => a <= b + EPS * Math.max(1, Math.abs(b));

function fail(message: string): never {
  throw new Error(`Profile invariant broken: ${message}`);
}

/**
 * Check a profile:
 * - every number anywhere in it is finite (no NaN, no ±Infinity);
 * - the score is an integer 0–100 with its grade, or null with a null grade and a reason;
 * - peak RAM ≥ every node's RAM, peak VRAM ≥ every node's VRAM, peak RAM + VRAM at once ≥ every node's sum,
 *   and the combined peak ≤ peak RAM + peak VRAM;
 * - critical path ≤ makespan ≤ total runtime (a list schedule respects dependencies and never idles while a
 *   step is ready), and every node fits in the critical path: earliest start + runtime ≤ critical path;
 * - per node: runtime, memory, VRAM and slack ≥ 0, complexity an integer 1–20; schedule entries inside the
 *   makespan; node count and wave count consistent; suggestion savings ≥ 0.
 */
export function assertProfileInvariants(profile: Profile): void {
  assertAllFinite(profile);
  const s = profile.summary;
  if (s.score === null) {
    if (s.grade !== null) fail(`grade ${s.grade} without a score`);
    if (!s.scoreReason) fail('no score and no scoreReason');
  } else {
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > 100)
      fail(`score ${s.score} not an integer 0–100`);
    if (s.grade !== gradeScore(s.score)) fail(`grade ${String(s.grade)} does not match score ${s.score}`);
  }
  if (profile.nodes.length !== s.nodeCount)
    fail(`${profile.nodes.length} node rows for nodeCount ${s.nodeCount}`);
  const combined = s.peakCombinedMb ?? s.peakMemoryMb + s.peakVramMb;
  if (!atMost(combined, s.peakMemoryMb + s.peakVramMb)) fail('peakCombinedMb > peakMemoryMb + peakVramMb');
  if (!atMost(s.criticalPathMs, s.makespanMs))
    fail(`critical path ${s.criticalPathMs} > makespan ${s.makespanMs}`);
  if (!atMost(s.makespanMs, s.totalRuntimeMs))
    fail(`makespan ${s.makespanMs} > total runtime ${s.totalRuntimeMs}`);
  const ids = new Set<string>();
  for (const n of profile.nodes) {
    const at = `node "${n.id}"`;
    if (ids.has(n.id)) fail(`${at} appears twice`);
    ids.add(n.id);
    if (n.runtimeMs < 0 || n.memoryMb < 0 || n.vramMb < 0 || n.slackMs < -EPS)
      fail(`${at} has a negative figure`);
    if (!Number.isInteger(n.complexity) || n.complexity < 1 || n.complexity > 20)
      fail(`${at} complexity ${n.complexity}`);
    if (!atMost(n.memoryMb, s.peakMemoryMb)) fail(`${at} RAM ${n.memoryMb} > peak RAM ${s.peakMemoryMb}`);
    if (!atMost(n.vramMb, s.peakVramMb)) fail(`${at} VRAM ${n.vramMb} > peak VRAM ${s.peakVramMb}`);
    if (!atMost(n.memoryMb + n.vramMb, combined)) fail(`${at} RAM + VRAM > combined peak ${combined}`);
    if (!atMost(n.earliestStartMs + n.runtimeMs, s.criticalPathMs))
      fail(`${at} ends at ${n.earliestStartMs + n.runtimeMs}, after the critical path ${s.criticalPathMs}`);
  }
  for (const e of profile.schedule) {
    if (e.startMs < 0 || !atMost(e.startMs, e.endMs) || !atMost(e.endMs, s.makespanMs))
      fail(`schedule entry of "${e.nodeId}" [${e.startMs}, ${e.endMs}] outside [0, ${s.makespanMs}]`);
  }
  if (profile.waves && s.waveCount !== undefined && profile.waves.length !== s.waveCount)
    fail(`${profile.waves.length} waves for waveCount ${s.waveCount}`);
  for (const g of profile.suggestions) {
    if (g.savingsMs < 0 || g.savingsVramMb < 0) fail(`suggestion ${g.id} has negative savings`);
  }
}

/** Walk the whole profile (iteratively: details may be deep) and fail on the first non-finite number. */
function assertAllFinite(profile: Profile): void {
  const stack: Array<[value: unknown, path: string]> = [[profile, 'profile']];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) fail(`${path} is ${value}`);
      continue;
    }
    if (typeof value === 'bigint') fail(`${path} is a BigInt`);
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const [key, v] of Object.entries(value)) stack.push([v, `${path}.${key}`]);
  }
}
