/** Immutable Map / Set updates for store state (a new collection whenever something changes). */

/** A copy without `key` (the same map when the key is absent). */
export function withoutKey<V>(map: Map<string, V>, key: string): Map<string, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

/** A copy with `key` set last (Map order = recency). */
export function withKey<V>(map: Map<string, V>, key: string, value: V): Map<string, V> {
  const next = new Map(map);
  next.delete(key);
  return next.set(key, value);
}

/** A copy of the set with or without `key` (the same set when nothing changes). */
export function toggled(set: Set<string>, key: string, present: boolean): Set<string> {
  if (set.has(key) === present) return set;
  const next = new Set(set);
  if (present) next.add(key);
  else next.delete(key);
  return next;
}
