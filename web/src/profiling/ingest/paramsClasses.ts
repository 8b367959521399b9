/**
 * Parameter classes: nodes of the same type whose parameters are equal (`sameParams`) get the same class,
 * numbered from 0 in order of first appearance. The estimate memo (profile/estimateMemo.ts) shares estimates
 * within a class; batch graphs repeat a few node configurations thousands of times.
 *
 * Ingest assigns the classes while it reads each node, right after the parameter pass that computed the
 * fingerprint: the node's parameter object is then still in the processor's cache, whereas a later pass over
 * ten thousand parameter objects scattered over the input's heap would miss the cache on nearly every one.
 */
import { KeptPool, type Reusable } from '../graph/keptObjects';
import type { JsonObject } from './readFields';

/**
 * Classes kept per node type; nodes of further parameter sets get no class (-1) and are estimated one by one.
 * Assumption: 256 covers a type whose nodes differ only in a few dynamic properties (an editor's FormatText
 * nodes with one to three of eight input names make 92 sets) while bounding the memo's memory when every
 * node differs.
 */
export const MAX_CLASSES_PER_TYPE = 256;

/** The classes of one node type: their indices and, side by side, their parameters' fingerprints. */
interface TypeClasses {
  classes: number[];
  fingerprints: number[];
}

/** Assigns parameter classes to the nodes of one ingest (see the module comment). */
export class ParamsClasses implements Reusable {
  /** The parameters of each class's first node (equal to every member's). */
  params: JsonObject[] = [];
  /** The fingerprint (ingest/paramsFingerprint.ts) of each class's parameters. */
  fingerprints: number[] = [];
  private byType = new Map<string, TypeClasses>();
  private lastType = '';
  private last: TypeClasses | undefined = undefined;

  /** Forget every class (the same object serves the next run). */
  reset(): this {
    this.params = [];
    this.fingerprints = [];
    this.byType = new Map();
    this.lastType = '';
    this.last = undefined;
    return this;
  }

  clear(): void {
    this.reset();
  }

  get count(): number {
    return this.params.length;
  }

  /**
   * The class of a node of `type` with parameters `params` (whose fingerprint is `fingerprint`): an existing
   * class with equal parameters, a new one, or -1 when the type has all the classes it may have. Types are
   * compared by identity first: ingest gives every node of a type the same string. The parameters are
   * compared key by key only with classes of the same fingerprint.
   */
  assign(type: string, params: JsonObject, fingerprint: number): number {
    let of = this.last;
    if (type !== this.lastType || !of) {
      of = this.byType.get(type);
      if (!of) {
        of = { classes: [], fingerprints: [] };
        this.byType.set(type, of);
      }
      this.lastType = type;
      this.last = of;
    }
    const { fingerprints, classes } = of;
    for (let i = 0; i < fingerprints.length; i++) {
      if (fingerprints[i] === fingerprint && sameParams(this.params[classes[i]!]!, params))
        return classes[i]!;
    }
    if (fingerprints.length >= MAX_CLASSES_PER_TYPE) return -1;
    const c = this.params.length;
    this.params.push(params);
    this.fingerprints.push(fingerprint);
    classes.push(c);
    fingerprints.push(fingerprint);
    return c;
  }
}

const kept = new KeptPool(() => new ParamsClasses(), 4);

/** Empty parameter classes: inside a profiling run, the object kept from the last run. */
export function createParamsClasses(): ParamsClasses {
  return kept.take().reset();
}

/** Equal parameter objects: same own keys; values equal as primitives, or as objects/arrays of primitives. */
export function sameParams(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  if (a === b) return true;
  let count = 0;
  for (const key in a) {
    if (!Object.prototype.hasOwnProperty.call(a, key)) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameValue(a[key], b[key], 1)) return false;
  }
  for (const key in b) if (Object.prototype.hasOwnProperty.call(b, key)) count--;
  return count === 0;
}

function sameValue(x: unknown, y: unknown, depth: number): boolean {
  if (x === y) return true;
  if (depth === 0 || typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  let count = 0;
  for (const key in xo) {
    if (!Object.prototype.hasOwnProperty.call(xo, key)) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(yo, key) || !sameValue(xo[key], yo[key], depth - 1))
      return false;
  }
  for (const key in yo) if (Object.prototype.hasOwnProperty.call(yo, key)) count--;
  return count === 0;
}
