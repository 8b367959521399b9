import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureDownloads } from '../../test/captureDownloads';
import { MemoryStorage } from '../../test/memoryStorage';
import { QuotaStorage } from '../../test/quotaStorage';
import { renderEditor } from '../../test/renderEditor';
import { SaveFailureAlert } from '../components/SaveFailureAlert';
import { EDITOR_STORAGE_KEY, createEditorStore } from '../store';
import { classifyWriteError } from '../../persistence/classifyWriteError';
import { describeStoredSize, readUnsavedMarker, unsavedMarkerKey } from '../store/saveFailure';

const MARKER = unsavedMarkerKey(EDITOR_STORAGE_KEY);

/** Lets the store's queued state updates run. */
const settle = () => act(() => Promise.resolve());

describe('saving the workflow when the browser refuses', () => {
  it('reports a full quota once, keeps the last saved text and marks when saving stopped', async () => {
    const storage = new QuotaStorage();
    const store = createEditorStore({ storage, writeDelayMs: 0 });
    store.getState().setWorkflowName('saved version');
    const saved = storage.getItem(EDITOR_STORAGE_KEY);
    expect(saved).toContain('saved version');

    storage.limit = saved!.length + 5;
    const before = Date.now();
    store.getState().setWorkflowName('a name long enough to pass the quota');
    await settle();
    const failure = store.getState().saveFailure;
    expect(failure).toMatchObject({ reason: 'quota', detail: expect.stringContaining('QuotaExceededError') });
    expect(failure!.since).toBeGreaterThanOrEqual(before);
    expect(failure!.chars).toBeGreaterThan(storage.limit);
    // Nothing the user saved is lost: the last good text stays, and a marker says when saving stopped.
    expect(storage.getItem(EDITOR_STORAGE_KEY)).toBe(saved);
    expect(readUnsavedMarker(storage, EDITOR_STORAGE_KEY)).toMatchObject({
      reason: 'quota',
      since: failure!.since,
    });

    // Later failing saves keep the first time, and are not reported again: one write per edit, no loop.
    const writes = jest.spyOn(storage, 'setItem');
    store.getState().setWorkflowName('an even longer name that still does not fit the quota');
    await settle();
    await settle();
    expect(store.getState().saveFailure?.since).toBe(failure!.since);
    expect(writes.mock.calls.filter(([key]) => key === EDITOR_STORAGE_KEY)).toHaveLength(1);
    expect(writes.mock.calls.filter(([key]) => key === MARKER)).toHaveLength(0);
    writes.mockRestore();

    // A save that fits again clears the problem and the marker.
    storage.limit = Number.POSITIVE_INFINITY;
    store.getState().setWorkflowName('short');
    await settle();
    expect(store.getState().saveFailure).toBeNull();
    expect(storage.getItem(MARKER)).toBeNull();
    expect(storage.getItem(EDITOR_STORAGE_KEY)).toContain('short');
  });

  it('says on the next load that the changes after a failure were not kept, until dismissed', async () => {
    const storage = new QuotaStorage();
    const first = createEditorStore({ storage, writeDelayMs: 0 });
    first.getState().setWorkflowName('saved version');
    storage.limit = storage.getItem(EDITOR_STORAGE_KEY)!.length;
    first.getState().setWorkflowName('the edit that could not be saved');
    await settle();
    const since = first.getState().saveFailure!.since;

    // Reload: the last saved version opens, with the report.
    storage.limit = Number.POSITIVE_INFINITY;
    const second = createEditorStore({ storage, writeDelayMs: 0 });
    expect(second.getState().workflowName).toBe('saved version');
    expect(second.getState().unsavedBeforeLoad).toMatchObject({ reason: 'quota', since });
    // The next save removes the marker; the notice stays until dismissed.
    second.getState().setWorkflowName('new work');
    await settle();
    expect(storage.getItem(MARKER)).toBeNull();
    expect(second.getState().unsavedBeforeLoad).not.toBeNull();
    second.getState().dismissUnsavedBeforeLoad();
    expect(second.getState().unsavedBeforeLoad).toBeNull();
    expect(createEditorStore({ storage, writeDelayMs: 0 }).getState().unsavedBeforeLoad).toBeNull();
  });

  it('ignores a damaged marker', () => {
    const storage = new MemoryStorage();
    storage.setItem(MARKER, '{"version":1,"since":"yesterday"}');
    expect(createEditorStore({ storage, writeDelayMs: 0 }).getState().unsavedBeforeLoad).toBeNull();
    storage.setItem(MARKER, 'not json');
    expect(createEditorStore({ storage, writeDelayMs: 0 }).getState().unsavedBeforeLoad).toBeNull();
  });
});

describe('describeStoredSize', () => {
  it('gives kilobytes below a megabyte, one decimal below ten megabytes', () => {
    expect(describeStoredSize(300)).toBe('1 KB');
    expect(describeStoredSize(31_400)).toBe('31 KB');
    expect(describeStoredSize(5_234_567)).toBe('5.2 MB');
    expect(describeStoredSize(12_600_000)).toBe('13 MB');
  });
});

describe('classifyWriteError', () => {
  it('tells a full quota (Chromium, Safari, old Firefox) from blocked storage and anything else', () => {
    expect(classifyWriteError(new DOMException('exceeded the quota', 'QuotaExceededError')).reason).toBe(
      'quota',
    );
    expect(classifyWriteError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }).reason).toBe('quota');
    expect(classifyWriteError(new DOMException('The operation is insecure.', 'SecurityError'))).toEqual({
      reason: 'blocked',
      detail: 'SecurityError: The operation is insecure.',
    });
    expect(classifyWriteError('disk on fire')).toEqual({ reason: 'unknown', detail: 'disk on fire' });
  });
});

describe('SaveFailureAlert', () => {
  it('shows the live problem with the size and a download of the workflow', async () => {
    const downloads = captureDownloads();
    const { store } = renderEditor(<SaveFailureAlert />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() =>
      store.setState({
        saveFailure: { since: Date.now(), reason: 'quota', chars: 5_234_567, detail: 'QuotaExceededError' },
      }),
    );
    const alert = screen.getByRole('alert', { name: 'Your changes are not being saved' });
    expect(alert).toHaveTextContent(
      "storage for this site is full (the workflow's saved text is 5.2 MB; browsers keep about 5 MB per site)",
    );
    expect(alert).toHaveTextContent('only in this tab');
    await userEvent.click(within(alert).getByRole('button', { name: 'Download workflow' }));
    const download = await downloads.last();
    expect(download.name).toBe(`${store.getState().workflowName.toLowerCase().replace(/ /g, '-')}.json`);
    expect(JSON.parse(download.text)).toMatchObject({ name: store.getState().workflowName });
    downloads.restore();
  });

  it('shows the report from the last session until dismissed', async () => {
    const { store } = renderEditor(<SaveFailureAlert />);
    act(() =>
      store.setState({ unsavedBeforeLoad: { since: Date.now(), reason: 'blocked', chars: 0, detail: '' } }),
    );
    const alert = screen.getByRole('alert', { name: 'Your last changes were not saved' });
    expect(alert).toHaveTextContent('does not let the page store data');
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
