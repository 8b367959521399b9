/** The run history (IndexedDB), framework-free. */
export {
  openRunHistory,
  createRunEntry,
  DEFAULT_MAX_RUNS_PER_WORKFLOW,
  type OpenRunHistoryOptions,
  type NewRunEntry,
  type RunHistory,
  type RunHistoryList,
  type UnreadableRun,
} from './openRunHistory';
export { exportRunEntry, type RunExport } from './exportRunEntry';
export {
  RunHistoryError,
  isRunHistoryError,
  toRunHistoryError,
  type RunHistoryErrorCode,
} from './RunHistoryError';
export {
  RUN_HISTORY_DB_NAME,
  RUN_HISTORY_DB_VERSION,
  upgradeRunHistory,
  type RunHistoryEntry,
} from './schema';
export {
  openProfileSnapshots,
  DEFAULT_MAX_SNAPSHOTS_PER_WORKFLOW,
  type OpenProfileSnapshotsOptions,
  type ProfileSnapshots,
  type ProfileSnapshotList,
} from './openProfileSnapshots';
export {
  PROFILE_SNAPSHOT_VERSION,
  createProfileSnapshot,
  snapshotId,
  snapshotSummary,
  toSnapshotGraph,
  type NewProfileSnapshot,
  type ProfileSnapshot,
  type SnapshotGraph,
  type SnapshotSummary,
} from './profileSnapshot';
