/**
 * Counted nouns in English ("1 lane", "3 lanes", "1,000 nodes"), chosen with `Intl.PluralRules` so every
 * count in the UI and the CLI agrees in number. Framework-free: the panel, the editor and the CLI use it.
 */

const RULES = new Intl.PluralRules('en-US');
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * The noun in the number `count` calls for.
 * @param plural the plural form when it is not `singular` + "s" (e.g. "entries")
 * @example pluralNoun(1, 'edge') // "edge"
 * @example pluralNoun(2, 'entry', 'entries') // "entries"
 */
export function pluralNoun(count: number, singular: string, plural = `${singular}s`): string {
  return RULES.select(count) === 'one' ? singular : plural;
}

/**
 * The count with thousands separators and its noun.
 * @example pluralize(1, 'lane') // "1 lane"
 * @example pluralize(1000, 'node') // "1,000 nodes"
 */
export function pluralize(count: number, singular: string, plural?: string): string {
  const shown = Number.isFinite(count) ? COUNT.format(count) : '—';
  return `${shown} ${pluralNoun(count, singular, plural)}`;
}
