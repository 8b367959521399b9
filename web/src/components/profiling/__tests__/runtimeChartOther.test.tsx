import { ThemeProvider, createTheme } from '@mui/material/styles';
import { render, screen } from '@testing-library/react';
import { RuntimeChart } from '../charts/RuntimeChart';
import { formatDuration } from '../format';
import { makeProfile } from './profileFixture';

describe('RuntimeChart "other" aggregate', () => {
  it('states the aggregate as text under the chart instead of drawing it on the node scale', () => {
    const specs = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, runtimeMs: 100 - i }));
    const profile = makeProfile(specs);
    const restMs = specs.slice(10).reduce((sum, spec) => sum + spec.runtimeMs, 0);
    render(
      <ThemeProvider theme={createTheme()}>
        <RuntimeChart profile={profile} topN={10} animate={false} />
      </ThemeProvider>,
    );
    const figure = screen.getByRole('figure', { name: /Runtime per node/ });
    expect(figure).toHaveAccessibleDescription(/10 bars shown\. Other \(30 nodes\)/);
    expect(
      screen.getByText(new RegExp(`^Other \\(30 nodes\\): ${formatDuration(restMs)} in total`)),
    ).toBeVisible();
  });

  it('shows no aggregate line when every costed node has a bar', () => {
    render(
      <ThemeProvider theme={createTheme()}>
        <RuntimeChart profile={makeProfile([{ id: 'a', runtimeMs: 5 }])} animate={false} />
      </ThemeProvider>,
    );
    expect(screen.queryByText(/^Other \(/)).not.toBeInTheDocument();
  });
});
