import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryStorage } from '../../test/memoryStorage';
import { captureDownloads } from '../../test/captureDownloads';
import { renderEditor } from '../../test/renderEditor';
import { EDITOR_STORAGE_KEY } from '../store';
import { damagedValues } from './damagedFixtures';

function renderWithSaved(raw: string) {
  const storage = new MemoryStorage();
  storage.setItem(EDITOR_STORAGE_KEY, raw);
  return renderEditor(undefined, storage);
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
    const downloads = captureDownloads();
    renderWithSaved(raw);
    const alert = screen.getByRole('alert', { name: /your saved workflow could not be opened/i });
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(alert).toHaveTextContent(/default example is open instead/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Download the saved data' }));
    expect(downloads.count()).toBe(1);
    const download = await downloads.last();
    expect(download.name).toMatch(/^saved-workflow-.*\.json$/);
    expect(download.text).toBe(raw);
    downloads.restore();
  });

  it('shows nothing when the saved workflow was fine', () => {
    renderEditor();
    expect(screen.queryByTestId('storage-report')).not.toBeInTheDocument();
  });
});
