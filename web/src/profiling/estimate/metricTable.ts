/**
 * Metric tables: lookup by exact type, then by the longest matching `prefix*` pattern. Rules registered by the
 * user (`registerMetricRule`) win over built-in ones. Tables are immutable values: registering returns a new one.
 */
import { describeValue } from '../bounds/describeValue';
import { MAX_NODE_MEMORY_MB, MAX_NODE_RUNTIME_MS } from '../bounds/limits';
import { ProfileError } from '../errors';
import type { MetricRule, MetricTable, NodeMetricDefinition } from './types';

/** An empty table. */
export function createEmptyMetricTable(): MetricTable {
  return { exact: new Map(), patterns: [], user: { exact: new Map(), patterns: [] } };
}

function isPattern(typeOrPattern: string): boolean {
  return typeOrPattern.endsWith('*');
}

function sortLongestFirst(rules: MetricRule[]): MetricRule[] {
  return rules.sort((a, b) => b.pattern.length - a.pattern.length);
}

/** Add built-in rules to a table in place (used only while building the built-in table). */
export function addBuiltinRules(table: MetricTable, rules: Iterable<[string, NodeMetricDefinition]>): void {
  RESOLVED.delete(table);
  for (const [pattern, definition] of rules) {
    if (isPattern(pattern)) {
      const others = table.patterns.filter((r) => r.pattern !== pattern);
      table.patterns = sortLongestFirst([...others, { pattern, definition }]);
    } else {
      table.exact.set(pattern, definition);
    }
  }
}

function checkRule(typeOrPattern: string, def: NodeMetricDefinition): void {
  if (
    typeof typeOrPattern !== 'string' ||
    typeOrPattern.trim() === '' ||
    (typeOrPattern.indexOf('*') < typeOrPattern.length - 1 && typeOrPattern.includes('*'))
  ) {
    throw new ProfileError(
      'metrics.invalid-pattern',
      `Metric rule "${String(typeOrPattern)}" must be an exact node type or a prefix ending in a single "*" (e.g. "huggingface.text_to_image.*").`,
      { field: 'typeOrPattern' },
    );
  }
  if (!def || typeof def !== 'object' || typeof def.category !== 'string' || !def.defaults) {
    throw new ProfileError(
      'metrics.invalid-definition',
      `Metric rule "${typeOrPattern}" needs a definition with a category, baseComplexity and defaults.`,
      { field: 'definition' },
    );
  }
  checkDefaults(typeOrPattern, def);
}

const DEVICES: ReadonlySet<unknown> = new Set(['gpu', 'cpu', 'remote', 'none']);

/** Rule defaults within the engine's bounds, so no registered rule can make a profile infinite. */
function checkDefaults(typeOrPattern: string, def: NodeMetricDefinition): void {
  const d = def.defaults as unknown as Record<string, unknown>;
  const limits: Array<[field: string, max: number]> = [
    ['runtimeMs', MAX_NODE_RUNTIME_MS],
    ['memoryMb', MAX_NODE_MEMORY_MB],
    ['vramMb', MAX_NODE_MEMORY_MB],
  ];
  for (const [field, max] of limits) {
    const value = d[field];
    if (typeof value !== 'number' || !(value >= 0 && value <= max)) {
      throw new ProfileError(
        'metrics.invalid-definition',
        `Metric rule "${typeOrPattern}": defaults.${field} must be a number from 0 to ${max} (got ${describeValue(value)}).`,
        { field: `defaults.${field}` },
      );
    }
  }
  if (!DEVICES.has(d.device)) {
    throw new ProfileError(
      'metrics.invalid-definition',
      `Metric rule "${typeOrPattern}": defaults.device must be gpu, cpu, remote or none (got ${describeValue(d.device)}).`,
      { field: 'defaults.device' },
    );
  }
}

/**
 * Return a NEW table with a user rule added. Exact types and `prefix*` patterns are accepted; user rules win
 * over built-in rules (a user pattern beats a built-in exact match), and among user rules exact beats pattern.
 * @example registerMetricRule(table, 'acme.*', { category: 'http', baseComplexity: 3, defaults: {...} })
 */
