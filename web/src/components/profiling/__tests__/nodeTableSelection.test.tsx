import { render, screen, within } from '@testing-library/react';
import { NodeTable } from '../table/NodeTable';
import { makeProfile } from './profileFixture';

describe('NodeTable selection', () => {
  it('marks the selected node row with aria-selected', () => {
    const profile = makeProfile([
      { id: 'a', runtimeMs: 30 },
      { id: 'b', runtimeMs: 20 },
      { id: 'c', runtimeMs: 10 },
    ]);
    const { rerender } = render(<NodeTable profile={profile} selectedNodeId="b" onSelectNode={jest.fn()} />);
    const table = screen.getByRole('table', { name: 'Nodes' });
    const selected = within(table).getByRole('row', { selected: true });
    expect(selected).toHaveAttribute('data-node-id', 'b');
    expect(within(selected).getByRole('rowheader')).toHaveTextContent('Node b');
    expect(within(table).getAllByRole('row', { selected: false })).toHaveLength(2);

    rerender(<NodeTable profile={profile} selectedNodeId="c" onSelectNode={jest.fn()} />);
    expect(within(table).getByRole('row', { selected: true })).toHaveAttribute('data-node-id', 'c');
  });
});
