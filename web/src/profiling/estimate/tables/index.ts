/**
 * All built-in rules in one list (exact types and `prefix*` patterns; longest pattern wins at lookup).
 */
import type { NodeMetricDefinition } from '../types';
import { HUGGINGFACE_RULES } from './huggingface';
import { LIB_RULES } from './lib';
import { NODETOOL_RULES } from './nodetool';
import { PROVIDER_RULES } from './providers';

export const BUILTIN_RULES: ReadonlyArray<[string, NodeMetricDefinition]> = [
  ...NODETOOL_RULES,
  ...LIB_RULES,
  ...HUGGINGFACE_RULES,
  ...PROVIDER_RULES,
];
