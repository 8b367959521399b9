/**
 * Heat overlay: maps a profile to per-node and per-edge styles an editor can apply to its React Flow
 * nodes and edges. Nodes are coloured by the rank of their runtime among the workflow's nodes (quantile
 * bands, theme colours), so a large graph whose cost is spread thin is not all one colour; nodes and edges on
 * the critical path are outlined. Pure: no React, the theme is passed in.
 */
import type { CSSProperties } from 'react';
import type { Theme } from '@mui/material/styles';
import type { Profile } from '../../profiling/types';
import type { NodeActual } from '../../runs/types';
import { getCriticalPathColor, tint } from './profileColors';

export type HeatBandId = 'none' | 'low' | 'medium' | 'high' | 'critical';

/** A runtime-share band: shares in [minShare, next band's minShare) get this colour. */
export interface HeatBand {
  id: HeatBandId;
  label: string;
  minShare: number;
  color: string;
}

export interface NodeHeat {
  nodeId: string;
  /** Node runtime / total runtime, 0–1. */
  share: number;
  /**
   * Rank of the node's runtime among the work nodes with a runtime, 0–1: the share of those nodes that cost
   * strictly less (equal runtimes share a rank). 0 for zero-cost nodes.
   */
  quantile: number;
  /** True when the share is of a measured time; false when it is of the estimate. */
  measured: boolean;
  band: HeatBandId;
  onCriticalPath: boolean;
  className: string;
  style: CSSProperties;
}

export interface EdgeHeat {
  className: string;
  style: CSSProperties;
  animated: boolean;
}

export interface HeatOverlay {
  bands: HeatBand[];
  criticalPathColor: string;
  nodes: Map<string, NodeHeat>;
  /** Keys `source→target` of consecutive critical-path nodes. */
  criticalEdgeKeys: Set<string>;
  getNodeHeat(nodeId: string): NodeHeat | undefined;
  /** Style for an edge, or undefined when the edge is not on the critical path. */
  getEdgeHeat(edge: { source: string; target: string }): EdgeHeat | undefined;
}

/**
 * Band thresholds on runtime share. Assumption (ours, not from a source): 5 % / 15 % / 30 % separate a
 * graph's cheap nodes from its visibly expensive ones on typical 5–50-node AI workflows.
 */
export const HEAT_THRESHOLDS = { low: 0.0, medium: 0.05, high: 0.15, critical: 0.3 } as const;

/**
 * Quantile bands of the overlay: a node is coloured by the rank of its runtime (ASSUMPTION of this project:
 * the bottom half, the third quarter, the 75th–90th percentile and the top 10 % — the top tenth is where a
 * user looks first, on 5 nodes or 1,000).
 */
export const HEAT_QUANTILES = { medium: 0.5, high: 0.75, critical: 0.9 } as const;

/** The legend bands (by rank of runtime), coloured from the theme. `minShare` holds the band's lowest quantile. */
export function buildHeatBands(theme: Theme): HeatBand[] {
  return [
    { id: 'low', label: 'bottom half', minShare: 0, color: theme.palette.success.main },
    {
      id: 'medium',
      label: '50th–75th percentile',
      minShare: HEAT_QUANTILES.medium,
      color: theme.palette.info.main,
    },
    {
      id: 'high',
      label: '75th–90th percentile',
      minShare: HEAT_QUANTILES.high,
      color: theme.palette.warning.main,
    },
    { id: 'critical', label: 'top 10 %', minShare: HEAT_QUANTILES.critical, color: theme.palette.error.main },
  ];
}

/** The band of a runtime rank (quantile 0–1). Zero-cost nodes get `none` (pass `cost` 0). */
export function classifyRuntimeRank(quantile: number, cost: number): HeatBandId {
  if (!(cost > 0)) return 'none';
  if (quantile >= HEAT_QUANTILES.critical) return 'critical';
  if (quantile >= HEAT_QUANTILES.high) return 'high';
  if (quantile >= HEAT_QUANTILES.medium) return 'medium';
  return 'low';
}

/**
 * Quantile of each cost among the positive ones: the share of the other positive costs strictly below it
 * (one cost alone is at the top). O(n log n).
 */
export function rankQuantiles(costs: readonly number[]): number[] {
  const positive = costs.filter((c) => c > 0).sort((a, b) => a - b);
  const n = positive.length;
  return costs.map((cost) => {
    if (!(cost > 0)) return 0;
    if (n <= 1) return 1;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positive[mid]! < cost) lo = mid + 1;
      else hi = mid;
    }
    return lo / (n - 1);
  });
}

/** The band of a runtime share. Zero-cost (layout) nodes get `none`. */
export function classifyRuntimeShare(share: number): HeatBandId {
  if (!(share > 0)) return 'none';
  if (share >= HEAT_THRESHOLDS.critical) return 'critical';
  if (share >= HEAT_THRESHOLDS.high) return 'high';
  if (share >= HEAT_THRESHOLDS.medium) return 'medium';
  return 'low';
}

/** Key of a directed edge in `criticalEdgeKeys`. */
export function edgeKey(source: string, target: string): string {
  return `${source}→${target}`;
}

