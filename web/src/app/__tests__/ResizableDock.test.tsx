import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DOCK_MIN_WIDTH, ResizableDock, clampDockWidth, getDefaultDockWidth } from '../ResizableDock';

// A 1024 px window: the dock opens at half of it.
const DOCK_DEFAULT_WIDTH = 512;
const realWidth = window.innerWidth;
beforeAll(() => Object.defineProperty(window, 'innerWidth', { value: 1024, configurable: true }));
afterAll(() => Object.defineProperty(window, 'innerWidth', { value: realWidth, configurable: true }));

const KEY = 'test-dock-width';

beforeEach(() => localStorage.clear());

function renderDock() {
  return render(
    <ResizableDock storageKey={KEY} label="Resize panel">
      <div>content</div>
    </ResizableDock>,
  );
}

describe('ResizableDock', () => {
  it('resizes with the arrow keys, within limits, and remembers the width', async () => {
    renderDock();
    const separator = screen.getByRole('separator', { name: 'Resize panel' });
    expect(separator).toHaveAttribute('aria-valuenow', String(DOCK_DEFAULT_WIDTH));
    separator.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(separator).toHaveAttribute('aria-valuenow', String(DOCK_DEFAULT_WIDTH - 24));
    expect(localStorage.getItem(KEY)).toBe(String(DOCK_DEFAULT_WIDTH - 24));
    await userEvent.keyboard('{End}');
    expect(separator).toHaveAttribute('aria-valuenow', String(DOCK_MIN_WIDTH));
    await userEvent.keyboard('{ArrowRight}');
    expect(separator).toHaveAttribute('aria-valuenow', String(DOCK_MIN_WIDTH));
    expect(screen.getByTestId('profiler-dock')).toHaveStyle({ width: `${DOCK_MIN_WIDTH}px` });
  });

  it('reopens at the stored width and ignores unusable stored values', () => {
    localStorage.setItem(KEY, '500');
    const { unmount } = renderDock();
    expect(screen.getByRole('separator')).toHaveAttribute('aria-valuenow', '500');
    unmount();
    localStorage.setItem(KEY, 'wide');
    renderDock();
    expect(screen.getByRole('separator')).toHaveAttribute('aria-valuenow', String(DOCK_DEFAULT_WIDTH));
  });

  it('opens at half the window, at most 720 px', () => {
    expect(getDefaultDockWidth()).toBe(DOCK_DEFAULT_WIDTH);
    Object.defineProperty(window, 'innerWidth', { value: 2560, configurable: true });
    expect(getDefaultDockWidth()).toBe(720);
    Object.defineProperty(window, 'innerWidth', { value: 1024, configurable: true });
  });

  it('clamps to the minimum and to the room the canvas leaves', () => {
    expect(clampDockWidth(10, 900)).toBe(DOCK_MIN_WIDTH);
    expect(clampDockWidth(5000, 900)).toBe(900);
    expect(clampDockWidth(600.4, 900)).toBe(600);
  });
});
