import { render, screen } from '@testing-library/react';
import { EstimateValue } from '../report/EstimateValue';

describe('EstimateValue', () => {
  it('shows "≈" before an estimate', () => {
    render(<EstimateValue source="physics">1.4 s</EstimateValue>);
    expect(screen.getByText('≈')).toBeInTheDocument();
  });

  it('shows a bound such as "< 1 ms" without "≈" (never "≈ < 1 ms")', () => {
    const { container } = render(<EstimateValue source="physics">{'< 1 ms'}</EstimateValue>);
    expect(container).toHaveTextContent(/^< 1 ms$/);
    expect(screen.queryByText('≈')).not.toBeInTheDocument();
  });
});
