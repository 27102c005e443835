import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { ItemizedProject } from '../../src/data/types';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { ProjectTable } from '../../src/features/project-table/project-table';
import { useViewStore } from '../../src/stores/view-store';
import { renderWithData } from './render';

function ids(): string[] {
  return [...document.querySelectorAll('[data-project]')].map((r) => r.getAttribute('data-project') ?? '');
}

describe('project table', () => {
  it('lists the named projects, largest stated amount first, unknown amounts last', () => {
    renderWithData(<ProjectTable view={computeView(DATASET, EMPTY_FILTERS)} districts={DATASET.districts} />);
    expect(ids().slice(0, 5)).toEqual(['qijiang-zhongnan', 'fuling-wulian', 'jiangjin-manwah', 'dianjiang-yaoxing', 'liangjiang-iat']);
    expect(ids()).toHaveLength(12);
    const bishan = document.querySelector<HTMLElement>('[data-project="bishan-csgc"]')!;
    expect(bishan).toHaveTextContent('未公布');
    expect(bishan).toHaveTextContent('央企');
    expect(document.querySelector('[data-project="fuling-wulian"]')).toHaveTextContent('未分类');
    expect(document.querySelector('[data-project="liangjiang-tencent"]')).toHaveTextContent('未说明是否计入 92 个');
  });

  it('sorts by a column and flips direction; aria-sort follows', async () => {
    const user = userEvent.setup();
    renderWithData(<ProjectTable view={computeView(DATASET, EMPTY_FILTERS)} districts={DATASET.districts} />);
    const amountHeader = screen.getByRole('columnheader', { name: /投资额/ });
    expect(amountHeader).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(amountHeader).getByRole('button'));
    expect(amountHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(ids()[0]).toBe('dianjiang-yaoxing');
    // Approximate and unknown amounts stay after known ones either way.
    expect(ids().slice(-6).every((id) => DATASET.projects.find((p) => p.id === id)?.amount === null)).toBe(true);
    await user.click(within(screen.getByRole('columnheader', { name: /签约方/ })).getByRole('button'));
    expect(screen.getByRole('columnheader', { name: /签约方/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('"show on map" highlights the row’s district in the store (and the row)', async () => {
    const user = userEvent.setup();
    renderWithData(<ProjectTable view={computeView(DATASET, EMPTY_FILTERS)} districts={DATASET.districts} />);
    const row = document.querySelector<HTMLElement>('[data-project="qijiang-zhongnan"]')!;
    await user.click(within(row).getByRole('button', { name: /在地图上显示/ }));
    expect(useViewStore.getState().highlight).toBe('500110');
    expect(row).toHaveClass('highlighted');
    await user.click(within(row).getByRole('button', { name: /在地图上显示/ }));
    expect(useViewStore.getState().highlight).toBeNull();
  });

  it('pages a long register 50 rows at a time', async () => {
    const user = userEvent.setup();
    const template = DATASET.projects[0]!;
    const rows: ItemizedProject[] = Array.from({ length: 120 }, (_, i) => ({ ...template, id: `row-${i}`, amount: i + 1 }));
    const dataset = { ...DATASET, projects: rows };
    renderWithData(<ProjectTable view={computeView(dataset, EMPTY_FILTERS)} districts={DATASET.districts} />);
    expect(ids()).toHaveLength(50);
    expect(screen.getByText('第 1–50 个，共 120 个')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getByText('第 101–120 个，共 120 个')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  it('explains an empty result and how to widen it', () => {
    renderWithData(<ProjectTable view={computeView(DATASET, { ...EMPTY_FILTERS, sectors: ['health'] })} districts={DATASET.districts} />);
    expect(screen.getByRole('status')).toHaveTextContent('没有符合当前筛选的点名项目');
    expect(screen.getByRole('status')).toHaveTextContent('移除部分筛选');
  });
});
