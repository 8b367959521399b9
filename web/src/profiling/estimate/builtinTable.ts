/**
 * The built-in metric table: every rule of tables/*.ts in one immutable table.
 */
import { addBuiltinRules, createEmptyMetricTable } from './metricTable';
import { BUILTIN_RULES } from './tables';
import type { MetricTable } from './types';

/**
 * A fresh table holding the built-in rules for NodeTool's namespaces (nodetool.*, lib.*, huggingface.*,
 * openai.*, anthropic.*, gemini.*, ollama.*, mlx.*, vector/chroma.*, elevenlabs.*, search.*, …).
 */
export function createBuiltinMetricTable(): MetricTable {
  const table = createEmptyMetricTable();
  addBuiltinRules(table, BUILTIN_RULES);
  return table;
}
