import { toEditorWorkflow } from '../../workflow/convertWorkflow';
import { readStorageBackups } from '../../persistence/storageBackup';
import { MemoryStorage } from '../../test/memoryStorage';
import { EDITOR_STORAGE_KEY, EDITOR_STORAGE_VERSION, createEditorStore } from '../store';

const small = toEditorWorkflow({
  name: 'Small',
  graph: {
    nodes: [
      {
        id: 'in',
        type: 'nodetool.input.StringInput',
        data: { value: 'hi' },
        ui_properties: { position: { x: 0, y: 0 } },
      },
      {
        id: 'agent',
        type: 'nodetool.agents.Agent',
        data: { max_tokens: 256 },
        ui_properties: { position: { x: 300, y: 0 } },
      },
      {
        id: 'group',
        type: 'nodetool.workflows.base_node.Group',
        data: {},
        ui_properties: { position: { x: 0, y: 300 }, width: 400, height: 200 },
      },
      {
        id: 'inner',
        parent_id: 'group',
        type: 'nodetool.text.FormatText',
        data: {},
        ui_properties: { position: { x: 20, y: 40 } },
      },
    ],
    edges: [
      { id: 'e1', source: 'in', sourceHandle: 'output', target: 'agent', targetHandle: 'prompt' },
      { id: 'e2', source: 'agent', sourceHandle: 'text', target: 'inner', targetHandle: 'template' },
    ],
  },
});

function freshStore(storage = new MemoryStorage()) {
  return { store: createEditorStore({ storage, writeDelayMs: 0 }), storage };
}

describe('editor store', () => {
  it('starts on the default example', () => {
    const { store } = freshStore();
    const state = store.getState();
    expect(state.workflowName).toBe('Research brief agent chain');
    expect(state.nodes.length).toBeGreaterThan(5);
    expect(state.handles.writer?.outputs).toContain('text');
  });

  it('loads a workflow, clears selection and decorations, and counts loads', () => {
    const { store } = freshStore();
    store.getState().setNodeDecorations({ writer: { className: 'hot' } });
    store.getState().loadWorkflow(small, 'test');
    const state = store.getState();
    expect(state.nodes.map((n) => n.id)).toEqual(['in', 'agent', 'group', 'inner']);
    expect(state.nodeDecorations).toEqual({});
    expect(state.loadCount).toBe(1);
    expect(state.source).toBe('test');
  });

  it('connects handles, replacing an existing edge into the same input and ignoring self-loops', () => {
    const { store } = freshStore();
    store.getState().loadWorkflow(small, 'test');
    store
      .getState()
      .connect({ source: 'in', sourceHandle: 'output', target: 'inner', targetHandle: 'template' });
    const intoTemplate = store
      .getState()
      .edges.filter((e) => e.target === 'inner' && e.targetHandle === 'template');
    expect(intoTemplate.map((e) => e.source)).toEqual(['in']);
    expect(store.getState().edges).toHaveLength(2);
    store
      .getState()
      .connect({ source: 'agent', sourceHandle: 'text', target: 'agent', targetHandle: 'prompt' });
    expect(store.getState().edges).toHaveLength(2);
  });

  it('adds catalog nodes with unique ids, defaults and handles, and selects them', () => {
    const { store } = freshStore();
    store.getState().loadWorkflow(small, 'test');
    const a = store.getState().addNode('nodetool.agents.Agent', { x: 1, y: 2 });
    const b = store.getState().addNode('nodetool.agents.Agent', { x: 3, y: 4 });
    expect(a).not.toBe(b);
    const node = store.getState().nodes.find((n) => n.id === b);
    expect(node?.position).toEqual({ x: 3, y: 4 });
    expect(node?.data.properties.max_tokens).toBe(4096);
    expect(store.getState().handles[b]).toEqual({
      inputs: ['prompt', 'messages'],
      outputs: ['text', 'chunk'],
    });
    expect(store.getState().selectedNodeId).toBe(b);
  });

  it('edits parameters and titles of one node only', () => {
    const { store } = freshStore();
    store.getState().loadWorkflow(small, 'test');
    store.getState().setNodeProperty('agent', 'max_tokens', 1024);
    store.getState().setNodeTitle('agent', 'Writer');
    const agent = store.getState().nodes.find((n) => n.id === 'agent');
    expect(agent?.data.properties.max_tokens).toBe(1024);
    expect(agent?.data.title).toBe('Writer');
    store.getState().removeNodeProperty('agent', 'max_tokens');
    expect(store.getState().nodes.find((n) => n.id === 'agent')?.data.properties).toEqual({});
    expect(store.getState().nodes.find((n) => n.id === 'in')?.data.properties).toEqual({ value: 'hi' });
  });

  it('deletes a group with its children and their edges', () => {
    const { store } = freshStore();
    store.getState().loadWorkflow(small, 'test');
    store.getState().selectNode('inner');
    store.getState().deleteNode('group');
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['in', 'agent']);
    expect(store.getState().edges.map((e) => e.id)).toEqual(['e1']);
    expect(store.getState().selectedNodeId).toBeNull();
  });

  it('applies React Flow changes: move, select, remove', () => {
    const { store } = freshStore();
    store.getState().loadWorkflow(small, 'test');
    store.getState().applyNodeChanges([{ type: 'position', id: 'in', position: { x: 50, y: 60 } }]);
    store.getState().applyNodeChanges([{ type: 'select', id: 'agent', selected: true }]);
    expect(store.getState().nodes.find((n) => n.id === 'in')?.position).toEqual({ x: 50, y: 60 });
    expect(store.getState().selectedNodeId).toBe('agent');
    store.getState().applyEdgeChanges([{ type: 'remove', id: 'e1' }]);
    expect(store.getState().edges.map((e) => e.id)).toEqual(['e2']);
    store.getState().applyNodeChanges([{ type: 'remove', id: 'agent' }]);
    expect(store.getState().selectedNodeId).toBeNull();
  });

  it('focusNode selects a known node and refuses unknown ids', () => {
    const { store } = freshStore();
    store.getState().loadWorkflow(small, 'test');
    expect(store.getState().focusNode('nope')).toBe(false);
    expect(store.getState().focusNode('agent')).toBe(true);
    expect(store.getState().selectedNodeId).toBe('agent');
    expect(
      store
        .getState()
        .nodes.filter((n) => n.selected)
        .map((n) => n.id),
    ).toEqual(['agent']);
  });

  it('keeps the workflow and reports the failure', () => {
    const { store } = freshStore();
    store.getState().loadWorkflow(small, 'test');
    store
      .getState()
      .reportImportFailure({ source: 'file', issues: [{ code: 'x', severity: 'error', message: 'bad' }] });
    expect(store.getState().nodes).toHaveLength(4);
    expect(store.getState().importFailure?.issues[0]?.code).toBe('x');
  });

  it('returns the plain workflow for export without React Flow runtime fields', () => {
    const { store } = freshStore();
    store.getState().loadWorkflow(small, 'test');
    store.getState().selectNode('agent');
    const workflow = store.getState().getWorkflow();
    expect(workflow.nodes.find((n) => n.id === 'inner')).toEqual({
      id: 'inner',
      type: 'nodetool.text.FormatText',
      position: { x: 20, y: 40 },
      parentId: 'group',
      data: expect.objectContaining({ properties: {} }),
    });
    expect(JSON.stringify(workflow)).not.toContain('"selected"');
  });
});

