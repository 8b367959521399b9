/**
 * Working objects kept across runs, as the scratch buffer is (graph/scratch.ts).
 *
 * Why: V8 gives an object the "shape" (hidden class) it reaches by adding its fields one by one, and a shape
 * reached that way is held only weakly. When a run's working objects (the id index, the schedule
 * simulation, its heaps, …) all die, a full garbage collection frees their shapes, and every optimised
 * function that relied on them is thrown away ("weak objects" in `--trace-deopt`): in an editor, which
 * re-analyses after every edit with collections in between, the next analysis then runs mostly
 * unoptimised. Keeping the objects themselves, and resetting them at the start of the next run instead of
 * creating new ones, keeps their shapes, and so the optimised code, alive.
 *
 * A `KeptPool` hands out its objects inside `withScratch` only (outside, `take()` creates a fresh object, so
 * results built outside a run never share state with one). Objects taken by a run are its own until the run
 * ends, whether it returns or throws: then each is cleared (so it holds no reference to the run's input) and
 * can be taken again. A nested run (`withScratch` inside `withScratch`) shares the outer run's objects
 * without taking any twice. `releaseScratch()` drops every kept object.
 */

/** An object a pool can hand out again: `clear()` drops its references to the last run's data. */
export interface Reusable {
  clear(): void;
}

interface PoolControl {
  endRun(): void;
  drop(): void;
}

const pools: PoolControl[] = [];
let running = false;
/** Objects of the last run, held until the next run starts (see `keepUntilNextRun`). */
let held: unknown[] = [];

/**
 * A pool of objects of one kind. `take()` gives a kept object (or a new one, kept for the next run) that the
 * caller resets; at most `keep` objects are kept, so a run taking thousands (one per estimated node) keeps
 * a few and creates the rest, which is enough to keep their shape alive.
 */
export class KeptPool<T extends Reusable> {
  private items: T[] = [];
  private used = 0;

  constructor(
    private readonly create: () => T,
    private readonly keep = 64,
  ) {
    pools.push(this);
  }

  /** An object for this run: kept (to be reset by the caller) inside a run, fresh outside one. */
  take(): T {
    if (!running) return this.create();
    if (this.used < this.items.length) return this.items[this.used++]!;
    const item = this.create();
    if (this.items.length < this.keep) {
      this.items.push(item);
      this.used++;
    }
    return item;
  }

  /** How many objects the pool keeps (for tests). */
  get size(): number {
    return this.items.length;
  }

  endRun(): void {
    for (let i = 0; i < this.used; i++) this.items[i]!.clear();
    this.used = 0;
  }

  drop(): void {
    this.items = [];
    this.used = 0;
  }
}

/** Mark the start of a run (`withScratch` calls it); returns false inside a run already going on. */
export function beginKeptRun(): boolean {
  if (running) return false;
  running = true;
  held = [];
  return true;
}

/**
 * Hold `value`, an object the run built (the graph, the estimates, the analysis, the profile, …), until the
 * next run starts. Between two runs it is all that keeps the shapes of such objects alive, so a collection
 * in between does not free them (the next run builds objects of the same shapes and reuses the optimised
 * code). The cost is that the last run's objects live until the next run starts, not longer;
 * `releaseScratch()` drops them at once. Outside a run it does nothing.
 */
export function keepUntilNextRun(value: unknown): void {
  if (running) held.push(value);
}

/** The run is over, normally or by an exception: clear what it took and make it available again. */
export function endKeptRun(): void {
  running = false;
  for (const pool of pools) pool.endRun();
}

/** Drop every kept object (`releaseScratch()` calls it). */
export function dropKeptObjects(): void {
  for (const pool of pools) pool.drop();
  held = [];
}

/** How many objects of the last run are held (for tests). */
export function heldObjectCount(): number {
  return held.length;
}
