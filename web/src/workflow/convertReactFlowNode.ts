/**
 * A React Flow node (`{ id, type, position, parentId?, data: { properties, title?, … } }`, as NodeTool's
 * editor and this one hold them) → the editor's node. Parameters, title, position, parent and size are kept;
 * NodeTool's editor-only data fields that NodeTool saves in `ui_properties` (color, bypassed, …) go to
 * `uiExtras`, so an export writes them where NodeTool expects them.
 */
import type { WorkflowFlowNode } from './editorGraph';
import { getNodeRenderKind } from './nodeDisplay';
import { asRecord, finiteOr, optionalFinite, readIdText, readNodeType } from './jsonFields';

/** `data` keys of NodeTool's editor that its saved format keeps in `ui_properties` (NodeData, web/src/stores/NodeData.ts). */
const UI_DATA_KEYS: readonly string[] = ['color', 'bypassed', 'collapsed', 'annotation'];

/**
 * Converts one React Flow node.
 * @param fallback position used when the node has none (auto layout).
 */
export function convertReactFlowNode(
  raw: Record<string, unknown>,
  fallback: { x: number; y: number },
): WorkflowFlowNode {
  const data = asRecord(raw.data) ?? {};
  const position = asRecord(raw.position);
  const uiExtras: Record<string, unknown> = { ...(asRecord(data.uiExtras) ?? {}) };
  for (const key of UI_DATA_KEYS) if (data[key] !== undefined) uiExtras[key] = data[key];
  const nodeExtras: Record<string, unknown> = { ...(asRecord(data.nodeExtras) ?? {}) };
  if (typeof data.sync_mode === 'string') nodeExtras.sync_mode = data.sync_mode;
  const dynamicProperties = asRecord(data.dynamicProperties) ?? asRecord(data.dynamic_properties);
  const dynamicOutputs = asRecord(data.dynamicOutputs) ?? asRecord(data.dynamic_outputs);
  const node: WorkflowFlowNode = {
    id: String(raw.id),
    type: readNodeType(raw),
    position: { x: finiteOr(position?.x, fallback.x), y: finiteOr(position?.y, fallback.y) },
    data: {
      properties: { ...(asRecord(data.properties) ?? {}) },
      ...(typeof data.title === 'string' && data.title ? { title: data.title } : {}),
      ...(dynamicProperties ? { dynamicProperties: { ...dynamicProperties } } : {}),
      ...(dynamicOutputs ? { dynamicOutputs: { ...dynamicOutputs } } : {}),
      uiExtras,
      nodeExtras,
    },
  };
  const parentId = readIdText(raw.parentId);
  if (parentId !== undefined) node.parentId = parentId;
  const width = optionalFinite(raw.width);
  const height = optionalFinite(raw.height);
  if (width !== undefined) node.width = width;
  // As for NodeTool nodes: regular cards size their height to content, layout nodes keep the saved box.
  if (height !== undefined && getNodeRenderKind(node.type) !== 'workflow') node.height = height;
  if (typeof raw.zIndex === 'number' && Number.isFinite(raw.zIndex)) node.zIndex = raw.zIndex;
  return node;
}
