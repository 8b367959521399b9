/** The application: the host editor with the Performance Profiler integrated. */
export { ProfiledEditor, type ProfiledEditorProps } from './ProfiledEditor';
export { useAnalysisGraph, isSameAnalysisNodes, isSameAnalysisEdges } from './useAnalysisGraph';
export { getWorkflowKey } from './workflowKey';
