/**
 * The workflow's own settings in the report: its assumptions and its metric definitions, bound to the
 * profiler store. A change is stored (and persisted) and the panel re-analyses the workflow.
 */
import { useCallback } from 'react';
import type { Profile } from '../../profiling/types';
import type { MeasuredView } from '../../runs/measure/buildMeasuredView';
import type { WorkflowSettings } from '../../stores/PerformanceProfileStore';
import { useProfileStoreApi } from '../../stores/profile/PerformanceProfileStoreContext';
import { AssumptionsSection } from './assumptions/AssumptionsSection';
import { CustomMetricsSection } from './custom/CustomMetricsSection';

export interface WorkflowSettingsSectionsProps {
  workflowId: string;
  profile: Profile;
  settings: WorkflowSettings | undefined;
  measured: MeasuredView | null;
  onSelectNode?: (nodeId: string) => void;
}

const NO_METRICS: never[] = [];

export function WorkflowSettingsSections({
  workflowId,
  profile,
  settings,
  measured,
  onSelectNode,
}: WorkflowSettingsSectionsProps) {
  const store = useProfileStoreApi();
  const setAssumption = useCallback(
    (key: string, value: number | undefined) => store.getState().setAssumption(workflowId, key, value),
    [store, workflowId],
  );
  return (
    <>
      <AssumptionsSection
        profile={profile}
        settings={settings}
        onChange={setAssumption}
        onReset={() => store.getState().resetAssumptions(workflowId)}
        onSelectNode={onSelectNode}
      />
      <CustomMetricsSection
        workflowId={workflowId}
        profile={profile}
        metrics={settings?.customMetrics ?? NO_METRICS}
        measured={measured}
        onSave={(metric) => store.getState().setCustomMetric(workflowId, metric)}
        onRemove={(type) => store.getState().removeCustomMetric(workflowId, type)}
        onImport={(text) => store.getState().importCustomMetrics(workflowId, text)}
        onExport={() => store.getState().exportCustomMetrics(workflowId)}
      />
    </>
  );
}
