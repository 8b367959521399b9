import { toEditorWorkflow } from '../../workflow/convertWorkflow';
import { MemoryStorage } from '../../test/memoryStorage';
import { createEditorStore } from '../store';
import { HISTORY_LIMIT } from '../store/history';
import { readUndoShortcut } from '../hooks/useUndoShortcuts';

const pair = toEditorWorkflow({
  name: 'Pair',
  graph: {
    nodes: [
      { id: 'in', type: 'nodetool.input.StringInput', data: { value: 'hi' } },
      { id: 'agent', type: 'nodetool.agents.Agent', data: { max_tokens: 256 } },
    ],
    edges: [{ id: 'e1', source: 'in', sourceHandle: 'output', target: 'agent', targetHandle: 'prompt' }],
  },
});

function loaded() {
  const store = createEditorStore({ storage: new MemoryStorage(), writeDelayMs: 0 });
  store.getState().loadWorkflow(pair, 'test');
  return store;
}

const ids = (store: ReturnType<typeof loaded>) => store.getState().nodes.map((n) => n.id);
const maxTokens = (store: ReturnType<typeof loaded>) =>
  store.getState().nodes.find((n) => n.id === 'agent')?.data.properties.max_tokens;

describe('editor undo / redo', () => {
  it('undoes and redoes a deletion, node, edges and handles together', () => {
    const store = loaded();
    store.getState().deleteNode('agent');
    expect(ids(store)).toEqual(['in']);
    expect(store.getState().undo()).toBe(true);
    expect(ids(store)).toEqual(['in', 'agent']);
    expect(store.getState().edges.map((e) => e.id)).toEqual(['e1']);
    expect(store.getState().handles.agent).toBeDefined();
    expect(store.getState().redo()).toBe(true);
    expect(ids(store)).toEqual(['in']);
    expect(store.getState().redo()).toBe(false);
  });

  it('undoes loading another workflow (nothing on the canvas is lost to a misclick)', () => {
    const store = loaded();
    const loads = store.getState().loadCount;
    store.getState().loadWorkflow({ ...pair, name: 'Other', nodes: [], edges: [] }, 'example:other');
    store.getState().undo();
    expect(store.getState().workflowName).toBe('Pair');
    expect(store.getState().source).toBe('test');
    expect(ids(store)).toEqual(['in', 'agent']);
    // The restored workflow is fitted in view like a load.
    expect(store.getState().loadCount).toBe(loads + 2);
  });

  it('makes typing into one parameter one step, and a new edit clears the redo list', () => {
    const store = loaded();
    for (const value of [2, 20, 200]) store.getState().setNodeProperty('agent', 'max_tokens', value);
    store.getState().setNodeTitle('agent', 'Writer');
    store.getState().undo(); // the title
    store.getState().undo(); // all of the typing
    expect(maxTokens(store)).toBe(256);
    store.getState().redo();
    expect(maxTokens(store)).toBe(200);
    store.getState().removeNodeProperty('agent', 'max_tokens');
    expect(store.getState().history.future).toEqual([]);
    expect(store.getState().redo()).toBe(false);
  });

  it('takes one step per drag, before the node moves; selection is not an edit', () => {
    const store = loaded();
    const at = (x: number, dragging: boolean) =>
      store.getState().applyNodeChanges([{ type: 'position', id: 'in', position: { x, y: 0 }, dragging }]);
    const before = store.getState().nodes.find((n) => n.id === 'in')!.position;
    at(10, true);
    at(20, true);
    at(30, false);
    store.getState().applyNodeChanges([{ type: 'select', id: 'agent', selected: true }]);
    expect(store.getState().history.past).toHaveLength(2); // the load, the drag
    store.getState().undo();
    expect(store.getState().nodes.find((n) => n.id === 'in')!.position).toEqual(before);
    expect(store.getState().selectedNodeId).toBeNull();
  });

  it(`keeps the last ${HISTORY_LIMIT} edits`, () => {
    const store = loaded();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().setWorkflowName(`name ${i}`);
    // Renames of the workflow continue one edit; alternate with a structural edit to make many.
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      store.getState().addNode('nodetool.text.FormatText', { x: i, y: 0 });
    }
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
    while (store.getState().undo());
    expect(store.getState().nodes).toHaveLength(HISTORY_LIMIT + 20 - HISTORY_LIMIT + 2);
  });

  it('is not persisted: a reload starts without history', () => {
    const storage = new MemoryStorage();
    const first = createEditorStore({ storage, writeDelayMs: 0 });
    first.getState().loadWorkflow(pair, 'test');
    first.getState().deleteNode('agent');
    const second = createEditorStore({ storage, writeDelayMs: 0 });
    expect(second.getState().nodes.map((n) => n.id)).toEqual(['in']);
    expect(second.getState().history.past).toEqual([]);
    expect(second.getState().undo()).toBe(false);
  });
});

describe('undo shortcuts', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
  it('reads Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y off macOS, ⌘Z and ⌘⇧Z on it', () => {
    expect(readUndoShortcut(key({ key: 'z', ctrlKey: true }), false)).toBe('undo');
    expect(readUndoShortcut(key({ key: 'Z', ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(readUndoShortcut(key({ key: 'y', ctrlKey: true }), false)).toBe('redo');
    expect(readUndoShortcut(key({ key: 'z', metaKey: true }), false)).toBeNull();
    expect(readUndoShortcut(key({ key: 'z', metaKey: true }), true)).toBe('undo');
    expect(readUndoShortcut(key({ key: 'z', metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(readUndoShortcut(key({ key: 'z' }), false)).toBeNull();
  });
});
