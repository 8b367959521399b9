/**
 * Test input for the pure chart/overlay/table helpers: a hand-written Profile built from a few node specs.
 * It is an honest test input for functions that only reshape a profile, not a stand-in for the engine
 * (panel, store and hook tests run the real engine).
 */
import type { NodeProfile, Profile, ScheduleEntry } from '../../../profiling/types';

export interface FixtureNode {
  id: string;
  runtimeMs: number;
  memoryMb?: number;
  vramMb?: number;
  startMs?: number;
  lane?: string;
  critical?: boolean;
  layoutOnly?: boolean;
  title?: string;
  confidence?: NodeProfile['confidence'];
  parallelizable?: boolean;
}

export function makeProfile(
  specs: FixtureNode[],
  criticalPath: string[] = specs.filter((s) => s.critical).map((s) => s.id),
): Profile {
  const nodes: NodeProfile[] = specs.map((spec, index) => ({
    id: spec.id,
    type: `test.kind.${spec.id}`,
    title: spec.title ?? `Node ${spec.id}`,
    category: 'data',
    complexity: 1 + index,
    runtimeMs: spec.runtimeMs,
    memoryMb: spec.memoryMb ?? 0,
    vramMb: spec.vramMb ?? 0,
    device: 'cpu',
    fanIn: index,
    fanOut: specs.length - index - 1,
    level: index,
    earliestStartMs: spec.startMs ?? 0,
    slackMs: spec.critical ? 0 : 10 * index,
    onCriticalPath: spec.critical ?? false,
    parallelizable: spec.parallelizable ?? !spec.critical,
    known: true,
    confidence: spec.confidence ?? 'medium',
    layoutOnly: spec.layoutOnly ?? false,
    details: { source: 'test fixture', assumptions: [] },
  }));
  const schedule: ScheduleEntry[] = specs.map((spec) => ({
    nodeId: spec.id,
    startMs: spec.startMs ?? 0,
    endMs: (spec.startMs ?? 0) + spec.runtimeMs,
    lane: spec.lane ?? 'worker-0',
  }));
  const totalRuntimeMs = specs.reduce((sum, spec) => sum + spec.runtimeMs, 0);
  const makespanMs = schedule.reduce((max, entry) => Math.max(max, entry.endMs), 0);
  return {
    schemaVersion: 1,
    estimated: true,
    generatedAt: '2026-01-01T00:00:00.000Z',
    hardware: {
      id: 'test',
      name: 'Test GPU',
      vendor: 'nvidia',
      memoryBandwidthGBs: 1000,
      fp16Tflops: 100,
      memoryGb: 24,
    },
    options: { workers: 4, gpuLanes: 1, defaultItemCount: 4 },
    summary: {
      score: 80,
      grade: 'B',
      totalRuntimeMs,
      criticalPathMs: specs.filter((s) => s.critical).reduce((sum, s) => sum + s.runtimeMs, 0),
      criticalPath,
      makespanMs,
      peakMemoryMb: 0,
      peakVramMb: 0,
      parallelOpportunities: 0,
      bottlenecks: [],
      cycles: [],
      warnings: [],
      nodeCount: specs.length,
      edgeCount: 0,
      unknownTypes: [],
      unknownNodeCount: 0,
      scoreBreakdown: [],
    },
    nodes,
    schedule,
    suggestions: [],
  };
}
