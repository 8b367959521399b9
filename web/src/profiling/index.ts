/**
 * The analysis engine's public entry (framework-free: no React, Zustand, MUI or recharts import anywhere under
 * web/src/profiling). The store, the CLI and any Web Worker call these same functions.
 */
export { validateWorkflow, type ValidationResult } from './validate';
export { ingestWorkflow, isLayoutType, type IngestedWorkflow, type WorkflowShape } from './ingest';
export {
  ProfileError,
  isProfileError,
  ENGINE_CODES,
  type EngineCode,
  type ProfileErrorLocation,
} from './errors';
export type * from './types';
