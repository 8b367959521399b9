/** Collects the nodes and edges of a NodeTool workflow graph in insertion order (the order they are written). */

/** A node as NodeTool stores it. */
export interface GenNode {
  id: string;
  parent_id: string | null;
  type: string;
  data: Record<string, unknown>;
  ui_properties: Record<string, unknown>;
  dynamic_properties: Record<string, unknown>;
  dynamic_outputs: Record<string, unknown>;
  sync_mode: string;
}

/** An edge as NodeTool stores it; `ui_properties.className` is the data type drawn on the canvas. */
export interface GenEdge {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  ui_properties: Record<string, unknown> | null;
}

/** Optional node settings: group parent, size, title, dynamic inputs. */
export interface NodeExtras {
  parent?: string;
  width?: number;
  height?: number;
  title?: string;
  dyn?: Record<string, unknown>;
}

/** Node width when none is given (px). */
const DEFAULT_WIDTH = 240;

export class GraphBuilder {
  readonly nodes: GenNode[] = [];
  readonly edges: GenEdge[] = [];

  /** Add a node at (x, y) and return its id. */
  addNode(
    id: string,
    type: string,
    x: number,
    y: number,
    data: Record<string, unknown>,
    extra: NodeExtras = {},
  ): string {
    const ui: Record<string, unknown> = {
      position: { x, y },
      zIndex: 0,
      selectable: true,
      width: extra.width ?? DEFAULT_WIDTH,
    };
    if (extra.height !== undefined) ui.height = extra.height;
    if (extra.title !== undefined) ui.title = extra.title;
    this.nodes.push({
      id,
      parent_id: extra.parent ?? null,
      type,
      data,
      ui_properties: ui,
      dynamic_properties: extra.dyn ?? {},
      dynamic_outputs: {},
      sync_mode: 'on_any',
    });
    return id;
  }

  /** Add an edge `e<n>` (numbered from 1 in insertion order). */
  connect(
    source: string,
    sourceHandle: string,
    target: string,
    targetHandle: string,
    className: string,
  ): void {
    this.edges.push({
      id: `e${this.edges.length + 1}`,
      source,
      sourceHandle,
      target,
      targetHandle,
      ui_properties: { className },
    });
  }
}
