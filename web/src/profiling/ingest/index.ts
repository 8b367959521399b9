/** Ingest stage: both input shapes to normalised nodes and index-resolved edges. */
export { ingestWorkflow } from './ingestWorkflow';
export { isLayoutType, shortTypeName } from './layoutTypes';
export type { IngestedEdges, IngestedWorkflow, WorkflowShape } from './types';
