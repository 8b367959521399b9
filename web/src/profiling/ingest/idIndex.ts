/**
 * Node id → node index, for resolving every edge endpoint of a workflow. A `Map<string, number>` of a
 * million ids is tens of megabytes of heap entries that every lookup walks through cache misses; this index
 * is an open-addressing hash table in one typed array (≈ 16 bytes per node) over the ids array itself. Each
 * slot holds an index and its id's hash side by side, so a probe reads one cache line and compares strings
 * only on a hash match.
 *
 * Ids are hashed in full (FNV-1a with a final mix), so ids differing in any character spread out. Should a
 * pathological set of ids collide anyway (probe chains far longer than a hash table's), the index switches
 * to a `Map` and stays linear. Ids such as `__proto__` are plain keys either way.
 */

import { KeptPool, type Reusable } from '../graph/keptObjects';
import { allocInt32 } from '../graph/scratch';

/** The lookups the engine needs from an id index (a `Map<string, number>` satisfies it too). */
export interface IdLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
  readonly size: number;
}

/** 32-bit FNV-1a over the UTF-16 code units, then a murmur-style final mix. */
export function hashId(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Average probes per operation beyond which the table gives way to a Map (a well-spread table needs ~1.5). */
const MAX_AVERAGE_PROBES = 16;

/** The empty table of a cleared index (kept between runs, see graph/keptObjects.ts). */
const NO_SLOTS = new Int32Array(0);

export class IdIndex implements IdLookup, Reusable {
  /** Slot p: [2p] = node index + 1 (0 = empty), [2p + 1] = the hash of that node's id. */
  private slots: Int32Array = NO_SLOTS;
  private capacity = 0;
  private ids: string[] = [];
  private count = 0;
  private mask = 0;
  private probes = 0;
  private ops = 0;
  private map: Map<string, number> | null = null;
  private hash: (id: string) => number = hashId;

  /**
   * @param capacity most ids that will be added (the table is sized for at most half full).
   * @param hash the hash function (tests pass a degenerate one to exercise the fallback).
   */
  constructor(capacity: number, hash: (id: string) => number = hashId) {
    this.reset(capacity, hash);
  }

  /** Empty the index for at most `capacity` ids (the same object serves the next run). */
  reset(capacity: number, hash: (id: string) => number = hashId): this {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    // Scratch memory inside a profiling run (see graph/scratch.ts), a fresh array otherwise.
    this.slots = allocInt32(2 * size);
    this.capacity = Math.max(0, capacity);
    this.ids = new Array<string>(this.capacity);
    this.count = 0;
    this.mask = size - 1;
    this.probes = 0;
    this.ops = 0;
    this.map = null;
    this.hash = hash;
    return this;
  }

  /** Drop the ids and the table (what a kept index holds between runs). */
  clear(): void {
    this.slots = NO_SLOTS;
    this.capacity = 0;
    this.ids = [];
    this.count = 0;
    this.mask = 0;
    this.map = null;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Add `id` as the next index (`size`) unless it is already present.
   * @returns the index `id` already had, or -1 when it was added.
   */
  add(id: string): number {
    if (this.map) return this.addToMap(id);
    const h = this.hash(id);
    const found = this.probe(id, h);
    if (found >= 0) return found;
    // The probe may have given up on the table (probe chains too long): continue in the Map.
    if (this.map) return this.addToMap(id);
    if (this.count >= this.capacity) {
      // More ids than the capacity given: keep going with a Map rather than overfill the table.
      this.switchToMap();
      return this.addToMap(id);
    }
    const p = -found - 1;
    const index = this.count++;
    this.ids[index] = id;
    this.slots[2 * p] = index + 1;
    this.slots[2 * p + 1] = h;
    return -1;
  }

  get(id: string): number | undefined {
    if (this.map) return this.map.get(id);
    const found = this.probe(id, this.hash(id));
    return found >= 0 ? found : undefined;
  }

  /** The index of `id` (hash h), or −(p + 1) where p is the empty slot that ends its probe sequence. */
  private probe(id: string, h: number): number {
    const { slots, ids, mask } = this;
    let p = h & mask;
    let probes = 1;
    for (; ; probes++) {
      const slot = slots[2 * p]!;
      if (slot === 0) break;
      if (slots[2 * p + 1] === h && ids[slot - 1] === id) {
        this.countProbes(probes);
        return slot - 1;
      }
      p = (p + 1) & mask;
    }
    this.countProbes(probes);
    return -p - 1;
  }

  /** The ids added, in index order (`ids[v]` is node v's id). The index keeps working after this call. */
  idList(): string[] {
    this.ids.length = this.count;
    return this.ids;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  private countProbes(probes: number): void {
    this.probes += probes;
    this.ops++;
    if (this.probes > MAX_AVERAGE_PROBES * this.ops + 1024) this.switchToMap();
  }

  private switchToMap(): void {
    if (this.map) return;
    const map = new Map<string, number>();
    for (let i = 0; i < this.count; i++) map.set(this.ids[i]!, i);
    this.map = map;
  }

  private addToMap(id: string): number {
    const map = this.map!;
    const first = map.get(id);
    if (first !== undefined) return first;
    const index = this.count++;
    this.ids[index] = id;
    map.set(id, index);
    return -1;
  }
}

const kept = new KeptPool(() => new IdIndex(0), 4);

/** An empty id index for `capacity` ids: inside a profiling run, the one kept from the last run. */
export function createIdIndex(capacity: number): IdIndex {
  return kept.take().reset(capacity);
}
