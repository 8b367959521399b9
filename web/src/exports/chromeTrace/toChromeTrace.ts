/**
 * A profile (and measured runs) as a Chrome trace: opens in Perfetto (ui.perfetto.dev), chrome://tracing and
 * the DevTools Performance panel. One process holds the estimated schedule, one thread per worker or GPU lane;
 * each measured run is a process of its own whose threads hold the nodes' own-work intervals. Every track
 * starts at 0 = the start of the workflow, so the estimate and the runs line up.
 */
import type { NodeProfile, Profile } from '../../profiling/types';
import type { RunRecord } from '../../runs/types';
import { assignTracks } from './assignTracks';
import type { ChromeTrace, CompleteEvent, MetadataEvent, TraceEvent } from './traceTypes';
import { compareCodeUnits } from '../../text/compareCodeUnits';

const US_PER_MS = 1000;
/** The process of the estimated schedule; measured runs follow from 2 on. */
const ESTIMATE_PID = 1;

/** Microseconds from milliseconds, rounded to 0.001 µs so that floating noise does not show. */
function toUs(ms: number): number {
  return Math.round(ms * US_PER_MS * 1000) / 1000;
}

interface Slice {
  event: Omit<CompleteEvent, 'pid' | 'tid'>;
  /** Group whose threads the slice may go on: a lane of the schedule, or a run. */
  group: string;
}

/**
 * Builds the trace. Layout nodes (Comment, Group, Preview) cost nothing and are left out.
 * @param runs measured runs to add, one process each, in the order given.
 * @example JSON.stringify(toChromeTrace(profile, runs)) // open the file in ui.perfetto.dev
 */
export function toChromeTrace(profile: Profile, runs: readonly RunRecord[] = []): ChromeTrace {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const events: TraceEvent[] = [];
  // Appended one by one: spreading a million-slice array into push() would overflow the call stack.
  const append = (list: readonly TraceEvent[]) => {
    for (const event of list) events.push(event);
  };
  const hardware = profile.hardware.name;
  append(processMeta(ESTIMATE_PID, `Estimated schedule on ${hardware} (estimate)`, 0));
  append(placeSlices(ESTIMATE_PID, estimatedSlices(profile, nodes), laneOrder, laneName));
  runs.forEach((record, index) => {
    const pid = ESTIMATE_PID + 1 + index;
    append(processMeta(pid, runName(record, index), index + 1));
    append(
      placeSlices(
        pid,
        measuredSlices(record, nodes),
        () => 0,
        () => 'Node work',
      ),
    );
  });
  return {
    traceEvents: events,
    displayTimeUnit: 'ms',
    otherData: {
      generator: 'Workflow Performance Profiler',
      workflow: profile.name ?? '',
      hardware,
      estimate: `Process ${ESTIMATE_PID} is the estimated schedule (${profile.options.workers} workers, ${profile.options.gpuLanes} GPU lanes), not a measurement.`,
      generatedAt: profile.generatedAt,
    },
  };
}

function estimatedSlices(profile: Profile, nodes: Map<string, NodeProfile>): Slice[] {
  const slices: Slice[] = [];
  for (const entry of profile.schedule) {
    const node = nodes.get(entry.nodeId);
    if (node?.layoutOnly) continue;
    slices.push({
      group: entry.lane,
      event: {
        name: node?.title ?? entry.nodeId,
        cat: 'estimate',
        ph: 'X',
        ts: toUs(entry.startMs),
        dur: toUs(Math.max(0, entry.endMs - entry.startMs)),
        args: {
          id: entry.nodeId,
          type: node?.type ?? null,
          category: node?.category ?? null,
          lane: entry.lane,
          device: node?.device ?? null,
          estimated: true,
          source: node?.details.source ?? null,
        },
      },
    });
  }
  return slices;
}

