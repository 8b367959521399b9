import { isLayoutType, shortTypeName } from '../layoutTypes';

describe('isLayoutType', () => {
  it('recognises Comment, Preview and Group by their short name', () => {
    expect(isLayoutType('nodetool.workflows.base_node.Comment')).toBe(true);
    expect(isLayoutType('nodetool.workflows.base_node.Preview')).toBe(true);
    expect(isLayoutType('nodetool.workflows.base_node.Group')).toBe(true);
    expect(isLayoutType('Preview')).toBe(true);
  });

  it('does not match names that merely end with those words', () => {
    expect(isLayoutType('acme.DocumentComment')).toBe(false);
    expect(isLayoutType('acme.ImagePreview')).toBe(false);
    expect(isLayoutType('nodetool.agents.Agent')).toBe(false);
    expect(isLayoutType('')).toBe(false);
    expect(shortTypeName('a.b.C')).toBe('C');
  });
});
