/**
 * Node id → node index, for resolving every edge endpoint of a workflow. A `Map<string, number>` of a
 * million ids is tens of megabytes of heap entries that every lookup walks through cache misses; this index
 * is an open-addressing hash table in two typed arrays (≈ 12 bytes per node) over the ids array itself.
 *
 * Ids are hashed in full (FNV-1a with a final mix), so ids differing in any character spread out. Should a
 * pathological set of ids collide anyway (probe chains far longer than a hash table's), the index switches
 * to a `Map` and stays linear. Ids such as `__proto__` are plain keys either way.
 */

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

export class IdIndex implements IdLookup {
  /** Slot → node index + 1 (0 = empty). */
  private readonly slots: Int32Array;
  /** Node index → hash of its id. */
  private readonly hashes: Int32Array;
  private readonly ids: string[];
  private count = 0;
  private readonly mask: number;
  private probes = 0;
  private ops = 0;
  private map: Map<string, number> | null = null;

  /**
   * @param capacity most ids that will be added (the table is sized for at most half full).
   * @param hash the hash function (tests pass a degenerate one to exercise the fallback).
   */
  constructor(
    capacity: number,
    private readonly hash: (id: string) => number = hashId,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(Math.max(1, capacity));
    this.ids = new Array<string>(Math.max(0, capacity));
    this.mask = size - 1;
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
    const { slots, hashes, ids, mask } = this;
    let p = h & mask;
    let probes = 1;
    for (; ; probes++) {
      const slot = slots[p]!;
      if (slot === 0) break;
      const j = slot - 1;
      if (hashes[j] === h && ids[j] === id) {
        this.countProbes(probes);
        return j;
      }
      p = (p + 1) & mask;
    }
    if (this.count >= hashes.length) {
      // More ids than the capacity given: keep going with a Map rather than overfill the table.
      this.switchToMap();
      return this.addToMap(id);
    }
    const index = this.count++;
    ids[index] = id;
    hashes[index] = h;
    slots[p] = index + 1;
    this.countProbes(probes);
    return -1;
  }

  get(id: string): number | undefined {
    if (this.map) return this.map.get(id);
    const h = this.hash(id);
    const { slots, hashes, ids, mask } = this;
    let p = h & mask;
    let probes = 1;
    for (; ; probes++) {
      const slot = slots[p]!;
      if (slot === 0) break;
      const j = slot - 1;
      if (hashes[j] === h && ids[j] === id) {
        this.countProbes(probes);
        return j;
      }
      p = (p + 1) & mask;
    }
    this.countProbes(probes);
    return undefined;
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
