/**
 * Every assumption a profile used, gathered by key: the schedule options (workers, GPU lanes, items per
 * list) and each estimator assumption with the nodes it applies to, its values, whether the user can change
 * it and its valid range. The panel lists these; the CLI takes the same keys (`--workers`, `--gpu-lanes`,
 * `--items`, `--assume key=value`).
 */
import { findAssumptionBound, MAX_ASSUMPTION_VALUE } from '../bounds/limits';
import type { Profile } from '../types';

export interface AssumptionEntry {
  key: string;
  label: string;
  unit?: string;
  /** 'workflow': a schedule option; 'nodes': an estimator assumption of the nodes in `nodeIds`. */
  scope: 'workflow' | 'nodes';
  /** Distinct values in the profile (numbers ascending, then text). */
  values: Array<number | string>;
  /** Nodes the assumption applies to (for `defaultItemCount`: the work nodes whose item count it sets). */
  nodeIds: string[];
  /** True when the user can set it (an option, or an estimator assumption read through an override). */
  editable: boolean;
  /** The value the caller set for it, if any. */
  override?: number;
  /** Valid range of a value entered for it. */
  min: number;
  max: number;
  integer: boolean;
}

/** Values the caller set (the same fields as ProfileOptions). */
export interface AssumptionOverrides {
  workers?: number;
  gpuLanes?: number;
  defaultItemCount?: number;
  assumptions?: Record<string, number>;
}

/** Option keys listed first, with their bounds (as resolveOptions checks them). */
const OPTION_ENTRIES = [
  { key: 'workers', label: 'Concurrent CPU / remote workers', unit: 'workers', min: 1, max: 1024 },
  { key: 'gpuLanes', label: 'GPU steps that may run at once', unit: 'lanes', min: 1, max: 64 },
  {
    key: 'defaultItemCount',
    label: 'Items per list/stream whose size the graph does not give',
    unit: 'items',
    min: 1,
    max: 1_000_000,
  },
] as const;

/**
 * @example listAssumptions(profile, { assumptions: { audioSeconds: 120 } }).find((a) => a.key === 'audioSeconds')
 */
export function listAssumptions(profile: Profile, overrides: AssumptionOverrides = {}): AssumptionEntry[] {
  const byKey = new Map<string, AssumptionEntry>();
  // Each entry's distinct values (a list searched per node would be quadratic in a large workflow).
  const seen = new Map<AssumptionEntry, Set<number | string>>();
  for (const node of profile.nodes) {
    for (const assumption of node.details.assumptions) {
      if (assumption.key === 'defaultItemCount') continue;
      let entry = byKey.get(assumption.key);
      if (!entry) {
        const bound = findAssumptionBound(assumption.key);
        entry = {
          key: assumption.key,
          label: assumption.label,
          scope: 'nodes',
          values: [],
          nodeIds: [],
          editable: false,
          min: bound?.min ?? 0,
          max: bound?.max ?? MAX_ASSUMPTION_VALUE,
          integer: false,
        };
        if (assumption.unit !== undefined) entry.unit = assumption.unit;
        const set = overrides.assumptions?.[assumption.key];
        if (typeof set === 'number') entry.override = set;
        byKey.set(assumption.key, entry);
      }
      if (assumption.editable) entry.editable = true;
      let values = seen.get(entry);
      if (!values) seen.set(entry, (values = new Set()));
      if (!values.has(assumption.value)) {
        values.add(assumption.value);
        entry.values.push(assumption.value);
      }
      if (entry.nodeIds[entry.nodeIds.length - 1] !== node.id) entry.nodeIds.push(node.id);
    }
  }
  const itemNodes = profile.nodes
    .filter((n) => !n.layoutOnly && n.details.assumptions.some((a) => a.key === 'defaultItemCount'))
    .map((n) => n.id);
  const options: AssumptionEntry[] = OPTION_ENTRIES.map((o) => {
    const entry: AssumptionEntry = {
      key: o.key,
      label: o.label,
      unit: o.unit,
      scope: 'workflow',
      values: [profile.options[o.key]],
      nodeIds: o.key === 'defaultItemCount' ? itemNodes : [],
      editable: true,
      min: o.min,
      max: o.max,
      integer: true,
    };
    const set = overrides[o.key];
    if (typeof set === 'number') entry.override = set;
    return entry;
  });
  const rest = [...byKey.values()];
  for (const entry of rest) entry.values.sort(compareValues);
  rest.sort((a, b) => Number(b.editable) - Number(a.editable) || a.label.localeCompare(b.label));
  return [...options, ...rest];
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a.localeCompare(b);
}
