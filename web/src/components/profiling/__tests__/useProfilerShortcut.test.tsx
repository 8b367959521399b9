import { fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { isProfilerShortcut, useProfilerShortcut } from '../useProfilerShortcut';

function Harness({ isMac }: { isMac: boolean }) {
  const [open, setOpen] = useState(false);
  useProfilerShortcut({
    onToggle: () => setOpen((o) => !o),
    onClose: () => setOpen(false),
    isOpen: open,
    isMac,
  });
  return <p>{open ? 'panel open' : 'panel closed'}</p>;
}

function press(init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  fireEvent(document.body, event);
  return event;
}

describe('useProfilerShortcut', () => {
  it('toggles on Ctrl+P and prevents the print dialog', () => {
    const view = render(<Harness isMac={false} />);
    const first = press({ key: 'p', code: 'KeyP', ctrlKey: true });
    expect(first.defaultPrevented).toBe(true);
    expect(view.getByText('panel open')).toBeInTheDocument();
    const second = press({ key: 'p', code: 'KeyP', ctrlKey: true });
    expect(second.defaultPrevented).toBe(true);
    expect(view.getByText('panel closed')).toBeInTheDocument();
  });

  it('uses Cmd+P on macOS and leaves Ctrl+P alone there', () => {
    const view = render(<Harness isMac />);
    const ctrl = press({ key: 'p', ctrlKey: true });
    expect(ctrl.defaultPrevented).toBe(false);
    expect(view.getByText('panel closed')).toBeInTheDocument();
    const cmd = press({ key: 'p', metaKey: true });
    expect(cmd.defaultPrevented).toBe(true);
    expect(view.getByText('panel open')).toBeInTheDocument();
  });

  it('closes on Escape only while open', () => {
    const view = render(<Harness isMac={false} />);
    press({ key: 'Escape' });
    expect(view.getByText('panel closed')).toBeInTheDocument();
    press({ key: 'p', ctrlKey: true });
    press({ key: 'Escape' });
    expect(view.getByText('panel closed')).toBeInTheDocument();
  });

  it('removes its listeners on unmount', () => {
    const view = render(<Harness isMac={false} />);
    view.unmount();
    expect(press({ key: 'p', ctrlKey: true }).defaultPrevented).toBe(false);
  });
});

describe('isProfilerShortcut', () => {
  it('ignores other modifiers and keys, accepts the KeyP code on other layouts', () => {
    const make = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(isProfilerShortcut(make({ key: 'P', ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isProfilerShortcut(make({ key: 'p', ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isProfilerShortcut(make({ key: 'o', ctrlKey: true }), false)).toBe(false);
    expect(isProfilerShortcut(make({ key: 'з', code: 'KeyP', ctrlKey: true }), false)).toBe(true);
  });
});
