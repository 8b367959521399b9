/**
 * The editor's graph is valid engine input: what the profiler panel will pass from the editor store must
 * profile without conversion, in both the React Flow shape and the exported NodeTool shape.
 */
import { profileWorkflow } from '../../profiling';
import { MemoryStorage } from '../../test/memoryStorage';
import { toNodetoolWorkflow } from '../../workflow/convertWorkflow';
import { createEditorStore } from '../store';

describe('editor → engine contract', () => {
  const store = createEditorStore({ storage: new MemoryStorage(), writeDelayMs: 0 });
  store.getState().setNodeTitle('writer', 'Brief writer (edited)');

  it('profiles the store nodes and edges as React Flow input', () => {
    const { nodes, edges } = store.getState();
    const profile = profileWorkflow({ nodes, edges });
    expect(profile.summary.nodeCount).toBe(nodes.length);
    expect(profile.summary.edgeCount).toBe(edges.length);
    expect(profile.nodes.find((n) => n.id === 'writer')?.title).toBe('Brief writer (edited)');
    // The group's children keep their parent; layout nodes (comment, group, preview) are zero-cost.
    expect(profile.nodes.find((n) => n.id === 'drafting')?.layoutOnly).toBe(true);
  });

  it('profiles the exported NodeTool workflow to the same critical path', () => {
    const fromStore = profileWorkflow({ nodes: store.getState().nodes, edges: store.getState().edges });
    const fromExport = profileWorkflow(toNodetoolWorkflow(store.getState().getWorkflow()));
    expect(fromExport.summary.criticalPath).toEqual(fromStore.summary.criticalPath);
    expect(fromExport.summary.totalRuntimeMs).toBeCloseTo(fromStore.summary.totalRuntimeMs, 6);
  });
});
