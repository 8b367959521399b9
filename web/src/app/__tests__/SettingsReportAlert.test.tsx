import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPerformanceProfileStore } from '../../stores/PerformanceProfileStore';
import { PERSIST_KEY } from '../../stores/profile/persistence';
import { PerformanceProfileStoreProvider } from '../../stores/profile/PerformanceProfileStoreContext';
import { MemoryStorage } from '../../test/memoryStorage';
import { SettingsReportAlert } from '../SettingsReportAlert';

function renderWithSaved(raw: string) {
  const storage = new MemoryStorage();
  storage.setItem(PERSIST_KEY, raw);
  const store = createPerformanceProfileStore({ storage: () => storage });
  render(
    <PerformanceProfileStoreProvider store={store}>
      <SettingsReportAlert />
    </PerformanceProfileStoreProvider>,
  );
  return store;
}

describe('SettingsReportAlert', () => {
  it('names the dropped setting and stays until dismissed', async () => {
    const store = renderWithSaved(JSON.stringify({ version: 1, state: { hardware: 'no-such-device' } }));
    const alert = screen.getByRole('alert', { name: 'Your saved profiler settings were repaired' });
    expect(alert).toHaveTextContent(/dropped the saved hardware/);
    expect(alert).toHaveTextContent(`${PERSIST_KEY}.backup`);
    expect(within(alert).getByRole('button', { name: 'Download the saved data' })).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(store.getState().settingsReport).toBeNull();
  });

  it('says unreadable settings were kept and defaults are used', () => {
    renderWithSaved('{"state":');
    const alert = screen.getByRole('alert', { name: 'Your saved profiler settings could not be read' });
    expect(alert).toHaveTextContent(/The default settings are used instead/);
  });
});
