/**
 * Trust flags that need the whole run: terminal messages held in the end-of-job stall, and terminal
 * messages held back while a CPU-bound sibling blocked the server's event loop.
 */
import { lastAtOrBefore } from './collectNodeEvents';
import type { NodeExecution } from './types';

/** Flag executions whose terminal message arrived after the server's own end of the job. */
export function flagAfterJobEnd(executions: Iterable<NodeExecution>, serverEndMs: number | null): void {
  if (serverEndMs === null) return;
  for (const execution of executions) {
    if (execution.endMs !== null && execution.endMs > serverEndMs) addFlag(execution, 'after-job-end');
  }
}

/** Messages this close together (ms) arrived in one burst. */
export const BURST_MS = 25;

/**
 * Without a server duration (failed or cancelled jobs report none), flag the executions whose terminal
 * message arrived in the final burst of the stream together with the job's terminal `job_update`: the
 * end-of-job stall holds exactly those messages back, so they may have arrived after the server's end.
 *
 * `messageTimes`: receive times of every job message, ascending; `jobEndMs`: the terminal job_update's.
 */
export function flagFinalBurst(
  executions: Iterable<NodeExecution>,
  messageTimes: readonly number[],
  jobEndMs: number | null,
): void {
  if (jobEndMs === null) return;
  let i = lastAtOrBefore(messageTimes, jobEndMs);
  if (i < 0) return;
  while (i > 0 && messageTimes[i]! - messageTimes[i - 1]! <= BURST_MS) i--;
  const burstStart = messageTimes[i]!;
  for (const execution of executions) {
    if (execution.endMs !== null && execution.endMs >= burstStart) addFlag(execution, 'after-job-end');
  }
}
/** A sibling must work at least this long (ms) to be able to hide another node's end. */
export const MIN_BLOCKING_MS = 100;

/**
 * Flag `message-delayed` on execution A when a sibling B may have blocked the event loop over A's real end:
 * B began (its `running`) at least BURST_MS after A's own-work start, worked at least MIN_BLOCKING_MS,
 * the job sent no message at all between B's `running` and the last BURST_MS before B's end (the loop was
 * busy), and A's terminal message arrived within BURST_MS of B's. Then A may really have finished any time
 * during B's work and its end could not be sent; the receive time is an upper bound. A later-started
 * sibling that ends with A by coincidence looks the same on the wire, so the flag says "may", not "is".
 *
 * `messageTimes`: receive times of every job message, ascending.
 */
export function flagMessageDelayed(
  executions: readonly NodeExecutionOf[],
  messageTimes: readonly number[],
  isUpstream: (candidate: string, of: string) => boolean,
): void {
  const finished = executions
    .filter((e) => e.execution.endMs !== null)
    .sort((a, b) => a.execution.endMs! - b.execution.endMs!);
  const ends = finished.map((e) => e.execution.endMs!);
  for (const a of finished) {
    const aEnd = a.execution.endMs!;
    const first = lastAtOrBefore(ends, aEnd - BURST_MS - 1e-9) + 1;
    for (let j = first; j < finished.length && ends[j]! <= aEnd + BURST_MS; j++) {
      const b = finished[j]!;
      if (b.nodeId === a.nodeId || !mayHaveBlocked(b.execution, a.execution, messageTimes)) continue;
      // An upstream node's end can release A (an Output completes when its upstream fails): not a sibling.
      if (isUpstream(b.nodeId, a.nodeId)) continue;
      addFlag(a.execution, 'message-delayed');
      break;
    }
  }
}

/** An execution with the id of its node. */
export interface NodeExecutionOf {
  nodeId: string;
  execution: NodeExecution;
}

function mayHaveBlocked(b: NodeExecution, a: NodeExecution, messageTimes: readonly number[]): boolean {
  const bEnd = b.endMs!;
  if (b.runningMs < a.startMs + BURST_MS) return false;
  if (bEnd - b.startMs < MIN_BLOCKING_MS) return false;
  const silentUntil = bEnd - BURST_MS;
  // Messages strictly after B's running and before silentUntil: none means the loop sent nothing.
  const afterRunning = lastAtOrBefore(messageTimes, b.runningMs) + 1;
  const beforeQuiet = lastAtOrBefore(messageTimes, silentUntil - 1e-9) + 1;
  return beforeQuiet <= afterRunning;
}

function addFlag(execution: NodeExecution, flag: NodeExecution['flags'][number]): void {
  if (!execution.flags.includes(flag)) execution.flags.push(flag);
}
