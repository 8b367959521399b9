/** @jest-environment node */
import posterSeries from '../../examples/sd-list-pipeline.json';
import { profileWorkflow } from '../../profiling';
import type { NodetoolWorkflow } from '../../workflow/nodetoolTypes';
import { diffProfiles } from '../diffProfiles';
import { readWorkflowStructure } from '../readWorkflowStructure';

const base = posterSeries as unknown as NodetoolWorkflow;

/** A deep copy of the example with one edit applied. */
function edited(edit: (workflow: NodetoolWorkflow) => void): NodetoolWorkflow {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

function node(workflow: NodetoolWorkflow, id: string) {
  const found = workflow.graph.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`fixture has no node ${id}`);
  return found;
}

const profile = (workflow: unknown, hardware = 'apple-m3-pro') =>
  profileWorkflow(workflow, { hardware, suggestions: false });

describe('diffProfiles on the poster-series example', () => {
  it('doubling the SDXL steps: the makespan grows, the SDXL row leads with its parameter change', () => {
    const after = edited((w) => {
      node(w, 'sdxl').data!.num_inference_steps = 60;
    });
    const before = profile(base);
    const next = profile(after);
    const diff = diffProfiles(before, next, { workflows: { before: base, after } });

    expect(diff.summary.makespanMs.before).toBe(before.summary.makespanMs);
    expect(diff.summary.makespanMs.after).toBe(next.summary.makespanMs);
    expect(diff.summary.makespanMs.delta).toBeCloseTo(next.summary.makespanMs - before.summary.makespanMs, 6);
    expect(diff.summary.makespanMs.delta!).toBeGreaterThan(0);
    expect(diff.summary.grade).toEqual({
      before: before.summary.grade,
      after: next.summary.grade,
      changed: before.summary.grade !== next.summary.grade,
    });

    const first = diff.nodes[0]!;
    expect(first.id).toBe('sdxl');
    expect(first.change).toBe('changed');
    expect(first.paramChanges).toEqual([{ key: 'num_inference_steps', before: 30, after: 60 }]);
    const sdxlBefore = before.nodes.find((n) => n.id === 'sdxl')!;
    const sdxlAfter = next.nodes.find((n) => n.id === 'sdxl')!;
    expect(first.runtimeMsDelta).toBeCloseTo(sdxlAfter.runtimeMs - sdxlBefore.runtimeMs, 6);
    expect(first.runtimeMsDelta).toBeGreaterThan(0);

    // Nothing upstream of the SDXL node moves.
    for (const id of ['theme', 'art_director', 'prompts']) {
      expect(diff.nodes.find((row) => row.id === id)?.change).toBe('same');
    }
    expect(diff.structure).toEqual({
      nodesAdded: [],
      nodesRemoved: [],
      nodesWithChangedParams: ['sdxl'],
      edgesAdded: [],
      edgesRemoved: [],
    });
    expect(diff.hardware.changed).toBe(false);
  });

  it('removing the upscaler: the node and its two edges are removed, its cost is given back', () => {
    const after = edited((w) => {
      w.graph.nodes = w.graph.nodes.filter((n) => n.id !== 'upscale');
      w.graph.edges = w.graph.edges.filter((e) => e.source !== 'upscale' && e.target !== 'upscale');
      w.graph.edges.push({
        source: 'sdxl',
        sourceHandle: 'output',
        target: 'posters',
        targetHandle: 'value',
      });
    });
    const before = profile(base);
    const diff = diffProfiles(before, profile(after), { workflows: { before: base, after } });
    const upscale = before.nodes.find((n) => n.id === 'upscale')!;

    const row = diff.nodes.find((r) => r.id === 'upscale')!;
    expect(row.change).toBe('removed');
    expect(row.after).toBeNull();
    expect(row.runtimeMsDelta).toBe(-upscale.runtimeMs);
    expect(row.vramMbDelta).toBe(-upscale.vramMb);
    expect(diff.structure.nodesRemoved).toEqual(['upscale']);
    expect(diff.structure.nodesAdded).toEqual([]);
    expect(diff.structure.edgesRemoved).toEqual([
      { source: 'sdxl', target: 'upscale', kind: 'data' },
      { source: 'upscale', target: 'posters', kind: 'data' },
    ]);
    expect(diff.structure.edgesAdded).toEqual([{ source: 'sdxl', target: 'posters', kind: 'data' }]);
    expect(diff.counts.removed).toBe(1);
    expect(diff.summary.nodeCount.delta).toBe(-1);
  });

  it('one workflow on two devices: same structure, every costly node changes, the device is named', () => {
    const diff = diffProfiles(profile(base, 'apple-m3-pro'), profile(base, 'rtx-4090'), {
      workflows: { before: base, after: base },
    });
    expect(diff.hardware).toMatchObject({ beforeId: 'apple-m3-pro', afterId: 'rtx-4090', changed: true });
    expect(diff.structure.nodesWithChangedParams).toEqual([]);
    expect(diff.structure.edgesAdded).toEqual([]);
    const sdxl = diff.nodes.find((r) => r.id === 'sdxl')!;
    expect(sdxl.change).toBe('changed');
    expect(sdxl.paramChanges).toEqual([]);
    // The faster GPU makes the diffusion step faster.
    expect(sdxl.runtimeMsDelta).toBeLessThan(0);
  });

  it('without the workflows it compares costs only and says edges are unknown', () => {
    const after = edited((w) => {
      node(w, 'sdxl').data!.width = 768;
    });
    const diff = diffProfiles(profile(base), profile(after));
    expect(diff.structure.edgesAdded).toBeNull();
    expect(diff.structure.edgesRemoved).toBeNull();
    const sdxl = diff.nodes.find((r) => r.id === 'sdxl')!;
    expect(sdxl.change).toBe('changed');
    expect(sdxl.paramChanges).toBeUndefined();
  });

  it('a node whose type changes is listed with its old type', () => {
    const after = edited((w) => {
      node(w, 'prompt_preview').type = 'nodetool.output.StringOutput';
    });
    const diff = diffProfiles(profile(base), profile(after), { workflows: { before: base, after } });
    const row = diff.nodes.find((r) => r.id === 'prompt_preview')!;
    expect(row.change).toBe('changed');
    expect(row.typeBefore).toBe('nodetool.workflows.base_node.Preview');
    expect(row.type).toBe('nodetool.output.StringOutput');
    expect(diff.structure.nodesWithChangedParams).toEqual(['prompt_preview']);
  });

  it('pre-read structures give the same diff as the workflows', () => {
    const after = edited((w) => {
      node(w, 'sdxl').data!.num_inference_steps = 45;
      w.graph.edges.pop();
    });
    const [p1, p2] = [profile(base), profile(after)];
    expect(
      diffProfiles(p1, p2, {
        structures: { before: readWorkflowStructure(base), after: readWorkflowStructure(after) },
      }),
    ).toEqual(diffProfiles(p1, p2, { workflows: { before: base, after } }));
  });

  it('rejects a negative or non-finite tolerance with a message naming the option', () => {
    const p = profile(base);
    expect(() => diffProfiles(p, p, { tolerance: -1 })).toThrow(/options\.tolerance/);
    expect(() => diffProfiles(p, p, { tolerance: Number.NaN })).toThrow(/options\.tolerance/);
  });
});
