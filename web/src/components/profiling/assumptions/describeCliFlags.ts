/** The CLI flags that reproduce a workflow's settings (`--items 6 --assume audioSeconds=120`), or ''. */
import type { WorkflowSettings } from '../../../stores/PerformanceProfileStore';

export function describeCliFlags(settings: WorkflowSettings | undefined): string {
  if (!settings) return '';
  const parts: string[] = [];
  if (settings.workers !== undefined) parts.push(`--workers ${settings.workers}`);
  if (settings.gpuLanes !== undefined) parts.push(`--gpu-lanes ${settings.gpuLanes}`);
  if (settings.defaultItemCount !== undefined) parts.push(`--items ${settings.defaultItemCount}`);
  const assumed = Object.entries(settings.assumptions ?? {}).map(([key, value]) => `${key}=${value}`);
  if (assumed.length > 0) parts.push(`--assume ${assumed.join(',')}`);
  if (settings.customMetrics && settings.customMetrics.length > 0) parts.push('--metrics <exported file>');
  return parts.join(' ');
}
