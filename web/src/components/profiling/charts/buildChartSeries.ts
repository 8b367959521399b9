/**
 * Chart series builders: turn a profile into the typed rows the recharts charts render. Each series is
 * built once per profile and cached (a WeakMap keyed by the profile object), in the spirit of React
 * DevTools' chart builders + profiling cache. Pure: no React, no recharts.
 */
import { labelNode } from '../nodeLabel';
import type { Profile } from '../../../profiling/types';
import { pluralize } from '../../../text/pluralize';

/** A bar of the runtime chart: a node, or the aggregate of the nodes outside the top N. */
export interface RuntimeBar {
  key: string;
  label: string;
  runtimeMs: number;
  /** Share of the total estimated runtime, 0–1. */
  share: number;
  onCriticalPath: boolean;
  /** Nodes aggregated in this bar (1 for a node bar). */
  nodeCount: number;
  isOther: boolean;
  nodeId?: string;
  type?: string;
}

export interface RuntimeSeries {
  bars: RuntimeBar[];
  totalRuntimeMs: number;
  /** Nodes with a non-zero runtime. */
  costedNodeCount: number;
}

/** A bar of the memory chart: one node's RAM and VRAM. */
export interface MemoryBar {
  key: string;
  label: string;
  nodeId: string;
  type: string;
  memoryMb: number;
  vramMb: number;
  onCriticalPath: boolean;
}

export interface MemorySeries {
  bars: MemoryBar[];
  /** Nodes using any memory. */
  nodeWithMemoryCount: number;
}

/** A row of the Gantt timeline: one scheduled node. */
export interface TimelineRow {
  key: string;
  label: string;
  nodeId: string;
  lane: string;
  startMs: number;
  endMs: number;
  durationMs: number;
  /** `[startMs, endMs]`: recharts draws a floating (range) bar from it. */
  range: [number, number];
  onCriticalPath: boolean;
}

export interface TimelineSeries {
  rows: TimelineRow[];
  lanes: string[];
  makespanMs: number;
  /** Scheduled nodes with a non-zero duration. */
  scheduledCount: number;
}

type SeriesCache = Map<string, unknown>;
const cache = new WeakMap<Profile, SeriesCache>();

function cached<T>(profile: Profile, key: string, build: () => T): T {
  let entry = cache.get(profile);
  if (!entry) {
    entry = new Map();
    cache.set(profile, entry);
  }
  if (entry.has(key)) return entry.get(key) as T;
  const value = build();
  entry.set(key, value);
  return value;
}

/**
 * Makes labels unique within one chart: repeated titles (e.g. many `Wan_T2V` nodes without a title) get their
 * node id appended, so bars and tooltips can be told apart.
 */
export function disambiguateLabels<T extends { label: string; nodeId?: string }>(items: T[]): T[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
  return items.map((item) =>
    (counts.get(item.label) ?? 0) > 1 && item.nodeId !== undefined
      ? { ...item, label: `${item.label} · ${item.nodeId}` }
      : item,
  );
}

function byDescending<T>(value: (item: T) => number): (a: T, b: T) => number {
  return (a, b) => value(b) - value(a);
}

/**
 * Runtime per node: the `topN` slowest nodes, and one "other" bar summing the rest.
 * Layout-only and zero-runtime nodes are left out.
 */
export function buildRuntimeSeries(profile: Profile, topN = 10): RuntimeSeries {
  return cached(profile, `runtime:${topN}`, () => {
    const total = profile.summary.totalRuntimeMs;
    const costed = profile.nodes.filter((node) => !node.layoutOnly && node.runtimeMs > 0);
    const sorted = [...costed].sort(byDescending((node) => node.runtimeMs));
    const shareOf = (ms: number) => (total > 0 ? ms / total : 0);
    const bars: RuntimeBar[] = disambiguateLabels(
      sorted.slice(0, topN).map((node) => ({
        key: node.id,
        label: labelNode(node),
        runtimeMs: node.runtimeMs,
        share: shareOf(node.runtimeMs),
        onCriticalPath: node.onCriticalPath,
        nodeCount: 1,
        isOther: false,
        nodeId: node.id,
        type: node.type,
      })),
    );
    const rest = sorted.slice(topN);
    if (rest.length > 0) {
      const restMs = rest.reduce((sum, node) => sum + node.runtimeMs, 0);
      bars.push({
        key: '__other__',
        label: `Other (${pluralize(rest.length, 'node')})`,
        runtimeMs: restMs,
        share: shareOf(restMs),
        onCriticalPath: false,
        nodeCount: rest.length,
        isOther: true,
      });
    }
    return { bars, totalRuntimeMs: total, costedNodeCount: costed.length };
  });
}

/**
 * Memory per node: the `topN` nodes with the largest RAM + VRAM estimate. No "other" bar: per-node
 * peaks do not add up to a meaningful figure (the workflow's peak is in the summary).
 */
export function buildMemorySeries(profile: Profile, topN = 10): MemorySeries {
  return cached(profile, `memory:${topN}`, () => {
    const withMemory = profile.nodes.filter((node) => !node.layoutOnly && node.memoryMb + node.vramMb > 0);
    const sorted = [...withMemory].sort(byDescending((node) => node.memoryMb + node.vramMb));
    const bars = disambiguateLabels(
      sorted.slice(0, topN).map((node) => ({
        key: node.id,
        label: labelNode(node),
        nodeId: node.id,
        type: node.type,
        memoryMb: node.memoryMb,
        vramMb: node.vramMb,
        onCriticalPath: node.onCriticalPath,
      })),
    );
    return { bars, nodeWithMemoryCount: withMemory.length };
  });
}

/**
 * The estimated schedule as Gantt rows: every critical-path node plus the longest other tasks, up to
 * `maxRows`, in start order. Zero-duration tasks are left out unless they are on the critical path.
 */
export function buildTimelineSeries(profile: Profile, maxRows = 30): TimelineSeries {
  return cached(profile, `timeline:${maxRows}`, () => {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const entries = profile.schedule.filter((entry) => {
      const node = byId.get(entry.nodeId);
      return node !== undefined && (entry.endMs > entry.startMs || node.onCriticalPath) && !node.layoutOnly;
    });
    const critical = entries.filter((entry) => byId.get(entry.nodeId)?.onCriticalPath);
    const others = entries
      .filter((entry) => !byId.get(entry.nodeId)?.onCriticalPath)
      .sort(byDescending((entry) => entry.endMs - entry.startMs));
    const chosen = [
      ...critical.slice(0, maxRows),
      ...others.slice(0, Math.max(0, maxRows - critical.length)),
    ];
    chosen.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    const rows = disambiguateLabels(
      chosen.map((entry): TimelineRow => {
        const node = byId.get(entry.nodeId);
        return {
          key: entry.nodeId,
          label: node ? labelNode(node) : entry.nodeId,
          nodeId: entry.nodeId,
          lane: entry.lane,
          startMs: entry.startMs,
          endMs: entry.endMs,
          durationMs: entry.endMs - entry.startMs,
          range: [entry.startMs, entry.endMs],
          onCriticalPath: node?.onCriticalPath ?? false,
        };
      }),
    );
    const lanes = [...new Set(profile.schedule.map((entry) => entry.lane))].sort();
    return { rows, lanes, makespanMs: profile.summary.makespanMs, scheduledCount: entries.length };
  });
}
