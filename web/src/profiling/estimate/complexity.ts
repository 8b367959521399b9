/**
 * Complexity 1–20 from the estimate: a log scale of time plus a log scale of memory, floored at the type's base
 * complexity. Monotone: more time or more memory never lowers it, so it is monotone in model size, tokens,
 * steps, resolution and frames whenever the estimate is (the formulas are).
 *
 *   complexity = clamp(round(1 + 3·log10(1 + runtimeMs/10) + 1.5·log10(1 + memoryGb)), base, 20)
 *
 * Anchors (documented in docs/estimation.md): 1 ms → 1, 1 s → 7, 10 s → 10, 100 s → 13, plus ~2 for a 20 GB model.
 */
export function computeComplexity(runtimeMs: number, memoryMb: number, base: number): number {
  const t = Math.max(0, Number.isFinite(runtimeMs) ? runtimeMs : 0);
  const m = Math.max(0, Number.isFinite(memoryMb) ? memoryMb : 0) / 1000;
  const raw = 1 + 3 * Math.log10(1 + t / 10) + 1.5 * Math.log10(1 + m);
  const floor = Number.isFinite(base) ? Math.min(20, Math.max(1, Math.round(base))) : 1;
  return Math.min(20, Math.max(floor, Math.round(raw)));
}
