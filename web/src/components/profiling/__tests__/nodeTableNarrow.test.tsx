import { ThemeProvider, createTheme } from '@mui/material/styles';
import { render, screen, within } from '@testing-library/react';
import { NodeTable } from '../table/NodeTable';
import { makeProfile } from './profileFixture';

describe('NodeTable in a narrow dock', () => {
  it('keeps the node-name column in view (sticky header and row headers)', () => {
    render(
      <ThemeProvider theme={createTheme()}>
        <NodeTable
          profile={makeProfile([
            { id: 'a', runtimeMs: 3 },
            { id: 'b', runtimeMs: 2 },
          ])}
        />
      </ThemeProvider>,
    );
    const table = screen.getByRole('table', { name: 'Nodes' });
    const nameHeader = within(table).getByRole('columnheader', { name: 'Node' });
    expect(nameHeader).toHaveStyle({ position: 'sticky', left: '0px' });
    for (const rowHeader of within(table).getAllByRole('rowheader')) {
      expect(rowHeader).toHaveStyle({ position: 'sticky', left: '0px' });
    }
    expect(within(table).getByRole('columnheader', { name: 'Runtime' })).not.toHaveStyle({ left: '0px' });
  });
});