describe('editor store persistence', () => {
  it('survives a reload: a new store reads the saved workflow', () => {
    const storage = new MemoryStorage();
    const first = createEditorStore({ storage, writeDelayMs: 0 });
    first.getState().loadWorkflow(small, 'file:small.json');
    first.getState().setNodeProperty('agent', 'max_tokens', 999);
    const saved = JSON.parse(storage.getItem(EDITOR_STORAGE_KEY) ?? '{}') as {
      version: number;
      state: { nodes: unknown[] };
    };
    expect(saved.version).toBe(EDITOR_STORAGE_VERSION);
    expect(saved.state.nodes).toHaveLength(4);

    const second = createEditorStore({ storage, writeDelayMs: 0 });
    expect(second.getState().workflowName).toBe('Small');
    expect(second.getState().nodes.find((n) => n.id === 'agent')?.data.properties.max_tokens).toBe(999);
    expect(second.getState().handles.inner?.inputs).toContain('template');
    expect(second.getState().importFailure).toBeNull();
  });

  it('does not persist selection, errors or decorations', () => {
    const storage = new MemoryStorage();
    const store = createEditorStore({ storage, writeDelayMs: 0 });
    store.getState().loadWorkflow(small, 'test');
    store.getState().selectNode('agent');
    store.getState().setNodeDecorations({ agent: { className: 'hot' } });
    const text = storage.getItem(EDITOR_STORAGE_KEY) ?? '';
    expect(text).not.toContain('"selected"');
    expect(text).not.toContain('hot');
  });

  it.each([
    ['corrupt JSON', '{"state": {"nodes": ['],
    ['a wrong envelope', '{"hello": 1}'],
    [
      'a wrong shape',
      JSON.stringify({
        version: 1,
        state: { workflowName: 'X', workflowMeta: {}, nodes: [{ id: 1 }], edges: [], source: 's' },
      }),
    ],
  ])('opens the default example on %s and keeps the original in the backup', (_label, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(EDITOR_STORAGE_KEY, raw);
    const store = createEditorStore({ storage, writeDelayMs: 0 });
    expect(store.getState().workflowName).toBe('Research brief agent chain');
    expect(store.getState().storageReport).toMatchObject({ kind: 'unreadable', original: raw });
    expect(readStorageBackups(storage, EDITOR_STORAGE_KEY).map((b) => b.raw)).toEqual([raw]);
  });

  it('coalesces bursts of writes and writes the last state after the delay', () => {
    jest.useFakeTimers();
    try {
      const storage = new MemoryStorage();
      const setItem = jest.spyOn(storage, 'setItem');
      const store = createEditorStore({ storage, writeDelayMs: 300 });
      store.getState().loadWorkflow(small, 'test');
      for (let i = 0; i < 20; i += 1) {
        store.getState().applyNodeChanges([{ type: 'position', id: 'in', position: { x: i, y: i } }]);
      }
      expect(setItem).not.toHaveBeenCalled();
      jest.advanceTimersByTime(300);
      expect(setItem).toHaveBeenCalledTimes(1);
      const saved = JSON.parse(storage.getItem(EDITOR_STORAGE_KEY) ?? '{}') as {
        state: { nodes: { id: string; position: unknown }[] };
      };
      expect(saved.state.nodes.find((n) => n.id === 'in')?.position).toEqual({ x: 19, y: 19 });
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps working when storage throws (quota, privacy mode), and says saving failed', async () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createEditorStore({ storage, writeDelayMs: 0 });
    expect(() => store.getState().loadWorkflow(small, 'test')).not.toThrow();
    expect(store.getState().nodes).toHaveLength(4);
    await Promise.resolve();
    expect(store.getState().saveFailure).toMatchObject({ reason: 'quota' });
  });
});
