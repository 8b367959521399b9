import { screen, waitFor, within } from '@testing-library/react';
import { smallChain } from '../../../stores/__tests__/workflowFixtures';
import { getNodeTitle } from '../../../workflow/nodeDisplay';
import { buildRuntimeSeries } from '../charts/buildChartSeries';
import { labelNode, nameNodesIn } from '../nodeLabel';
import { renderPanel } from './renderPanel';

describe('labelNode', () => {
  it('shows an untitled node as the canvas does (humanized type)', () => {
    const node = { id: 'n1', title: 'ImageOutput', type: 'nodetool.output.ImageOutput' };
    expect(labelNode(node)).toBe('Image Output');
    expect(labelNode(node)).toBe(getNodeTitle(node.type));
  });

  it('keeps a real title and falls back to the id when there is nothing else', () => {
    expect(labelNode({ id: 'n1', title: 'My render', type: 'nodetool.output.ImageOutput' })).toBe(
      'My render',
    );
    expect(labelNode({ id: 'n1', title: '', type: '' })).toBe('n1');
  });
});

describe('nameNodesIn', () => {
  const nodes = [
    { id: '3f2a9c1e-0b7d-4e5f-9a8b-1c2d3e4f5a6b', title: 'Summarize', type: 'nodetool.agents.Agent' },
    { id: 'a1', title: 'Agent', type: 'nodetool.agents.Agent' },
    { id: 'a2', title: 'Agent', type: 'nodetool.agents.Agent' },
  ];

  it('names a node by its title instead of its id', () => {
    expect(
      nameNodesIn(nodes)(
        'Node "3f2a9c1e-0b7d-4e5f-9a8b-1c2d3e4f5a6b" (nodetool.agents.Agent): max_tokens -1',
      ),
    ).toBe('Node “Summarize” (nodetool.agents.Agent): max_tokens -1');
  });

  it('keeps the id beside a title two nodes share, and leaves other quoted text alone', () => {
    expect(nameNodesIn(nodes)('Nodes "a1", "a2" form a cycle; parameter "model" ignored')).toBe(
      'Nodes “Agent” (a1), “Agent” (a2) form a cycle; parameter "model" ignored',
    );
  });
});

describe('panel labels', () => {
  it('uses the canvas title for untitled nodes in the table and the runtime series', async () => {
    const { nodes, edges } = smallChain();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges });
    const table = await screen.findByRole('table', { name: 'Nodes' });
    expect(within(table).getByRole('rowheader', { name: /String Input/ })).toBeInTheDocument();
    expect(within(table).queryByText('StringInput')).not.toBeInTheDocument();
    await waitFor(() => expect(store.getState().profiles.get('wf')).toBeDefined());
    const profile = store.getState().profiles.get('wf');
    if (!profile) throw new Error('no profile');
    const labels = buildRuntimeSeries(profile).bars.map((bar) => bar.label);
    expect(labels).toContain('String Input');
    expect(labels).not.toContain('StringInput');
  });
});
