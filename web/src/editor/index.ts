/** The host editor's public surface (for main.tsx and for integrating the profiler panel). */
export { EditorApp, type EditorAppProps } from './components/EditorApp';
export { INSPECTOR_WIDTH } from './components/InspectorPanel';
export { EditorRoot } from './EditorRoot';
export { useFocusNode } from './hooks/useFocusNode';
export {
  importFileIntoStore,
  importTextIntoStore,
  loadExampleIntoStore,
  readFileText,
} from './importActions';
export { downloadWorkflow, serializeWorkflow } from './exportWorkflow';
export * from './store';
