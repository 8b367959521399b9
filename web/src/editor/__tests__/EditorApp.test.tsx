import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditorApp } from '../components/EditorApp';
import { renderEditor } from '../../test/renderEditor';

const SMALL = JSON.stringify({
  name: 'Pasted pipeline',
  graph: {
    nodes: [
      {
        id: 'q',
        type: 'nodetool.input.StringInput',
        data: { value: 'hi' },
        ui_properties: { position: { x: 0, y: 0 } },
      },
      {
        id: 'llm',
        type: 'nodetool.agents.Agent',
        data: { model: { id: 'qwen3:4b', provider: 'ollama' }, max_tokens: 300 },
        ui_properties: { position: { x: 300, y: 0 } },
      },
    ],
    edges: [{ id: 'e', source: 'q', sourceHandle: 'output', target: 'llm', targetHandle: 'prompt' }],
  },
});

async function pasteIntoDialog(text: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Paste JSON' }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByLabelText('Workflow JSON'), { target: { value: text } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
  return dialog;
}

// Any console error (React warnings, failed prop types, MUI warnings) fails the test.
let consoleErrors: string[] = [];
let errorSpy: jest.SpyInstance;

beforeEach(() => {
  consoleErrors = [];
  errorSpy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  });
});

afterEach(() => {
  errorSpy.mockRestore();
  expect(consoleErrors).toEqual([]);
});

