import '../../../runs/testing/installFakeIndexedDB';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { formatDelta } from '../../../compare/formatDelta';
import { openProfileSnapshots } from '../../../runs/history';
import { createProfileCompareStore } from '../../../stores/ProfileCompareStore';
import { MemoryStorage } from '../../../test/memoryStorage';
import { findReport, renderPanel } from './renderPanel';
import { poster } from '../../../test/posterSeries';

describe('a pinned baseline after a reload', () => {
  it('is estimated again from the stored pinned version, says so, and the change is against it', async () => {
    // One browser: the same database and localStorage for both page loads.
    const indexedDB = new IDBFactory();
    const storage = new MemoryStorage();
    const compareStore = () =>
      createProfileCompareStore({
        openSnapshots: () => openProfileSnapshots({ indexedDB }),
        pinStorage: () => storage,
      });
    const firstLoad = renderPanel(
      { workflowId: 'wf', ...poster(30), debounceMs: 0 },
      { compareStore: compareStore() },
    );
    await findReport();
    await waitFor(() => expect(firstLoad.store.getState().refining.has('wf')).toBe(false));
    const pinnedProfile = firstLoad.store.getState().profiles.get('wf')!;
    await userEvent.click(await screen.findByRole('button', { name: 'Pin as baseline' }));
    await firstLoad.compareStore.getState().loadSnapshots('wf'); // the pinned version is stored
    firstLoad.unmount();

    const secondLoad = renderPanel(
      { workflowId: 'wf', ...poster(60), debounceMs: 0 },
      { compareStore: compareStore() },
    );
    await findReport();
    const box = await screen.findByRole('group', { name: 'Change' });
    expect(
      await within(box).findByRole('heading', { name: 'Change against the pinned baseline' }),
    ).toBeInTheDocument();
    expect(box).toHaveTextContent(
      /Pinned .* in an earlier session; estimated again from that stored version/,
    );
    await waitFor(() => expect(secondLoad.store.getState().refining.has('wf')).toBe(false));
    const latest = secondLoad.store.getState().profiles.get('wf')!;
    await waitFor(() =>
      expect(box).toHaveTextContent(
        formatDelta(latest.summary.makespanMs - pinnedProfile.summary.makespanMs, 'ms'),
      ),
    );
    expect(box).toHaveTextContent('num_inference_steps 30 → 60');
    // Estimated again on the current estimate's own device: no device change.
    expect(box).not.toHaveTextContent(/device .* → /);
  });
});
