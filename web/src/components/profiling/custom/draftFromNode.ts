/**
 * The starting values of the "Define metrics" form for a type (an existing definition, or the category and
 * device the profile guessed), and the measured median per execution when runs measured that type.
 */
import type { CustomMetric, Profile } from '../../../profiling';
import type { MeasuredView } from '../../../runs/measure/buildMeasuredView';

export interface MetricDraft {
  type: string;
  category: CustomMetric['category'];
  device: CustomMetric['device'];
  runtimeMs: string;
  memoryMb: string;
  vramMb: string;
  note: string;
}

/** Median measured time per execution of nodes of `type`, ms, or null when none was measured. */
export function measuredMsOfType(
  profile: Profile,
  type: string,
  measured: MeasuredView | null,
): number | null {
  if (!measured) return null;
  const values: number[] = [];
  for (const node of profile.nodes) {
    if (node.type !== type) continue;
    const actual = measured.nodes[node.id];
    if (actual && actual.ms !== null && actual.trusted)
      values.push(actual.ms / Math.max(1, actual.executions));
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

export function draftFromNode(profile: Profile, type: string, existing?: CustomMetric): MetricDraft {
  if (existing) {
    return {
      type: existing.type,
      category: existing.category,
      device: existing.device,
      runtimeMs: String(existing.runtimeMs),
      memoryMb: String(existing.memoryMb),
      vramMb: String(existing.vramMb),
      note: existing.note ?? '',
    };
  }
  // Category and device start at the guess the profile used; the numbers are left for the user (or the
  // measured runs) to give: saving the category defaults unchanged would claim a definition nobody made.
  const node = profile.nodes.find((n) => n.type === type);
  return {
    type,
    category: node?.category ?? 'data',
    device: node?.device ?? 'cpu',
    runtimeMs: '',
    memoryMb: '',
    vramMb: '',
    note: '',
  };
}
