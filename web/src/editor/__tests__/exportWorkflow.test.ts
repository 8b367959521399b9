import { MemoryStorage } from '../../test/memoryStorage';
import { importWorkflowText } from '../../workflow/importWorkflow';
import { serializeWorkflow, toWorkflowFileName } from '../exportWorkflow';
import { importFileIntoStore, importTextIntoStore } from '../importActions';
import { createEditorStore } from '../store';

describe('export', () => {
  it('round-trips: export → JSON → import gives the same workflow, including edits and added nodes', () => {
    const store = createEditorStore({ storage: new MemoryStorage(), writeDelayMs: 0 });
    store.getState().setNodeProperty('researcher', 'max_tokens', 3000);
    const added = store.getState().addNode('nodetool.text.Embedding', { x: 10, y: 20 });
    store
      .getState()
      .connect({ source: 'topic', sourceHandle: 'output', target: added, targetHandle: 'input' });
    const before = store.getState().getWorkflow();

    const text = serializeWorkflow(before);
    const result = importWorkflowText(text, 'export.json');
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    const after = result.workflow;
    expect(after.name).toBe(before.name);
    expect(after.meta).toEqual(before.meta);
    const strip = (w: typeof before) => ({
      nodes: [...w.nodes]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((n) => ({
          id: n.id,
          type: n.type,
          parentId: n.parentId,
          position: n.position,
          properties: n.data.properties,
          title: n.data.title,
        })),
      edges: [...w.edges]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((e) => ({
          id: e.id,
          source: e.source,
          target: e.target,
          sourceHandle: e.sourceHandle,
          targetHandle: e.targetHandle,
        })),
    });
    expect(strip(after)).toEqual(strip(before));
    expect(after.nodes.find((n) => n.id === 'researcher')?.data.properties.max_tokens).toBe(3000);
  });

  it('writes a NodeTool file (graph.nodes with data and ui_properties.position)', () => {
    const store = createEditorStore({ storage: new MemoryStorage(), writeDelayMs: 0 });
    const saved = JSON.parse(serializeWorkflow(store.getState().getWorkflow())) as {
      graph: {
        nodes: { id: string; data: unknown; ui_properties: { position: unknown }; parent_id: unknown }[];
      };
    };
    const child = saved.graph.nodes.find((n) => n.id === 'researcher');
    expect(child?.parent_id).toBe('drafting');
    expect(child?.ui_properties.position).toEqual({ x: 30, y: 60 });
  });

  it('names the file after the workflow', () => {
    expect(toWorkflowFileName('Research brief: agent chain!')).toBe('research-brief-agent-chain.json');
    expect(toWorkflowFileName('???')).toBe('workflow.json');
  });
});

describe('import into the store', () => {
  it('keeps the workflow when text is rejected and loads it when accepted', () => {
    const store = createEditorStore({ storage: new MemoryStorage(), writeDelayMs: 0 });
    const before = store.getState().nodes;
    expect(importTextIntoStore(store, '{"graph": {"nodes": "x"}}', 'pasted text')).toBe(false);
    expect(store.getState().nodes).toBe(before);
    expect(store.getState().importFailure?.issues[0]?.code).toBe('input.shape');
    expect(
      importTextIntoStore(
        store,
        '{"nodes": [{"id": "a", "type": "x.Y"}], "edges": []}',
        'pasted text',
        'paste',
      ),
    ).toBe(true);
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['a']);
    expect(store.getState().importFailure).toBeNull();
  });

  it('rejects an oversized file without reading it', async () => {
    const store = createEditorStore({ storage: new MemoryStorage(), writeDelayMs: 0 });
    const huge = { name: 'huge.json', size: 100_000_000_000, text: jest.fn() } as unknown as File;
    expect(await importFileIntoStore(store, huge)).toBe(false);
    expect(store.getState().importFailure?.issues[0]?.code).toBe('import.too-large');
    expect((huge as unknown as { text: jest.Mock }).text).not.toHaveBeenCalled();
  });
});
