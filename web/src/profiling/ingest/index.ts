/** Ingest stage: both input shapes to normalised nodes and index-resolved edges. */
export { ingestWorkflow } from './ingestWorkflow';
export { detectListShape, detectWorkflowShape, type ListShapeDecision } from './detectListShape';
export { findParentLoops } from './findParentLoops';
export { isControlEdge } from './isControlEdge';
export { isLayoutType, shortTypeName } from './layoutTypes';
export type { IngestedEdges, IngestedWorkflow, WorkflowShape } from './types';
export { isSameEdgeForAnalysis, isSameNodeForAnalysis } from './sameForIngest';
export { createNodeReader, type NodeReader, type NodeReading } from './createNodeReader';
