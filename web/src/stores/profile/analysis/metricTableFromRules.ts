/**
 * The metric table a worker analyses with: the built-in table plus the posted rules, in order (the store
 * builds its own table the same way). Kept for the next request while the rules are the same, so an edit
 * re-analyses without rebuilding the table.
 */
import { createBuiltinMetricTable, registerMetricRule, type MetricTable } from '../../../profiling';
import type { MetricRuleData } from './analysisRequest';

export function createMetricTableCache(): (rules: readonly MetricRuleData[]) => MetricTable {
  let lastKey: string | null = null;
  let lastTable: MetricTable | null = null;
  return (rules) => {
    const key = JSON.stringify(rules);
    if (lastTable && key === lastKey) return lastTable;
    const table = rules.reduce(
      (current, rule) => registerMetricRule(current, rule.pattern, rule.definition),
      createBuiltinMetricTable(),
    );
    lastKey = key;
    lastTable = table;
    return table;
  };
}
