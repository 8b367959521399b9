/**
 * The package's panel as a host without this project's editor uses it: no theme provider, no store provider,
 * no workflow id — `<PerformanceProfiler nodes edges />` and the hook beside it.
 */
import { configure, render, screen } from '@testing-library/react';
import { loadAgentChain } from '../../stores/__tests__/workflowFixtures';
import {
  DEFAULT_WORKFLOW_ID,
  PerformanceProfiler,
  PerformanceProfileStoreProvider,
  createPerformanceProfileStore,
  usePerformanceProfileStore,
  usePerformanceProfiler,
} from '../index';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(30_000);

function HookGrade({ workflowId }: { workflowId?: string }) {
  const { profile } = usePerformanceProfiler(workflowId);
  return <p>Hook grade: {profile?.summary.grade ?? 'none'}</p>;
}

describe('PerformanceProfiler from the package entry', () => {
  it('profiles nodes and edges with no provider and no workflow id; the hook reads the same profile', async () => {
    const { nodes, edges } = loadAgentChain();
    render(
      <>
        <HookGrade />
        <div style={{ height: 800 }}>
          <PerformanceProfiler nodes={nodes} edges={edges} animateCharts={false} />
        </div>
      </>,
    );
    // The lazy panel replaces its loading fallback: query the page, then check the badge is in the panel.
    const badge = await screen.findByRole('img', { name: /^Grade [A-F], score \d+ of 100$/ });
    expect(badge.closest('section')).toHaveAccessibleName('Performance Profiler');
    const stored = usePerformanceProfileStore.getState().profiles.get(DEFAULT_WORKFLOW_ID);
    expect(stored).toBeDefined();
    const grade = stored?.summary.grade;
    expect(badge).toHaveAccessibleName(`Grade ${grade}, score ${stored?.summary.score} of 100`);
    expect(await screen.findByText(`Hook grade: ${grade}`)).toBeInTheDocument();
  });

  it('wraps the panel in a scoped CSS baseline, so the font does not come from the host page', () => {
    const { nodes, edges } = loadAgentChain();
    render(<PerformanceProfiler nodes={nodes} edges={edges} autoAnalyze={false} />);
    const panel = screen.getByRole('region', { name: 'Performance Profiler' });
    const root = panel.closest('[data-profiler-root]');
    expect(root).not.toBeNull();
    expect(root).toHaveClass('MuiScopedCssBaseline-root');
  });

  it('uses the workflow id and the store a host provides', async () => {
    const { nodes, edges } = loadAgentChain();
    const store = createPerformanceProfileStore();
    render(
      <PerformanceProfileStoreProvider store={store}>
        <HookGrade workflowId="tab-2" />
        <PerformanceProfiler workflowId="tab-2" nodes={nodes} edges={edges} animateCharts={false} />
      </PerformanceProfileStoreProvider>,
    );
    await screen.findByRole('img', { name: /^Grade / });
    expect([...store.getState().profiles.keys()]).toEqual(['tab-2']);
    expect(
      await screen.findByText(`Hook grade: ${store.getState().profiles.get('tab-2')?.summary.grade}`),
    ).toBeVisible();
  });
});
