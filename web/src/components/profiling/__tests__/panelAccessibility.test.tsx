/**
 * The panel's keyboard and screen-reader contract on its own (no host): the shortcut hint only when the host
 * wired the shortcut, focus only when asked for, and charts that are named figures without tab stops.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { loadAgentChain, smallChain } from '../../../stores/__tests__/workflowFixtures';
import { ProfilerToolbarButton } from '../ProfilerToolbarButton';
import { findReport, renderPanel } from './renderPanel';

describe('panel accessibility', () => {
  it('shows the shortcut hint only when the host gives one', async () => {
    const { nodes, edges } = smallChain();
    const { rerenderPanel } = renderPanel({ workflowId: 'wf', nodes, edges });
    const region = await findReport();
    expect(within(region).getByText('Estimated before running')).toBeInTheDocument();
    expect(within(region).queryByText(/to toggle/)).not.toBeInTheDocument();
    rerenderPanel({ workflowId: 'wf', nodes, edges, shortcutHint: 'Ctrl+P' });
    expect(within(region).getByText('Estimated before running · Ctrl+P to toggle')).toBeInTheDocument();
  });

  it('takes focus only when asked to (autoFocus), on its heading', async () => {
    const { nodes, edges } = smallChain();
    const first = renderPanel({ workflowId: 'wf', nodes, edges });
    expect(document.activeElement).toBe(document.body);
    first.unmount();
    renderPanel({ workflowId: 'wf', nodes, edges, autoFocus: true });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Performance Profiler' }));
    // Focus stays on the heading when the report arrives.
    await findReport();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Performance Profiler' }));
  });

  it('returns focus to where it was when it unmounts with focus inside', async () => {
    const { nodes, edges } = smallChain();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const view = renderPanel({ workflowId: 'wf', nodes, edges, autoFocus: true });
    expect(document.activeElement).not.toBe(outside);
    await findReport();
    view.unmount();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('draws charts as named figures whose drawings are no tab stops and are hidden from screen readers', async () => {
    const { nodes, edges } = loadAgentChain();
    renderPanel({ workflowId: 'wf', nodes, edges });
    await findReport();
    for (const name of ['Runtime per node', 'Memory per node', 'Schedule timeline']) {
      const figure = screen.getByRole('figure', { name });
      await waitFor(() => expect(figure.querySelector('svg.recharts-surface')).not.toBeNull());
      const svg = figure.querySelector('svg.recharts-surface');
      expect(svg).not.toHaveAttribute('tabindex');
      expect(svg?.closest('[aria-hidden="true"]')).not.toBeNull();
      expect(figure).toHaveAccessibleDescription(/.+/);
    }
  });
});

describe('ProfilerToolbarButton', () => {
  it('announces the shortcut only when the host installed it', () => {
    const { rerender } = render(<ProfilerToolbarButton open={false} onToggle={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Profiler' })).not.toHaveAttribute('aria-keyshortcuts');
    rerender(<ProfilerToolbarButton open={false} onToggle={() => undefined} shortcut />);
    expect(screen.getByRole('button', { name: 'Profiler' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+P',
    );
  });
});
