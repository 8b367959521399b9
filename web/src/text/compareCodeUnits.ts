/**
 * Orders two strings by their UTF-16 code units (what `<` does): a deterministic, locale-free order for ids,
 * keys and canonical texts — not a reading order (use `Intl.Collator` for titles shown to people).
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
