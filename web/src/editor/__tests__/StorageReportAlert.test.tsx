import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryStorage } from '../../test/memoryStorage';
import { renderEditor } from '../../test/renderEditor';
import { EDITOR_STORAGE_KEY } from '../store';
import { damagedValues } from './damagedFixtures';

function renderWithSaved(raw: string) {
  const storage = new MemoryStorage();
  storage.setItem(EDITOR_STORAGE_KEY, raw);
  return renderEditor(undefined, storage);
}

function readBlob(blob: Blob): Promise<string> {
  // jsdom's Blob has no text(): read it the FileReader way.
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('StorageReportAlert', () => {
  it('lists the repairs of a repaired workflow by edge id and stays until dismissed', async () => {
    renderWithSaved(damagedValues['dangling-edge'] ?? '');
    const alert = screen.getByRole('alert', { name: /your saved workflow was repaired/i });
    expect(alert).toHaveTextContent('dropped edge bad (its target node gone is missing)');
    expect(alert).toHaveTextContent('wpp-editor.backup');
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: /your saved workflow/i })).not.toBeInTheDocument();
  });

  it('says an unreadable workflow was kept and downloads its original text', async () => {
    const raw = damagedValues['unparseable'] ?? '';
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        created.push(blob);
        return 'blob:saved';
      }),
      revokeObjectURL: jest.fn(),
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithSaved(raw);
    const alert = screen.getByRole('alert', { name: /your saved workflow could not be opened/i });
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(alert).toHaveTextContent(/default example is open instead/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Download the saved data' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^saved-workflow-.*\.json$/);
    const blob = created[0];
    if (!blob) throw new Error('no blob');
    expect(await readBlob(blob)).toBe(raw);
    click.mockRestore();
  });

  it('shows nothing when the saved workflow was fine', () => {
    renderEditor();
    expect(screen.queryByTestId('storage-report')).not.toBeInTheDocument();
  });
});
