import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters';
import { EditionsChart } from '../../src/features/editions-chart/editions-chart';
import { ProgressPanel } from '../../src/features/progress/progress-panel';
import { applySearch } from '../../src/stores/view-store';
import { renderWithData } from './render';

function view(filters: Partial<Filters> = {}) {
  return computeView(DATASET, { ...EMPTY_FILTERS, ...filters });
}

/** An edition's detail, once its lazily loaded code has arrived. */
function detailOf(year: number): Promise<HTMLElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>(`[data-edition-detail="${year}"]`);
    if (!el) throw new Error(`no detail for ${year}`);
    return el;
  });
}

function mark(year: number): SVGRectElement {
  const el = document.querySelector<SVGRectElement>(`[data-chart="editions"] [data-key="${year}"]`);
  if (!el) throw new Error(`no mark for ${year}`);
  return el;
}

describe('editions chart 2018–2025', () => {
  it('draws 2025 as an open-ended lower bound and 2024 as no bar with its reason', () => {
    renderWithData(<EditionsChart editions={view().editions} />);
    expect(mark(2023)).toHaveAttribute('data-mark', 'exact');
    expect(mark(2025)).toHaveAttribute('data-mark', 'lower-bound');
    expect(mark(2025)).toHaveAccessibleName(/2000亿元以上（下限）/);
    expect(mark(2024)).toHaveAttribute('data-mark', 'none');
    expect(mark(2024)).toHaveAccessibleName(/无重庆届次（在天津举办）/);
    // The 2024 mark has no fill: nothing can be read as a value.
    expect(mark(2024)).toHaveAttribute('fill', 'transparent');
    // The same Recharts bars as the other charts; the open end fades through its own gradient.
    expect(mark(2023).closest('.recharts-wrapper')).not.toBeNull();
    const fill = mark(2025).parentElement?.querySelector('rect[aria-hidden], [aria-hidden] rect')?.getAttribute('fill') ?? '';
    expect(document.getElementById(/^url\(#(.+)\)$/.exec(fill)?.[1] ?? '')?.tagName).toBe('linearGradient');
  });

  it('by count, 2025 says the count was not published instead of drawing a bar', async () => {
    const user = userEvent.setup();
    renderWithData(<EditionsChart editions={view().editions} />);
    await user.click(screen.getByRole('button', { name: '项目数' }));
    expect(mark(2025)).toHaveAttribute('data-mark', 'none');
    expect(mark(2025)).toHaveAccessibleName(/项目数未公布/);
  });

  it('the table view states the lower bound, the missing count and why 2024 has no figure', async () => {
    const user = userEvent.setup();
    renderWithData(<EditionsChart editions={view().editions} />);
    const chart = document.querySelector<HTMLElement>('[data-chart="editions"]')!;
    await user.click(within(chart).getByText('表格视图'));
    const row2025 = chart.querySelector<HTMLElement>('[data-edition-row="2025"]')!;
    expect(row2025).toHaveTextContent('2000亿元以上（下限（“以上”））');
    expect(row2025).toHaveTextContent('项目数未公布');
    expect(chart.querySelector('[data-edition-row="2024"]')).toHaveTextContent('2024 年在天津举办，没有重庆届次');
  });

  it('selecting 2022 shows its four sectors and ≥10亿 count, the rest as "not published" (no category)', async () => {
    const user = userEvent.setup();
    renderWithData(<EditionsChart editions={view().editions} />);
    await user.click(mark(2022));
    expect(mark(2022)).toHaveAttribute('aria-pressed', 'true');
    const detail = await detailOf(2022);
    const sector = detail.querySelector<HTMLElement>('[data-breakdown="sector"]')!;
    expect([...sector.querySelectorAll('[data-category]')].map((r) => r.getAttribute('data-category'))).toEqual(['nev', 'software', 'electronics', 'biomedicine']);
    const rest = sector.querySelector<HTMLElement>('[data-rest]')!;
    expect(rest).toHaveTextContent('未公布');
    expect(rest).toHaveTextContent('19');
    expect(rest).toHaveTextContent('606亿元');
    expect(rest).not.toHaveAttribute('data-category');
    expect(sector).toHaveTextContent('S13');
    expect(sector).toHaveTextContent('S14');
    expect(detail.querySelector('[data-breakdown="size"]')).toHaveTextContent('54');
    // No 2021 sector name leaks into 2022's categories.
    expect(sector).not.toHaveTextContent('大健康');
    expect(sector).not.toHaveTextContent('数字经济');
  });

  it('selecting 2024 explains the merger and cites S16; selecting it again closes the detail', async () => {
    const user = userEvent.setup();
    renderWithData(<EditionsChart editions={view().editions} />);
    await user.click(mark(2024));
    const detail = await detailOf(2024);
    expect(within(detail).getByRole('note')).toHaveTextContent('天津');
    expect(detail).toHaveTextContent('S16');
    await user.click(mark(2024));
    expect(document.querySelector('[data-edition-detail]')).toBeNull();
  });

  it('selects by keyboard and in English', async () => {
    applySearch('?lang=en');
    const user = userEvent.setup();
    renderWithData(<EditionsChart editions={view().editions} />);
    mark(2023).focus();
    await user.keyboard('{Enter}');
    const detail = await detailOf(2023);
    expect(detail).toHaveTextContent('2023: published breakdowns');
    expect(detail.querySelector('[data-breakdown="investor"]')).toHaveTextContent('Foreign-invested');
    expect(mark(2025)).toHaveAccessibleName(/above 200 billion yuan \(lower bound\)/);
  });
});

describe('progress panel on the published figures', () => {
  it('shows S12 as published, city-wide, with its source and no inferred count or rate', async () => {
    renderWithData(<ProgressPanel view={view()} dataset={DATASET} />);
    const panel = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-chart="progress"]');
      if (!el) throw new Error('no panel');
      return el;
    });
    const ft = panel.querySelector<HTMLElement>('[data-follow-through="S12"]')!;
    expect(ft.querySelector('[data-figure="projects"]')).toHaveTextContent('253');
    expect(ft.querySelector('[data-figure="share"]')).toHaveTextContent('约 63%');
    expect(ft.querySelector('[data-figure="funds"]')).toHaveTextContent('1310.6亿元');
    expect(ft).toHaveTextContent('全市、四届合计');
    expect(ft).toHaveTextContent('S12');
    expect(ft).toHaveTextContent('已公布');
    // 63% of 253 is never turned into a count.
    expect(panel).not.toHaveTextContent('159');
    expect(panel.querySelector('[data-key]')).toBeNull();
  });

  it('says the current filters do not apply to the city-wide figure', () => {
    renderWithData(<ProgressPanel view={view({ districts: ['500110'] })} dataset={DATASET} />);
    expect(screen.getByRole('note')).toHaveTextContent('履约数字为全市合计');
  });
});
