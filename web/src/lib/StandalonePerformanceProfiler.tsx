/**
 * The panel as a package exports it: `<PerformanceProfiler nodes={nodes} edges={edges} />` works in any React
 * host. The workflow id defaults to `DEFAULT_WORKFLOW_ID` (the id the hook's two-argument `analyzeWorkflow`
 * uses), the stores default to the package's own instances (or the ones a provider puts in scope), and the
 * panel carries its own base styles (font, colour, box sizing) through MUI's ScopedCssBaseline, so it looks
 * the same whether or not the host loads a CSS reset.
 */
import ScopedCssBaseline from '@mui/material/ScopedCssBaseline';
import {
  PerformanceProfiler as LazyPanel,
  type PerformanceProfilerProps as PanelProps,
} from '../components/profiling';

/** The workflow id of a panel that is given none (and of `usePerformanceProfiler().analyzeWorkflow(nodes, edges)`). */
export const DEFAULT_WORKFLOW_ID = 'default';

/** The panel's props; `workflowId` is optional here. */
export type PerformanceProfilerProps = Omit<PanelProps, 'workflowId'> & {
  /** Key of the profile in the store (several workflows on one page need one each). @default 'default' */
  workflowId?: string;
};

/**
 * The Performance Profiler panel for any host: profiles `nodes` and `edges` (analyses on mount and after
 * changes), shows the grade, figures, charts, node table and suggestions. It fills its container's height.
 *
 * @example
 * <div style={{ height: 640 }}>
 *   <PerformanceProfiler nodes={nodes} edges={edges} onSelectNode={(id) => console.log(id)} />
 * </div>
 */
export function PerformanceProfiler({
  workflowId = DEFAULT_WORKFLOW_ID,
  ...props
}: PerformanceProfilerProps) {
  return (
    <ScopedCssBaseline
      data-profiler-root=""
      sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, minWidth: 0 }}
    >
      <LazyPanel workflowId={workflowId} {...props} />
    </ScopedCssBaseline>
  );
}