export function registerMetricRule(
  table: MetricTable,
  typeOrPattern: string,
  def: NodeMetricDefinition,
): MetricTable {
  checkRule(typeOrPattern, def);
  const user = table.user ?? { exact: new Map(), patterns: [] };
  const next: NonNullable<MetricTable['user']> = { exact: new Map(user.exact), patterns: [...user.patterns] };
  if (isPattern(typeOrPattern)) {
    next.patterns = sortLongestFirst([
      ...next.patterns.filter((r) => r.pattern !== typeOrPattern),
      { pattern: typeOrPattern, definition: def },
    ]);
  } else {
    next.exact.set(typeOrPattern, def);
  }
  return { exact: table.exact, patterns: table.patterns, user: next };
}

function matchPatterns(rules: MetricRule[], type: string): NodeMetricDefinition | undefined {
  let best: MetricRule | undefined;
  for (const rule of rules) {
    const prefix = rule.pattern.slice(0, -1);
    if (type.startsWith(prefix) && (!best || rule.pattern.length > best.pattern.length)) best = rule;
  }
  return best?.definition;
}

/**
 * Resolved definitions by table and type. Tables are immutable values (registering returns a new table;
 * `addBuiltinRules` forgets the table it changes), so a type resolves to the same definition for the table's
 * whole life; the patterns are scanned once per type.
 */
const RESOLVED = new WeakMap<MetricTable, Map<string, NodeMetricDefinition | null>>();
/** Types remembered per table (cleared when full, so odd inputs cannot grow it without bound). */
const RESOLVED_MAX = 4096;

/** Find the definition of a type: user exact, user pattern, built-in exact, built-in longest pattern. */
export function resolveMetricDefinition(table: MetricTable, type: string): NodeMetricDefinition | undefined {
  if (typeof type !== 'string') return undefined;
  let cache = RESOLVED.get(table);
  if (!cache) {
    cache = new Map();
    RESOLVED.set(table, cache);
  }
  const known = cache.get(type);
  if (known !== undefined) return known ?? undefined;
  const found = scanTable(table, type);
  if (cache.size >= RESOLVED_MAX) cache.clear();
  cache.set(type, found ?? null);
  return found;
}

function scanTable(table: MetricTable, type: string): NodeMetricDefinition | undefined {
  const user = table.user;
  if (user) {
    const hit = user.exact.get(type) ?? matchPatterns(user.patterns, type);
    if (hit) return hit;
  }
  return table.exact.get(type) ?? matchPatterns(table.patterns, type);
}

/** Tables whose rules were checked (tables are immutable values: a check holds for the table's life). */
const CHECKED = new WeakSet<MetricTable>();

/**
 * Check every rule of a table handed in as an option (a hand-built table may hold anything): each must be a
 * valid pattern with a definition whose defaults are within bounds. Throws `metrics.invalid-definition` or
 * `metrics.invalid-pattern`, like `registerMetricRule`.
 */
export function checkMetricTable(table: MetricTable): void {
  if (CHECKED.has(table)) return;
  const lists: unknown[] = [table.patterns];
  const user = table.user as unknown;
  if (user !== undefined) {
    const u = user as Partial<NonNullable<MetricTable['user']>> | null;
    if (!u || !(u.exact instanceof Map) || !Array.isArray(u.patterns)) {
      throw new ProfileError(
        'metrics.invalid-definition',
        'The metric table\'s user rules must hold an "exact" Map and a "patterns" array (use registerMetricRule).',
        { field: 'metrics.user' },
      );
    }
    lists.push(u.patterns);
    for (const [type, def] of u.exact) checkRule(type, def);
  }
  for (const [type, def] of table.exact) checkRule(type, def);
  for (const list of lists) {
    for (const rule of list as unknown[]) {
      const r = rule as Partial<MetricRule> | null;
      if (!r || typeof r !== 'object' || typeof r.pattern !== 'string' || !isPattern(r.pattern)) {
        throw new ProfileError(
          'metrics.invalid-pattern',
          'A pattern rule of the metric table must be { pattern: "prefix*", definition } (use registerMetricRule).',
          { field: 'metrics.patterns' },
        );
      }
      checkRule(r.pattern, r.definition as NodeMetricDefinition);
    }
  }
  CHECKED.add(table);
}
