import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters';
import { EditionsChart } from '../../src/features/editions-chart/editions-chart';
import { InvestorChart } from '../../src/features/investor-chart/investor-chart';
import { SectorChart } from '../../src/features/sector-chart/sector-chart';
import { SizeChart } from '../../src/features/size-chart/size-chart';
import { applySearch, useViewStore } from '../../src/stores/view-store';
import { renderWithData } from './render';

function view(filters: Partial<Filters> = {}) {
  return computeView(DATASET, { ...EMPTY_FILTERS, ...filters });
}

async function marks(chart: string): Promise<SVGRectElement[]> {
  await waitFor(() => expect(document.querySelectorAll(`[data-chart="${chart}"] rect[data-key]`).length).toBeGreaterThan(0));
  return [...document.querySelectorAll<SVGRectElement>(`[data-chart="${chart}"] rect[data-key]`)];
}

describe('breakdown charts', () => {
  it('draws one mark per sector with data-key, aria-pressed and an accessible name', async () => {
    renderWithData(<SectorChart view={view()} dataset={DATASET} />);
    const rects = await marks('sector');
    expect(rects.map((r) => r.getAttribute('data-key'))).toEqual(['smart-manufacturing', 'digital-economy', 'science-tech', 'health', 'new-materials-other']);
    expect(rects[0]).toHaveAttribute('aria-pressed', 'false');
    expect(rects[0]).toHaveAccessibleName('智能制造：1016亿元，已公布');
    // The unit said once above the bars; bar ends print numbers.
    expect(document.querySelector('[data-chart="sector"] .bars')).toHaveTextContent(/^单位：亿元1016/);
    // Drawn by Recharts, the one bar renderer (components/bar-chart.tsx).
    expect(rects.every((r) => r.closest('.recharts-wrapper'))).toBe(true);
  });

  it('toggles a sector by click and by Enter/Space on the mark', async () => {
    const user = userEvent.setup();
    renderWithData(<SectorChart view={view()} dataset={DATASET} />);
    const [first] = await marks('sector');
    await user.click(first!);
    expect(useViewStore.getState().filters.sectors).toEqual(['smart-manufacturing']);
    const second = (await marks('sector'))[1];
    second!.focus();
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().filters.sectors).toEqual(['smart-manufacturing', 'digital-economy']);
    await user.keyboard(' ');
    expect(useViewStore.getState().filters.sectors).toEqual(['smart-manufacturing']);
  });

  it('keeps focus on the mark when Recharts draws the chart anew (new values)', async () => {
    let setFilters: (f: Partial<Filters>) => void = () => undefined;
    function Harness() {
      const [filters, set] = useState<Partial<Filters>>({});
      setFilters = set;
      return <SectorChart view={view(filters)} dataset={DATASET} />;
    }
    renderWithData(<Harness />);
    const before = (await marks('sector')).find((r) => r.dataset.key === 'smart-manufacturing')!;
    before.focus();
    // Another dimension's filter: the sector bars become named-project sums, a new layout.
    act(() => setFilters({ investors: ['central-soe'] }));
    await waitFor(() => expect(document.querySelector('[data-chart="sector"]')).toHaveAttribute('data-chart-mode', 'itemized'));
    await waitFor(() => expect(before.isConnected).toBe(false));
    expect(document.activeElement).toHaveAttribute('data-key', 'smart-manufacturing');
    expect(document.activeElement?.closest('[data-chart="sector"]')).not.toBeNull();
  });

  it('highlights its own selection (aria-pressed) while showing the published marginals', async () => {
    renderWithData(<SectorChart view={view({ sectors: ['health'] })} dataset={DATASET} />);
    const rects = await marks('sector');
    expect(rects.find((r) => r.dataset.key === 'health')).toHaveAttribute('aria-pressed', 'true');
    expect(rects.filter((r) => r.getAttribute('aria-pressed') === 'true')).toHaveLength(1);
    expect(document.querySelector('[data-chart="sector"]')).toHaveAttribute('data-chart-mode', 'published');
  });

  it('says plainly when a combination was never published and draws only named projects', async () => {
    renderWithData(<SectorChart view={view({ investors: ['central-soe'] })} dataset={DATASET} />);
    const chart = document.querySelector<HTMLElement>('[data-chart="sector"]')!;
    expect(chart).toHaveAttribute('data-chart-mode', 'itemized');
    expect(within(chart).getByRole('note')).toHaveTextContent('来源未公布此组合的分项数字');
    expect(within(chart).getByRole('note')).toHaveTextContent('点名项目 1/92 个');
    const rects = await marks('sector');
    // Bishan's cluster is the only named central-SOE project and its amount was not published.
    expect(rects[0]).toHaveAccessibleName('智能制造：未公布，仅点名项目');
    await userEvent.setup().click(within(chart).getByRole('button', { name: '项目数' }));
    expect((await marks('sector'))[0]).toHaveAccessibleName('智能制造：1，仅点名项目');
  });

  it('shows a reason instead of an empty chart when no named project matches', () => {
    renderWithData(<InvestorChart view={view({ sectors: ['health'] })} />);
    const chart = document.querySelector<HTMLElement>('[data-chart="investor"]')!;
    expect(within(chart).getByText(/没有符合当前筛选的点名项目，因此无法作图/)).toBeInTheDocument();
    expect(chart.querySelectorAll('rect[data-key]')).toHaveLength(0);
  });

  it('switches measure between investment and projects', async () => {
    const user = userEvent.setup();
    renderWithData(<SectorChart view={view()} dataset={DATASET} />);
    await marks('sector');
    await user.click(screen.getByRole('button', { name: '项目数' }));
    expect(screen.getByRole('button', { name: '项目数' })).toHaveAttribute('aria-pressed', 'true');
    const rects = await marks('sector');
    expect(rects[0]).toHaveAccessibleName('智能制造：32，已公布');
  });

  it('labels derived size bands as derived and has a table view with the same numbers', async () => {
    renderWithData(<SizeChart view={view()} />);
    const rects = await marks('size');
    expect(rects[0]).toHaveAccessibleName('5–10亿元：11，推算');
    const table = within(document.querySelector<HTMLElement>('[data-chart="size"]')!).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(table).toHaveTextContent('62 (推算)');
  });

  it('the table view toggles filters too', async () => {
    const user = userEvent.setup();
    renderWithData(<InvestorChart view={view()} />);
    const chart = document.querySelector<HTMLElement>('[data-chart="investor"]')!;
    await user.click(within(chart).getByText('表格视图'));
    await user.click(within(chart).getByRole('button', { name: '外企' }));
    expect(useViewStore.getState().filters.investors).toEqual(['foreign']);
  });

  it('editions: 2018–2025, not filterable, says that filters do not apply', async () => {
    applySearch('?sector=health');
    renderWithData(<EditionsChart editions={view({ sectors: ['health'] }).editions} />);
    const rects = await marks('editions');
    expect(rects.map((r) => r.dataset.key)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(rects.every((r) => r.getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(useViewStore.getState().filters.sectors).toEqual(['health']);
    expect(screen.getByText('历届只公布了总数和少数分项，当前筛选不适用于此图。')).toBeInTheDocument();
  });
});
