import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPanel } from '../../components/profiling/__tests__/renderPanel';
import { HARDWARE_PRESETS } from '../../profiling/hardware';
import { QuotaStorage } from '../../test/quotaStorage';
import { createPerformanceProfileStore } from '../PerformanceProfileStore';
import { PERSIST_KEY } from '../profile/persistence';
import { smallChain } from './workflowFixtures';

const presetIds = HARDWARE_PRESETS.map((preset) => preset.id);

/** Lets the store's queued state updates run. */
const settle = () => act(() => Promise.resolve());

describe('saving the profiler settings when the browser refuses', () => {
  it('reports a full quota once, keeps what was saved, and clears the report when a save succeeds', () => {
    const storage = new QuotaStorage();
    const store = createPerformanceProfileStore({ storage: () => storage });
    store.getState().setHardware(presetIds[1]!);
    const saved = storage.getItem(PERSIST_KEY);
    expect(saved).toContain(presetIds[1]);
    expect(store.getState().settingsSaveFailure).toBeNull();

    storage.limit = 10;
    store.getState().setHardware(presetIds[2]!);
    const failure = store.getState().settingsSaveFailure;
    expect(failure).toMatchObject({ reason: 'quota', detail: expect.stringContaining('QuotaExceededError') });
    // Nothing stored is changed while saving fails.
    expect(storage.getItem(PERSIST_KEY)).toBe(saved);
    // Further failures keep the first report (same object, same time).
    store.getState().setHardware(presetIds[3]!);
    expect(store.getState().settingsSaveFailure).toBe(failure);

    storage.limit = Number.POSITIVE_INFINITY;
    store.getState().setHardware(presetIds[4]!);
    expect(store.getState().settingsSaveFailure).toBeNull();
    expect(storage.getItem(PERSIST_KEY)).toContain(presetIds[4]);
  });

  it('tells blocked storage from a full one', () => {
    const storage = new QuotaStorage();
    const store = createPerformanceProfileStore({ storage: () => storage });
    storage.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    store.getState().setHardware(presetIds[2]!);
    expect(store.getState().settingsSaveFailure).toMatchObject({ reason: 'blocked' });
  });

  it('shows the problem in the panel itself, with what it means, until dismissed', async () => {
    const storage = new QuotaStorage();
    const store = createPerformanceProfileStore({ storage: () => storage });
    const { nodes, edges } = smallChain();
    renderPanel({ workflowId: 'wf', nodes, edges, autoAnalyze: false }, { store });
    expect(screen.queryByRole('alert', { name: 'Profiler settings are not being saved' })).toBeNull();

    storage.limit = 10;
    act(() => store.getState().setHardware(presetIds[2]!));
    await settle();
    const alert = screen.getByRole('alert', { name: 'Profiler settings are not being saved' });
    expect(alert).toHaveTextContent("this browser's storage for this site is full");
    expect(alert).toHaveTextContent('apply in this tab only');

    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'Profiler settings are not being saved' })).toBeNull();
    // Still failing: the report does not come back on every change.
    act(() => store.getState().setHardware(presetIds[3]!));
    await settle();
    expect(screen.queryByRole('alert', { name: 'Profiler settings are not being saved' })).toBeNull();
  });
});