function measuredSlices(record: RunRecord, nodes: Map<string, NodeProfile>): Slice[] {
  const slices: Slice[] = [];
  for (const run of Object.values(record.nodes)) {
    const node = nodes.get(run.nodeId);
    run.executions.forEach((execution, k) => {
      // An execution that never finished is drawn up to the last message received, and says so.
      const endMs = execution.endMs ?? Math.max(execution.startMs, record.lastMessageMs ?? execution.startMs);
      const name = node?.title ?? run.nodeType ?? run.nodeId;
      slices.push({
        group: record.id,
        event: {
          name: execution.endMs === null ? `${name} (unfinished)` : name,
          cat: 'measured',
          ph: 'X',
          ts: toUs(execution.startMs),
          dur: toUs(Math.max(0, endMs - execution.startMs)),
          args: {
            id: run.nodeId,
            type: node?.type ?? run.nodeType,
            category: node?.category ?? null,
            run: record.id,
            execution: k + 1,
            executions: run.executions.length,
            status: execution.status,
            trusted: execution.flags.length === 0 && execution.status !== 'unfinished',
            flags: execution.flags,
          },
        },
      });
    });
  }
  return slices;
}

/**
 * Gives each slice a thread: per group (lane or run), as many threads as overlapping slices need
 * (`assignTracks`), then numbers the threads 1… in group order and names them.
 */
function placeSlices(
  pid: number,
  slices: readonly Slice[],
  groupOrder: (group: string) => number,
  groupName: (group: string) => string,
): TraceEvent[] {
  const byGroup = new Map<string, Slice[]>();
  for (const slice of slices) {
    const list = byGroup.get(slice.group);
    if (list) list.push(slice);
    else byGroup.set(slice.group, [slice]);
  }
  const groups = [...byGroup.keys()].sort((a, b) => groupOrder(a) - groupOrder(b) || compareCodeUnits(a, b));
  const meta: MetadataEvent[] = [];
  const out: CompleteEvent[] = [];
  let nextTid = 1;
  for (const group of groups) {
    const members = byGroup.get(group)!;
    const tracks = assignTracks(
      members.map(({ event }) => ({ startUs: event.ts, endUs: event.ts + event.dur })),
    );
    let trackCount = 1;
    for (const track of tracks) if (track + 1 > trackCount) trackCount = track + 1;
    const firstTid = nextTid;
    nextTid += trackCount;
    for (let t = 0; t < trackCount; t++) {
      const name = trackCount === 1 ? groupName(group) : `${groupName(group)} (${t + 1} of ${trackCount})`;
      meta.push(threadMeta(pid, firstTid + t, 'thread_name', { name }));
      meta.push(threadMeta(pid, firstTid + t, 'thread_sort_index', { sort_index: firstTid + t }));
    }
    members.forEach(({ event }, i) => out.push({ ...event, pid, tid: firstTid + tracks[i]! }));
  }
  out.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const all: TraceEvent[] = meta;
  for (const event of out) all.push(event);
  return all;
}

/** GPU lanes first, then workers, each by number ('gpu-0', 'gpu-1', 'worker-0', …). */
function laneOrder(lane: string): number {
  const match = /^(gpu|worker)-(\d+)$/.exec(lane);
  if (!match) return Number.MAX_SAFE_INTEGER;
  return (match[1] === 'gpu' ? 0 : 1_000_000) + Number(match[2]);
}

function laneName(lane: string): string {
  const match = /^(gpu|worker)-(\d+)$/.exec(lane);
  if (!match) return lane;
  return `${match[1] === 'gpu' ? 'GPU lane' : 'Worker'} ${Number(match[2]) + 1}`;
}

function runName(record: RunRecord, index: number): string {
  const when = new Date(record.startedAt).toISOString().replace('T', ' ').slice(0, 19);
  return `Run ${index + 1}: ${record.status}, ${when} UTC (measured)`;
}

function processMeta(pid: number, name: string, sortIndex: number): MetadataEvent[] {
  return [
    { name: 'process_name', ph: 'M', pid, tid: 0, args: { name } },
    { name: 'process_sort_index', ph: 'M', pid, tid: 0, args: { sort_index: sortIndex } },
  ];
}

function threadMeta(
  pid: number,
  tid: number,
  name: 'thread_name' | 'thread_sort_index',
  args: MetadataEvent['args'],
): MetadataEvent {
  return { name, ph: 'M', pid, tid, args };
}
