import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RunToolbar, type RunToolbarProps } from '../RunToolbar';
import { DEFAULT_SERVER_SETTINGS } from '../serverSettings';

function setup(overrides: Partial<RunToolbarProps> = {}) {
  const props: RunToolbarProps = {
    phase: 'idle',
    settings: DEFAULT_SERVER_SETTINGS,
    onRun: jest.fn(),
    onCancel: jest.fn(),
    onSaveSettings: jest.fn(() => null),
    onImportFile: jest.fn(),
    ...overrides,
  };
  render(<RunToolbar {...props} />);
  return props;
}

describe('RunToolbar', () => {
  it('starts a run', async () => {
    const idle = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));
    expect(idle.onRun).toHaveBeenCalled();
  });

  it('shows Cancel and progress during a run', async () => {
    const running = setup({ phase: 'running', progress: '2 of 5 nodes done' });
    expect(screen.queryByRole('button', { name: 'Run' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 nodes done');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(running.onCancel).toHaveBeenCalled();
  });

  it('edits the server URL, refusing a non-WebSocket URL', async () => {
    const props = setup({ settingsProblem: 'The saved server settings could not be read.' });
    await userEvent.click(screen.getByRole('button', { name: 'NodeTool server settings' }));
    const dialog = screen.getByRole('dialog', { name: 'NodeTool server' });
    expect(within(dialog).getByText(/could not be read/)).toBeInTheDocument();
    const field = within(dialog).getByRole('textbox', { name: 'WebSocket URL' });
    await userEvent.clear(field);
    await userEvent.type(field, 'http://box:7777');
    expect(within(dialog).getByText(/must start with ws:\/\//)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    await userEvent.clear(field);
    await userEvent.type(field, 'ws://gpu-box:7777/ws');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(props.onSaveSettings).toHaveBeenCalledWith({ url: 'ws://gpu-box:7777/ws', format: 'msgpack' });
  });

  it('imports a chosen recording file', async () => {
    const props = setup();
    const file = new File(['{}\n'], 'run.jsonl');
    await userEvent.upload(screen.getByTestId('import-run-input'), file);
    expect(props.onImportFile).toHaveBeenCalledWith(file);
  });
});
