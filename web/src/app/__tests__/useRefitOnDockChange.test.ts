import type { FlowInstance } from '../../editor';
import { isGraphInView } from '../useRefitOnDockChange';

function fakeFlow(
  bounds: { x: number; y: number; width: number; height: number },
  viewport: { x: number; y: number; zoom: number },
  count = 3,
) {
  return {
    getNodes: () => Array.from({ length: count }, (_, i) => ({ id: String(i) })),
    getNodesBounds: () => bounds,
    getViewport: () => viewport,
  } as unknown as FlowInstance;
}

describe('isGraphInView', () => {
  const bounds = { x: 0, y: 0, width: 1000, height: 400 };
  it('is true when every node fits in the canvas at the current viewport', () => {
    expect(isGraphInView(fakeFlow(bounds, { x: 50, y: 50, zoom: 0.8 }), 900, 500)).toBe(true);
  });
  it('is false when the graph reaches past an edge (panned or zoomed in)', () => {
    expect(isGraphInView(fakeFlow(bounds, { x: 50, y: 50, zoom: 1 }), 900, 500)).toBe(false);
    expect(isGraphInView(fakeFlow(bounds, { x: -20, y: 50, zoom: 0.5 }), 900, 500)).toBe(false);
    expect(isGraphInView(fakeFlow(bounds, { x: 10, y: 200, zoom: 0.8 }), 900, 500)).toBe(false);
  });
  it('is false for an empty graph', () => {
    expect(isGraphInView(fakeFlow(bounds, { x: 0, y: 0, zoom: 1 }, 0), 900, 500)).toBe(false);
  });
});
