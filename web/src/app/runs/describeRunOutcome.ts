/** One sentence about how a run ended, naming the node that failed or was still running. */
import type { RunRecord } from '../../runs';
import type { EditorWorkflow } from '../../workflow/editorGraph';
import { getNodeTitle } from '../../workflow/nodeDisplay';

export interface RunOutcome {
  severity: 'success' | 'info' | 'warning';
  message: string;
}

function seconds(ms: number | null): string {
  return ms === null ? 'an unknown time' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export function describeRunOutcome(record: RunRecord, workflow: EditorWorkflow): RunOutcome {
  // The title the canvas shows, so the user finds the node.
  const titles = new Map(
    workflow.nodes.map((node) => [node.id, getNodeTitle(node.type, node.data.title, node.data.properties)]),
  );
  const name = (id: string) => `"${titles.get(id) ?? id}"`;
  const measured = Object.values(record.nodes).filter((node) => node.totalMs !== null).length;
  switch (record.status) {
    case 'completed':
      return {
        severity: 'success',
        message: `Run completed in ${seconds(record.wallMs)}; ${measured} nodes measured (see the profiler's Actual column).`,
      };
    case 'failed': {
      const where = record.error?.nodeId ? ` in ${name(record.error.nodeId)}` : '';
      return {
        severity: 'warning',
        message: `Run failed${where}: ${record.error?.message ?? 'the server gave no reason'}.`,
      };
    }
    default: {
      const open = Object.values(record.nodes)
        .filter((node) => node.status === 'unfinished')
        .map((node) => name(node.nodeId));
      const during = open.length > 0 ? ` while ${open.slice(0, 3).join(', ')} ran` : '';
      return {
        severity: 'warning',
        message:
          record.status === 'cancelled'
            ? `Run cancelled${during}; times of finished nodes were kept.`
            : `The run did not report its end${during} (incomplete); times of finished nodes were kept.`,
      };
    }
  }
}
