/**
 * All built-in rules, in one list. Later entries for the same key replace earlier ones.
 */
import type { NodeMetricDefinition } from '../types';
import { NODETOOL_RULES } from './nodetool';

export const BUILTIN_RULES: ReadonlyArray<[string, NodeMetricDefinition]> = [...NODETOOL_RULES];
