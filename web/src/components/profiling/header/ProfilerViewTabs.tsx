/**
 * The panel's views: the Report (estimates, with measurements beside them), the Runs list, Compare (two
 * versions or two devices side by side) and Trend (figures across versions).
 */
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { memo } from 'react';

export type ProfilerTab = 'report' | 'runs' | 'compare' | 'trend';

export interface ProfilerViewTabsProps {
  /** Prefix of the tab ids; the tab panel's id is `${idPrefix}-panel`. */
  idPrefix: string;
  value: ProfilerTab;
  onChange: (tab: ProfilerTab) => void;
  runCount: number;
}

const tabSx = { minHeight: 36 } as const;

/** Memoised: MUI's Tabs measure their layout on every render, and the panel re-renders on every analysis. */
export const ProfilerViewTabs = memo(function ProfilerViewTabs({
  idPrefix,
  value,
  onChange,
  runCount,
}: ProfilerViewTabsProps) {
  return (
    <Tabs
      value={value}
      onChange={(_, next: ProfilerTab) => onChange(next)}
      aria-label="Profiler views"
      sx={{ px: 2, minHeight: 36, borderBottom: 1, borderColor: 'divider' }}
    >
      <Tab
        value="report"
        label="Report"
        id={`${idPrefix}-report`}
        aria-controls={`${idPrefix}-panel`}
        sx={tabSx}
      />
      <Tab
        value="runs"
        label={`Runs (${runCount})`}
        id={`${idPrefix}-runs`}
        aria-controls={`${idPrefix}-panel`}
        sx={tabSx}
      />
      <Tab
        value="compare"
        label="Compare"
        id={`${idPrefix}-compare`}
        aria-controls={`${idPrefix}-panel`}
        sx={tabSx}
      />
      <Tab
        value="trend"
        label="Trend"
        id={`${idPrefix}-trend`}
        aria-controls={`${idPrefix}-panel`}
        sx={tabSx}
      />
    </Tabs>
  );
});
