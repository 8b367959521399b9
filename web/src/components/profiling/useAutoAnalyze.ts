/**
 * Re-analyses a workflow when its nodes, edges, hardware or metric tables change. The first analysis of a
 * workflow runs at once, and so does a change after a quiet spell (one edit: a toggle, a pasted value, a
 * released slider — the report should follow at once); a change within `debounceMs` of the previous one
 * (typing in the inspector, a drag) waits until the changes pause for `debounceMs`, so a burst of
 * keystrokes does not re-profile on every key. A pass superseded by a newer change is dropped.
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
  /** When the inputs last changed (`performance.now()`): a change soon after it belongs to a burst. */
  const lastChangeAt = useRef(Number.NEGATIVE_INFINITY);

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
    const now = performance.now();
    const inBurst = now - lastChangeAt.current < debounceMs;
    lastChangeAt.current = now;
    // A new workflow (or the first render) and a change after a pause are analysed immediately; changes in a
    // burst are debounced.
    if (analyzedWorkflow.current !== workflowId || debounceMs <= 0 || !inBurst) {
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
