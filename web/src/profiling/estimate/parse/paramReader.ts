/**
 * Reads numeric parameters of one node, defensively: NaN, strings, negative or absurd values are clamped to a
 * valid range and reported as `param.*` warnings; values the graph does not give fall back to a visible,
 * adjustable assumption (overridable through `EstimateContext.assumptions` by key).
 */
import { clampAssumption } from '../../bounds/limits';
import type { Assumption, ProfileIssue } from '../../types';
import { quoteValue } from '../../quoteValue';
import { KeptPool, type Reusable } from '../../graph/keptObjects';
import type { EstimateContext, NormalizedNode } from '../types';

export interface NumberSpec {
  /** Assumed value when the parameter is absent (recorded as an assumption). */
  fallback: number;
  min: number;
  max: number;
  label: string;
  unit?: string;
  /** Round to an integer. */
  integer?: boolean;
  /** Key under which the user may override the assumed value (defaults to the first parameter name). */
  assumptionKey?: string;
}

const NO_NODE: NormalizedNode = { id: '', type: '', title: '', params: {} };
/** What a cleared reader holds (never read: a reader is reset with a real context before use). */
const NO_CONTEXT = { upstreamTextChars: 0, assumptions: {} } as unknown as EstimateContext;

/**
 * Collects assumptions and warnings while an estimator reads a node. Estimators take one with
 * `readerFor(node, ctx)`, which inside a profiling run reuses readers kept from earlier runs.
 */
export class ParamReader implements Reusable {
  assumptions: Assumption[] = [];
  warnings: ProfileIssue[] = [];
  node: NormalizedNode = NO_NODE;
  ctx: EstimateContext = NO_CONTEXT;

  constructor(node: NormalizedNode, ctx: EstimateContext) {
    this.reset(node, ctx);
  }

  /** Start reading `node` (the assumption and warning lists are new: estimates keep them). */
  reset(node: NormalizedNode, ctx: EstimateContext): this {
    this.assumptions = [];
    this.warnings = [];
    this.node = node;
    this.ctx = ctx;
    return this;
  }

  /** Drop the node and context (what a kept reader holds between runs). */
  clear(): void {
    this.reset(NO_NODE, NO_CONTEXT);
  }

  /** The raw parameter value (own property only: no prototype lookups). */
  raw(name: string): unknown {
    const params = this.node.params;
    return params && Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
  }

  /** First present raw value among names. */
  firstRaw(names: readonly string[]): { name: string; value: unknown } | undefined {
    for (const name of names) {
      const value = this.raw(name);
      if (value !== undefined && value !== null && value !== '') return { name, value };
    }
    return undefined;
  }

  /**
   * Add an assumption (deduplicated by key). `editable`: the estimator reads `override(key)` for it, so
   * `options.assumptions[key]` changes it.
   */
  assume(key: string, label: string, value: number | string, unit?: string, editable = false): void {
    if (this.assumptions.some((a) => a.key === key)) return;
    const assumption: Assumption = unit === undefined ? { key, label, value } : { key, label, value, unit };
    if (editable) assumption.editable = true;
    this.assumptions.push(assumption);
  }

  /** A user override of an assumption, if one is set and valid. */
  override(key: string): number | undefined {
    const v = this.ctx.assumptions ? this.ctx.assumptions[key] : undefined;
    return typeof v === 'number' && Number.isFinite(v) ? clampAssumption(key, v) : undefined;
  }

  warn(code: string, field: string, message: string): void {
    this.warnings.push({ code, severity: 'warning', message, nodeId: this.node.id, field });
  }

  /**
   * Read a number from the first present parameter in `names`; clamp to [min, max]; fall back to the spec's
   * assumption (or the user's override of it) when absent.
   */
  number(names: string | readonly string[], spec: NumberSpec): number {
    const list = typeof names === 'string' ? [names] : names;
    const key = spec.assumptionKey ?? list[0] ?? 'value';
    const found = this.firstRaw(list);
    const fix = (v: number) => (spec.integer ? Math.round(v) : v);
    if (!found) {
      const media = this.ctx.upstreamMedia as Record<string, unknown> | undefined;
      const known = media && Object.prototype.hasOwnProperty.call(media, key) ? media[key] : undefined;
      if (
        typeof known === 'number' &&
        Number.isFinite(known) &&
        known > 0 &&
        this.override(key) === undefined
      ) {
        const value = fix(clamp(known, spec.min, spec.max));
        this.assume(
          key,
          `${spec.label.replace(/ \(.*\)$/, '')} (from the upstream input)`,
          value,
          spec.unit,
          true,
        );
        return value;
      }
      const user = this.override(key);
      const value = fix(clamp(user ?? spec.fallback, spec.min, spec.max));
      this.assume(key, spec.label, value, spec.unit, true);
      return value;
    }
    const parsed = typeof found.value === 'number' ? found.value : Number(found.value);
    if (typeof found.value === 'boolean' || !Number.isFinite(parsed)) {
      this.warn(
        'param.not-a-number',
        found.name,
        `Node "${this.node.id}": parameter "${found.name}" is ${quoteValue(found.value)}, not a number; assumed ${spec.fallback}${spec.unit ? ' ' + spec.unit : ''}.`,
      );
      const value = fix(spec.fallback);
      this.assume(key, spec.label, value, spec.unit);
      return value;
    }
    if (parsed < spec.min || parsed > spec.max) {
      const value = fix(clamp(parsed, spec.min, spec.max));
      this.warn(
        parsed < spec.min ? 'param.out-of-range-low' : 'param.out-of-range-high',
        found.name,
        `Node "${this.node.id}": parameter "${found.name}" = ${parsed} is outside [${spec.min}, ${spec.max}]; clamped to ${value}.`,
      );
      this.assume(key, `${spec.label} (clamped)`, value, spec.unit);
      return value;
    }
    return fix(parsed);
  }

  /** A string parameter, or undefined. */
  string(names: string | readonly string[]): string | undefined {
    const list = typeof names === 'string' ? [names] : names;
    for (const name of list) {
      const v = this.raw(name);
      if (typeof v === 'string' && v.trim() !== '') return v;
    }
    return undefined;
  }
}

/** Clamp into [min, max]; NaN goes to min. */
export function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}

const keptReaders = new KeptPool(() => new ParamReader(NO_NODE, NO_CONTEXT), 64);

/** A reader of `node`'s parameters: inside a profiling run, one kept from earlier runs (reset). */
export function readerFor(node: NormalizedNode, ctx: EstimateContext): ParamReader {
  return keptReaders.take().reset(node, ctx);
}
