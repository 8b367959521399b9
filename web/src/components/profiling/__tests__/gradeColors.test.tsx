import { createTheme, getContrastRatio } from '@mui/material/styles';
import { screen, waitFor } from '@testing-library/react';
import { getGradeColors } from '../profileColors';
import { renderPanel } from './renderPanel';

describe('getGradeColors', () => {
  it.each(['light', 'dark'] as const)('maps each band to its palette intent in %s mode', (mode) => {
    const theme = createTheme({ palette: { mode } });
    expect(getGradeColors(theme, 'A').background).toBe(theme.palette.success.main);
    expect(getGradeColors(theme, 'B').background).toBe(theme.palette.info.main);
    expect(getGradeColors(theme, 'C').background).toBe(theme.palette.warning.main);
    expect(getGradeColors(theme, 'D').background).toBe(theme.palette.warning.dark);
    expect(getGradeColors(theme, 'F').background).toBe(theme.palette.error.main);
  });

  it.each(['light', 'dark'] as const)(
    'keeps the badge text at WCAG AA contrast (4.5:1) on every grade in %s mode',
    (mode) => {
      const theme = createTheme({ palette: { mode } });
      for (const grade of ['A', 'B', 'C', 'D', 'F'] as const) {
        const { background, foreground } = getGradeColors(theme, grade);
        expect(getContrastRatio(background, foreground)).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});

describe('a workflow with nothing to score', () => {
  it('shows "No grade" with the engine\'s reason', async () => {
    const nodes = [
      {
        id: 'note',
        type: 'nodetool.workflows.base_node.Comment',
        position: { x: 0, y: 0 },
        data: { properties: {} },
      },
    ];
    const { store } = renderPanel({ workflowId: 'notes', nodes, edges: [] });
    await waitFor(() => expect(store.getState().profiles.has('notes')).toBe(true));
    const reason = store.getState().profiles.get('notes')?.summary.scoreReason ?? '';
    expect(reason.length).toBeGreaterThan(0);
    expect(await screen.findByRole('img', { name: `No grade: ${reason}` })).toBeInTheDocument();
    expect(screen.getByText('Not scored')).toBeInTheDocument();
  });
});
