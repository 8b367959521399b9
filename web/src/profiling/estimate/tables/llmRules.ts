/**
 * LLM node profiles (typical output and prompt overhead are ASSUMPTIONS, overridable by key).
 */
import { estimateLlm, type LlmNodeProfile } from '../estimators/llm';
import type { NodeMetricDefinition, NormalizedNode } from '../types';
import { rule, unknownCount } from './define';

const hasTools = (node: NormalizedNode): boolean =>
  Array.isArray(node.params.tools) && node.params.tools.length > 0;

/** Profiles by node kind. */
export const LLM_PROFILES = {
  agent: { typicalOutputTokens: 800, promptOverheadTokens: 600, calls: 1 },
  chat: { typicalOutputTokens: 500, promptOverheadTokens: 50, calls: 1 },
  classifier: { typicalOutputTokens: 16, promptOverheadTokens: 150, calls: 1 },
  summarizer: { typicalOutputTokens: 300, promptOverheadTokens: 100, calls: 1 },
  extractor: { typicalOutputTokens: 300, promptOverheadTokens: 200, calls: 1 },
  listGenerator: { typicalOutputTokens: 1024, promptOverheadTokens: 150, calls: 1, emitsItems: unknownCount },
  dataGenerator: { typicalOutputTokens: 1024, promptOverheadTokens: 200, calls: 1, emitsItems: unknownCount },
  codeGenerator: { typicalOutputTokens: 1500, promptOverheadTokens: 200, calls: 1 },
} satisfies Record<string, LlmNodeProfile>;

/** A rule for an LLM node kind. Agents with tools make 3 calls (plan, tool, answer; ASSUMPTION). */
export function llmRule(kind: keyof typeof LLM_PROFILES): NodeMetricDefinition {
  const profile: LlmNodeProfile = LLM_PROFILES[kind];
  const emits = 'emitsItems' in profile ? profile.emitsItems : undefined;
  return rule(
    'llm',
    (node, ctx) =>
      estimateLlm(node, ctx, kind === 'agent' && hasTools(node) ? { ...profile, calls: 3 } : profile),
    `LLM physics (${kind})`,
    emits ? { emitsItems: emits } : {},
  );
}
