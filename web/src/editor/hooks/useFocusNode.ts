import { useEditor } from '../store';

/** Returns `focusNode(id)`: selects the node and centres the canvas on it (false when the id is unknown). */
export function useFocusNode(): (nodeId: string) => boolean {
  return useEditor((s) => s.focusNode);
}