/**
 * Builds the heat overlay of a profile. With `measured` (per-node measurements, see `attachMeasurements`),
 * a node with a measured time is coloured by its share of measured time; nodes without one fall back to
 * their estimate (`NodeHeat.measured` says which).
 *
 * @example
 * const overlay = buildHeatOverlay(profile, theme);
 * const styledNodes = nodes.map((n) => {
 *   const heat = overlay.getNodeHeat(n.id);
 *   return heat ? { ...n, className: heat.className, style: { ...n.style, ...heat.style } } : n;
 * });
 * const styledEdges = edges.map((e) => ({ ...e, ...overlay.getEdgeHeat(e) }));
 */
export function buildHeatOverlay(
  profile: Profile,
  theme: Theme,
  measured: Readonly<Record<string, NodeActual | null>> | null = null,
): HeatOverlay {
  const bands = buildHeatBands(theme);
  const colorOf = new Map<HeatBandId, string>(bands.map((band) => [band.id, band.color]));
  const criticalPathColor = getCriticalPathColor(theme);
  const measuredMs = (id: string) =>
    (measured && Object.hasOwn(measured, id) ? measured[id]?.ms : null) ?? null;
  const costOf = (node: Profile['nodes'][number]) => measuredMs(node.id) ?? node.runtimeMs;
  const total = measured
    ? profile.nodes.reduce((sum, node) => sum + (node.layoutOnly ? 0 : costOf(node)), 0)
    : profile.summary.totalRuntimeMs;
  const nodes = new Map<string, NodeHeat>();
  const costs = profile.nodes.map((node) => (node.layoutOnly ? 0 : costOf(node)));
  const quantiles = rankQuantiles(costs);

  profile.nodes.forEach((node, index) => {
    const cost = costs[index] ?? 0;
    const share = total > 0 ? cost / total : 0;
    const quantile = quantiles[index] ?? 0;
    const band = classifyRuntimeRank(quantile, cost);
    const color = colorOf.get(band);
    const style: CSSProperties = {};
    if (color) {
      style.backgroundColor = tint(color, 0.22);
      style.boxShadow = `0 0 0 3px ${color}`;
    }
    if (node.onCriticalPath) {
      style.outline = `3px dashed ${criticalPathColor}`;
      style.outlineOffset = '4px';
    }
    const classes = ['profiler-heat', `profiler-heat--${band}`];
    if (node.onCriticalPath) classes.push('profiler-heat--critical-path');
    nodes.set(node.id, {
      nodeId: node.id,
      share,
      quantile,
      measured: measuredMs(node.id) !== null,
      band,
      onCriticalPath: node.onCriticalPath,
      className: classes.join(' '),
      style,
    });
  });

  const criticalEdgeKeys = new Set<string>();
  const path = profile.summary.criticalPath;
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1];
    const to = path[i];
    if (from !== undefined && to !== undefined) criticalEdgeKeys.add(edgeKey(from, to));
  }
  const criticalEdge: EdgeHeat = {
    className: 'profiler-heat-edge--critical-path',
    style: { stroke: criticalPathColor, strokeWidth: 3 },
    animated: true,
  };

  return {
    bands,
    criticalPathColor,
    nodes,
    criticalEdgeKeys,
    getNodeHeat: (nodeId) => nodes.get(nodeId),
    getEdgeHeat: (edge) =>
      criticalEdgeKeys.has(edgeKey(edge.source, edge.target)) ? criticalEdge : undefined,
  };
}

/** A style patch for one React Flow node or edge (the editor's `Decoration` shape). */
export interface HeatDecoration {
  className?: string;
  style?: CSSProperties;
  animated?: boolean;
}

export interface HeatDecorations {
  /** By node id. */
  nodes: Record<string, HeatDecoration>;
  /** By edge id: only edges on the critical path. */
  edges: Record<string, HeatDecoration>;
}

/**
 * The overlay as records keyed by node id and edge id, ready for an editor that merges decorations into its
 * React Flow nodes and edges. Built with `Object.fromEntries`, so ids such as `__proto__` are ordinary keys.
 *
 * @example
 * const { nodes, edges } = buildHeatDecorations(buildHeatOverlay(profile, theme), editorEdges);
 * editor.setNodeDecorations(nodes);
 * editor.setEdgeDecorations(edges);
 */
export function buildHeatDecorations(
  overlay: HeatOverlay,
  edges: ReadonlyArray<{ id: string; source: string; target: string }>,
): HeatDecorations {
  const nodes = Object.fromEntries(
    [...overlay.nodes.values()]
      .filter((heat) => heat.band !== 'none' || heat.onCriticalPath)
      .map((heat) => [heat.nodeId, { className: heat.className, style: heat.style }]),
  );
  const edgeEntries: Array<[string, HeatDecoration]> = [];
  for (const edge of edges) {
    const heat = overlay.getEdgeHeat(edge);
    if (heat)
      edgeEntries.push([edge.id, { className: heat.className, style: heat.style, animated: heat.animated }]);
  }
  return { nodes, edges: Object.fromEntries(edgeEntries) };
}
