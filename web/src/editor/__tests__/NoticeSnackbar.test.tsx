import { act, screen } from '@testing-library/react';
import { NoticeSnackbar } from '../components/NoticeSnackbar';
import { renderEditor } from '../../test/renderEditor';

describe('NoticeSnackbar', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('gives a notice that replaces another of the same severity its own 4 s', () => {
    const { store } = renderEditor(<NoticeSnackbar />);
    act(() => store.getState().showNotice({ severity: 'success', message: 'Run completed in 832 ms' }));
    expect(screen.getByTestId('editor-notice')).toHaveTextContent('Run completed in 832 ms');
    act(() => jest.advanceTimersByTime(3500));
    act(() => store.getState().showNotice({ severity: 'success', message: 'Imported run.jsonl' }));
    // The first notice's time is up 0.5 s later; the second one stays for its own 4 s.
    act(() => jest.advanceTimersByTime(3000));
    expect(screen.getByTestId('editor-notice')).toHaveTextContent('Imported run.jsonl');
    expect(store.getState().notice?.message).toBe('Imported run.jsonl');
    act(() => jest.advanceTimersByTime(1500));
    expect(store.getState().notice).toBeNull();
  });

  it('keeps a warning for 10 s', () => {
    const { store } = renderEditor(<NoticeSnackbar />);
    act(() => store.getState().showNotice({ severity: 'warning', message: 'run.jsonl could not be read' }));
    act(() => jest.advanceTimersByTime(9000));
    expect(screen.getByTestId('editor-notice')).toHaveTextContent('could not be read');
    act(() => jest.advanceTimersByTime(1500));
    expect(store.getState().notice).toBeNull();
  });
});
