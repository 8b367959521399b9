/** @jest-environment node */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertProfileInvariants } from '../../__tests__/assertProfileInvariants';
import type { Profile } from '../../types';
import { validateWorkflow } from '../../validate/validateWorkflow';
import { describeWithSharedData, sharedDataPath } from '../../../test/sharedData';
import { profileWorkflow } from '../profileWorkflow';

const PROJECT_EXAMPLES = resolve(__dirname, '../../../examples');
const NODETOOL_EXAMPLES = sharedDataPath('examples', 'nodetool');

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
}

/** Invariants every profile must satisfy, checked against the input itself. */
function checkProfile(
  input: { graph: { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string }> } },
  p: Profile,
) {
  const s = p.summary;
  expect(() => assertProfileInvariants(p)).not.toThrow();
  expect(p.schemaVersion).toBe(1);
  expect(p.nodes.map((n) => n.id)).toEqual(input.graph.nodes.map((n) => n.id));
  if (s.score === null) expect(s.scoreReason).toBeTruthy();
  else {
    expect(Number.isInteger(s.score)).toBe(true);
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(100);
  }
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const edges = new Set(input.graph.edges.map((e) => `${e.source}→${e.target}`));
  if (s.cycles.length === 0) {
    for (let i = 1; i < s.criticalPath.length; i++) {
      expect(edges.has(`${s.criticalPath[i - 1]}→${s.criticalPath[i]}`)).toBe(true);
    }
    const along = s.criticalPath.reduce((sum, id) => sum + byId.get(id)!.runtimeMs, 0);
    // A node running once per item of a stream overlaps its producer: the path is then shorter than its sum.
    const streams = s.criticalPath.some((id) => (byId.get(id)!.details.itemCount ?? 1) > 1);
    if (streams) expect(along).toBeGreaterThanOrEqual(s.criticalPathMs - 1e-6);
    else expect(along).toBeCloseTo(s.criticalPathMs, 6);
  }
  expect(s.makespanMs).toBeGreaterThanOrEqual(s.criticalPathMs - 1e-6);
  expect(s.totalRuntimeMs).toBeGreaterThanOrEqual(s.criticalPathMs - 1e-6);
  expect(s.makespanMs).toBeLessThanOrEqual(s.totalRuntimeMs + 1e-6);
  const vramSum = p.nodes.reduce((sum, n) => sum + n.vramMb, 0);
  expect(s.peakVramMb).toBeLessThanOrEqual(vramSum + 1e-6);
  for (const id of s.bottlenecks) expect(byId.get(id)!.layoutOnly).toBe(false);
  for (const n of p.nodes) {
    if (n.layoutOnly) expect([n.runtimeMs, n.memoryMb, n.vramMb, n.onCriticalPath]).toEqual([0, 0, 0, false]);
    expect(Number.isFinite(n.runtimeMs) && n.runtimeMs >= 0).toBe(true);
    expect(n.complexity).toBeGreaterThanOrEqual(1);
    expect(n.complexity).toBeLessThanOrEqual(20);
    expect(typeof n.details.source).toBe('string');
  }
  for (const sug of p.suggestions) expect(sug.savingsMs > 0 || sug.savingsVramMb > 0).toBe(true);
  expect(JSON.parse(JSON.stringify(p))).toEqual(p);
}

describe('profiling the project examples (web/src/examples)', () => {
  const files = jsonFiles(PROJECT_EXAMPLES);
  it('has examples to profile', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s', (file) => {
    const input = JSON.parse(readFileSync(resolve(PROJECT_EXAMPLES, file), 'utf8'));
    expect(validateWorkflow(input).errors).toEqual([]);
    checkProfile(input, profileWorkflow(input));
    checkProfile(input, profileWorkflow(input, { hardware: 'apple-m1', workers: 1 }));
  });
});

describeWithSharedData(['examples', 'nodetool'], 'profiling the real NodeTool workflows', () => {
  const files = jsonFiles(NODETOOL_EXAMPLES);
  it('finds the workflow files', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s', (file) => {
    const input = JSON.parse(readFileSync(resolve(NODETOOL_EXAMPLES, file), 'utf8'));
    expect(validateWorkflow(input).errors).toEqual([]);
    checkProfile(input, profileWorkflow(input));
    checkProfile(input, profileWorkflow(input, { hardware: 'rtx-3060', gpuLanes: 2 }));
  });
});
