/**
 * Chart series builders: turn a profile into the typed rows the recharts charts render. Each series is
 * built once per profile and cached (a WeakMap keyed by the profile object), in the spirit of React
 * DevTools' chart builders + profiling cache. Pure: no React, no recharts.
 */
import { labelNode } from '../nodeLabel';
import type { NodeProfile, Profile } from '../../../profiling/types';
import { pluralize } from '../../../text/pluralize';
import { topBy } from './topBy';

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

/** A drawable schedule entry with its node. */
interface ScheduledNode {
  entry: Profile['schedule'][number];
  node: NodeProfile;
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

/**
 * Runtime per node: the `topN` slowest nodes, and one "other" bar summing the rest.
 * Layout-only and zero-runtime nodes are left out.
 */
export function buildRuntimeSeries(profile: Profile, topN = 10): RuntimeSeries {
  return cached(profile, `runtime:${topN}`, () => {
    const total = profile.summary.totalRuntimeMs;
    const costed = profile.nodes.filter((node) => !node.layoutOnly && node.runtimeMs > 0);
    const top = topBy(costed, topN, (node) => node.runtimeMs);
    const shareOf = (ms: number) => (total > 0 ? ms / total : 0);
    const bars: RuntimeBar[] = disambiguateLabels(
      top.map((node) => ({
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
    const restCount = costed.length - top.length;
    if (restCount > 0) {
      const shown = new Set(top);
      let restMs = 0;
      for (const node of costed) if (!shown.has(node)) restMs += node.runtimeMs;
      bars.push({
        key: '__other__',
        label: `Other (${pluralize(restCount, 'node')})`,
        runtimeMs: restMs,
        share: shareOf(restMs),
        onCriticalPath: false,
        nodeCount: restCount,
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
    const bars = disambiguateLabels(
      topBy(withMemory, topN, (node) => node.memoryMb + node.vramMb).map((node) => ({
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
    const byId = new Map<string, NodeProfile>();
    for (const node of profile.nodes) byId.set(node.id, node);
    // One look-up per entry: the critical-path entries in schedule order, and the other drawable ones.
    const critical: ScheduledNode[] = [];
    const others: ScheduledNode[] = [];
    let scheduledCount = 0;
    for (const entry of profile.schedule) {
      const node = byId.get(entry.nodeId);
      if (node === undefined || node.layoutOnly || !(entry.endMs > entry.startMs || node.onCriticalPath))
        continue;
      scheduledCount++;
      (node.onCriticalPath ? critical : others).push({ entry, node });
    }
    const chosen = [
      ...critical.slice(0, maxRows),
      ...topBy(others, Math.max(0, maxRows - critical.length), ({ entry }) => entry.endMs - entry.startMs),
    ];
    chosen.sort((a, b) => a.entry.startMs - b.entry.startMs || a.entry.endMs - b.entry.endMs);
    const rows = disambiguateLabels(
      chosen.map(({ entry, node }): TimelineRow => ({
        key: entry.nodeId,
        label: labelNode(node),
        nodeId: entry.nodeId,
        lane: entry.lane,
        startMs: entry.startMs,
        endMs: entry.endMs,
        durationMs: entry.endMs - entry.startMs,
        range: [entry.startMs, entry.endMs],
        onCriticalPath: node.onCriticalPath,
      })),
    );
    const lanes = [...new Set(profile.schedule.map((entry) => entry.lane))].sort();
    return { rows, lanes, makespanMs: profile.summary.makespanMs, scheduledCount };
  });
}
