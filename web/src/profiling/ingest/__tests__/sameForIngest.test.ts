import { isSameEdgeForAnalysis, isSameNodeForAnalysis } from '../sameForIngest';

const data = { properties: { steps: 30 }, title: 'SDXL' };
const node = { id: 'a', type: 'huggingface.text_to_image.StableDiffusionXL', position: { x: 0, y: 0 }, data };

describe('isSameNodeForAnalysis', () => {
  it('ignores what React Flow changes while viewing: position, measured size, selection, style', () => {
    const viewed = {
      ...node,
      position: { x: 40, y: 12 },
      measured: { width: 220, height: 90 },
      selected: true,
      dragging: false,
      className: 'hot',
      style: { opacity: 0.5 },
    };
    expect(isSameNodeForAnalysis(node, viewed)).toBe(true);
    expect(isSameNodeForAnalysis(viewed, node)).toBe(true);
  });

  it('sees every change the engine reads: data, type, id, parent, any other key', () => {
    expect(isSameNodeForAnalysis(node, { ...node, data: { ...data } })).toBe(false);
    expect(isSameNodeForAnalysis(node, { ...node, type: 'nodetool.text.Concat' })).toBe(false);
    expect(isSameNodeForAnalysis(node, { ...node, id: 'b' })).toBe(false);
    expect(isSameNodeForAnalysis(node, { ...node, parentId: 'group' })).toBe(false);
    expect(isSameNodeForAnalysis(node, { ...node, dynamic_properties: { x: 1 } })).toBe(false);
    const { data: _dropped, ...withoutData } = node;
    expect(isSameNodeForAnalysis(node, withoutData)).toBe(false);
    expect(isSameNodeForAnalysis(withoutData, node)).toBe(false);
  });

  it('keeps the list-shape evidence: a node gaining its first React Flow marker is a change', () => {
    const { position: _p, ...bare } = node;
    expect(isSameNodeForAnalysis(bare, node)).toBe(false);
    expect(isSameNodeForAnalysis(bare, { ...bare, measured: { width: 1, height: 1 } })).toBe(false);
    expect(isSameNodeForAnalysis({ ...bare, measured: { width: 1, height: 1 } }, node)).toBe(true);
  });

  it('treats non-objects by identity only', () => {
    expect(isSameNodeForAnalysis(null, null)).toBe(true);
    expect(isSameNodeForAnalysis(null, node)).toBe(false);
    expect(isSameNodeForAnalysis([node], [node])).toBe(false);
  });
});

describe('isSameEdgeForAnalysis', () => {
  const edge = { id: 'e', source: 'a', target: 'b', sourceHandle: 'image', targetHandle: 'image' };

  it('ignores selection, animation and styling', () => {
    expect(
      isSameEdgeForAnalysis(edge, { ...edge, selected: true, animated: true, style: { stroke: 'red' } }),
    ).toBe(true);
  });

  it('sees endpoints, handles, kind and data', () => {
    expect(isSameEdgeForAnalysis(edge, { ...edge, target: 'c' })).toBe(false);
    expect(isSameEdgeForAnalysis(edge, { ...edge, targetHandle: 'mask' })).toBe(false);
    expect(isSameEdgeForAnalysis(edge, { ...edge, type: 'control' })).toBe(false);
    expect(isSameEdgeForAnalysis(edge, { ...edge, data: { edgeType: 'control' } })).toBe(false);
  });
});
