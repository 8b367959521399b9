/**
 * Re-analyses a workflow when its nodes, edges, hardware or metric tables change: the first analysis runs
 * at once, later ones are debounced so typing in the inspector does not re-profile on every keystroke.
 */
import { useEffect, useRef } from 'react';
import type { Profile } from '../../profiling/types';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';

export interface AutoAnalyzeOptions {
  enabled: boolean;
  workflowId: string;
  nodes: EditorNode[];
  edges: EditorEdge[];
  /** A change of the hardware spec or the metric table also triggers re-analysis. */
  hardware: unknown;
  metrics: unknown;
  /** The workflow's own settings (assumptions, custom metrics): a change re-analyses too. */
  settings?: unknown;
  debounceMs: number;
  analyze: (nodes: EditorNode[], edges: EditorEdge[]) => Promise<Profile | null>;
  /** True when the stored profile already reflects these inputs (reopening the panel on an unchanged graph). */
  isCurrent: (nodes: EditorNode[], edges: EditorEdge[]) => boolean;
  onAnalyzed?: (profile: Profile) => void;
}

export function useAutoAnalyze({
  enabled,
  workflowId,
  nodes,
  edges,
  hardware,
  metrics,
  settings,
  debounceMs,
  analyze,
  isCurrent,
  onAnalyzed,
}: AutoAnalyzeOptions): void {
  const latest = useRef({ analyze, isCurrent, onAnalyzed });
  useEffect(() => {
    latest.current = { analyze, isCurrent, onAnalyzed };
  });
  const analyzedWorkflow = useRef<string | null>(null);

  useEffect(() => {
    if (!enabled || nodes.length === 0) return undefined;
    if (latest.current.isCurrent(nodes, edges)) {
      analyzedWorkflow.current = workflowId;
      return undefined;
    }
    let cancelled = false;
    const run = () => {
      analyzedWorkflow.current = workflowId;
      void latest.current.analyze(nodes, edges).then((profile) => {
        if (!cancelled && profile) latest.current.onAnalyzed?.(profile);
      });
    };
    // A new workflow (or the first render) is analysed immediately; edits of the same workflow are debounced.
    if (analyzedWorkflow.current !== workflowId || debounceMs <= 0) {
      run();
      return () => {
        cancelled = true;
      };
    }
    const timer = setTimeout(run, debounceMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [enabled, workflowId, nodes, edges, hardware, metrics, settings, debounceMs]);
}
