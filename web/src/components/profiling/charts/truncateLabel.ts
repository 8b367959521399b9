/** Shortens an axis label to `max` characters with an ellipsis. */
export function truncateLabel(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, Math.max(1, max - 1))}…` : label;
}
