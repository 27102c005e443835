import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/components/panel-boundary';

function Boom(): never {
  throw new Error('chart exploded');
}

describe('PanelBoundary', () => {
  it('shows an error card naming the failed panel while its siblings keep working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const message = (panel: string) => `The “${panel}” panel failed; the other panels still work.`;
    render(
      <>
        <PanelBoundary name="Sector" message={message} detailLabel="Details">
          <Boom />
        </PanelBoundary>
        <PanelBoundary name="KPIs" message={message} detailLabel="Details">
          <p>92 projects</p>
        </PanelBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The “Sector” panel failed');
    expect(screen.getByText('chart exploded')).toBeInTheDocument();
    expect(screen.getByText('92 projects')).toBeInTheDocument();
  });
});