describe('EditorApp', () => {
  it('shows the default example: titles, categories, key params, comment text and group', async () => {
    const { container } = renderEditor();
    expect(await screen.findByText('Researcher')).toBeInTheDocument();
    expect(screen.getByTestId('workflow-name')).toHaveTextContent('Research brief agent chain');
    expect(screen.getByText('qwen3:8b')).toBeInTheDocument();
    expect(screen.getByText(/A local researcher and outliner/)).toBeInTheDocument();
    expect(screen.getByText('Local drafting (Ollama)')).toBeInTheDocument();
    expect(screen.getAllByText('Agent').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(10);
    await waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(7));
    // Named handles: the writer's "text" output exists as a React Flow source handle.
    expect(
      container.querySelector(
        '.react-flow__node[data-id="writer"] .react-flow__handle.source[data-handleid="text"]',
      ),
    ).not.toBeNull();
  });

  it('rejects pasted text that is not JSON, keeps the workflow and the dialog text', async () => {
    const { store } = renderEditor();
    await screen.findByText('Researcher');
    const dialog = await pasteIntoDialog('{"graph": {"nodes": [}');
    const alert = await screen.findByTestId('import-error');
    expect(alert).toHaveTextContent('import.not-json');
    expect(alert).toHaveTextContent('line 1, column 22');
    expect(alert).toHaveTextContent('kept unchanged');
    expect(store.getState().workflowName).toBe('Research brief agent chain');
    expect(within(dialog).getByLabelText('Workflow JSON')).toHaveValue('{"graph": {"nodes": [}');
  });

  it('rejects duplicate node ids with the code and location', async () => {
    const { store } = renderEditor();
    const duplicate = JSON.stringify({
      graph: {
        nodes: [
          { id: 'a', type: 'x.A' },
          { id: 'a', type: 'x.B' },
        ],
        edges: [],
      },
    });
    await pasteIntoDialog(duplicate);
    const alert = await screen.findByTestId('import-error');
    expect(alert).toHaveTextContent('[node.duplicate-id]');
    expect(alert).toHaveTextContent('graph.nodes[1]');
    expect(store.getState().nodes).toHaveLength(10);
  });

  it('opens valid pasted JSON and confirms it', async () => {
    const { store, container } = renderEditor();
    await pasteIntoDialog(SMALL);
    await waitFor(() => expect(screen.getByTestId('workflow-name')).toHaveTextContent('Pasted pipeline'));
    expect(await screen.findByTestId('editor-notice')).toHaveTextContent('2 nodes, 1 edge)');
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(2);
    expect(store.getState().source).toBe('paste');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('imports JSON pasted over the canvas (Ctrl/Cmd+V)', async () => {
    const { store } = renderEditor();
    await screen.findByText('Researcher');
    const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & {
      clipboardData: unknown;
    };
    event.clipboardData = { getData: () => SMALL };
    act(() => {
      document.body.dispatchEvent(event);
    });
    expect(store.getState().workflowName).toBe('Pasted pipeline');
    expect(event.defaultPrevented).toBe(true);
  });

  it('loads a bundled example from the Examples menu', async () => {
    renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Examples' }));
    await userEvent.click(await screen.findByText('Meeting recording to notes'));
    await waitFor(() =>
      expect(screen.getByTestId('workflow-name')).toHaveTextContent('Meeting recording to notes'),
    );
    expect(await screen.findByText('openai/whisper-large-v3-turbo')).toBeInTheDocument();
  });

  it('opens a file from the file input, and reports a broken one', async () => {
    const { store } = renderEditor();
    const input = screen.getByTestId('open-file-input');
    const good = new File([SMALL], 'pipeline.json', { type: 'application/json' });
    await userEvent.upload(input, good);
    await waitFor(() => expect(store.getState().workflowName).toBe('Pasted pipeline'));
    const broken = JSON.stringify({
      graph: {
        nodes: [{ id: 'a', type: 'x.A' }],
        edges: [{ id: 'e9', source: 'a', sourceHandle: 'o', target: 'zz', targetHandle: 'i' }],
      },
    });
    await userEvent.upload(input, new File([broken], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByTestId('import-error');
    expect(alert).toHaveTextContent('Could not open file “broken.json”');
    expect(alert).toHaveTextContent('edge.unknown-node');
    expect(alert).toHaveTextContent('zz');
    expect(store.getState().workflowName).toBe('Pasted pipeline');
  });

  it('edits parameters in the inspector and validates numbers', async () => {
    const { store, container } = renderEditor();
    await screen.findByText('Researcher');
    act(() => {
      store.getState().selectNode('researcher');
    });
    const inspector = await screen.findByTestId('inspector');
    const maxTokens = inspector.querySelector('input[data-param="max_tokens"]') as HTMLInputElement;
    fireEvent.change(maxTokens, { target: { value: '1234' } });
    expect(store.getState().nodes.find((n) => n.id === 'researcher')?.data.properties.max_tokens).toBe(1234);
    expect(container.querySelector('.react-flow__node[data-id="researcher"]')).toHaveTextContent('1234');
    fireEvent.change(maxTokens, { target: { value: '12x' } });
    expect(within(inspector).getByText('Enter a finite number')).toBeInTheDocument();
    expect(store.getState().nodes.find((n) => n.id === 'researcher')?.data.properties.max_tokens).toBe(1234);
    // Objects are edited as JSON text; invalid JSON is not committed.
    const model = inspector.querySelector('textarea[data-param="model"]') as HTMLTextAreaElement;
    fireEvent.change(model, { target: { value: '{"id": "qwen3:14b", "provider": "ollama"}' } });
    expect(store.getState().nodes.find((n) => n.id === 'researcher')?.data.properties.model).toEqual({
      id: 'qwen3:14b',
      provider: 'ollama',
    });
    fireEvent.change(model, { target: { value: '{"id": ' } });
    expect(within(inspector).getByText(/Not valid JSON/)).toBeInTheDocument();
    expect(store.getState().nodes.find((n) => n.id === 'researcher')?.data.properties.model).toEqual({
      id: 'qwen3:14b',
      provider: 'ollama',
    });
  });

  it('adds a node from the Add node menu and deletes it from the inspector', async () => {
    const { store } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Add node' }));
    await userEvent.click(await screen.findByText('Whisper (speech to text)'));
    const added = store.getState().nodes.at(-1);
    expect(added?.type).toBe('huggingface.automatic_speech_recognition.Whisper');
    const inspector = await screen.findByTestId('inspector');
    await userEvent.click(within(inspector).getByRole('button', { name: 'Delete node' }));
    expect(store.getState().nodes.some((n) => n.id === added?.id)).toBe(false);
    expect(screen.queryByTestId('inspector')).not.toBeInTheDocument();
  });

  it('undoes a deletion from the toolbar and with Ctrl+Z, and redoes it with Ctrl+Y', async () => {
    const { store } = renderEditor();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    const count = store.getState().nodes.length;
    const victim = store.getState().nodes.find((n) => !n.parentId && !n.type?.endsWith('.Group'))!.id;
    act(() => store.getState().deleteNode(victim));
    expect(store.getState().nodes).toHaveLength(count - 1);
    await userEvent.click(undo);
    expect(store.getState().nodes).toHaveLength(count);
    expect(redo).toBeEnabled();
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(store.getState().nodes.some((n) => n.id === victim)).toBe(false);
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(store.getState().nodes.some((n) => n.id === victim)).toBe(true);
  });

  it('applies node and edge decorations without changing the workflow', async () => {
    const { store, container } = renderEditor();
    await screen.findByText('Researcher');
    act(() => {
      store.getState().setNodeDecorations({
        researcher: { className: 'heat-high', style: { backgroundColor: 'rgb(255, 200, 0)' } },
      });
      store
        .getState()
        .setEdgeDecorations({ 'e-research-outline': { className: 'critical', animated: true } });
    });
    const node = container.querySelector('.react-flow__node[data-id="researcher"]') as HTMLElement;
    expect(node).toHaveClass('heat-high');
    expect(node.style.getPropertyValue('--wpp-node-bg')).toBe('rgb(255, 200, 0)');
    await waitFor(() =>
      expect(container.querySelector('.react-flow__edge.critical.animated')).not.toBeNull(),
    );
    expect(store.getState().nodes.find((n) => n.id === 'researcher')?.className).toBeUndefined();
    act(() => store.getState().clearDecorations());
    expect(container.querySelector('.react-flow__node[data-id="researcher"]')).not.toHaveClass('heat-high');
  });

  it('Escape dismisses an import error first, then closes the inspector', async () => {
    const { store } = renderEditor();
    await screen.findByText('Researcher');
    act(() => {
      store.getState().selectNode('writer');
      store
        .getState()
        .reportImportFailure({ source: 'file', issues: [{ code: 'x', severity: 'error', message: 'bad' }] });
    });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('import-error')).not.toBeInTheDocument();
    expect(screen.getByTestId('inspector')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByTestId('inspector')).not.toBeInTheDocument();
    expect(store.getState().nodes).toHaveLength(10);
  });

  it('renders extra toolbar actions and the dock slot', () => {
    renderEditor(
      <EditorApp toolbarActions={<button type="button">Profile</button>} dock={<div>Dock content</div>} />,
    );
    expect(screen.getByRole('button', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByTestId('editor-dock')).toHaveTextContent('Dock content');
  });
});
