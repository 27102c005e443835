import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { Dataset, ItemizedProject, RegisterInfo, StageKey } from '../../src/data/types';
import { computeView } from '../../src/domain/engine';
import { registerDataset } from '../../src/domain/register/dataset';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { tableColumns } from '../../src/domain/table-columns';
import { ProjectTable } from '../../src/features/project-table/project-table';
import { projectsCsv } from '../../src/features/project-table/row-text';
import { makeI18n } from '../../src/i18n/i18n';
import { useViewStore } from '../../src/stores/view-store';
import { renderWithData } from './render';

function ids(): string[] {
  return [...document.querySelectorAll('[data-project]')].map((r) => r.getAttribute('data-project') ?? '');
}

describe('project table', () => {
  it('lists the named projects, largest stated amount first, unknown amounts last', () => {
    renderWithData(<ProjectTable view={computeView(DATASET, EMPTY_FILTERS)} dataset={DATASET} />);
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
    renderWithData(<ProjectTable view={computeView(DATASET, EMPTY_FILTERS)} dataset={DATASET} />);
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
    renderWithData(<ProjectTable view={computeView(DATASET, EMPTY_FILTERS)} dataset={DATASET} />);
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
    renderWithData(<ProjectTable view={computeView(dataset, EMPTY_FILTERS)} dataset={dataset} />);
    expect(ids()).toHaveLength(50);
    expect(screen.getByText('第 1–50 个，共 120 个')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getByText('第 101–120 个，共 120 个')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  it('explains an empty result and how to widen it', () => {
    renderWithData(<ProjectTable view={computeView(DATASET, { ...EMPTY_FILTERS, sectors: ['health'] })} dataset={DATASET} />);
    expect(screen.getByRole('status')).toHaveTextContent('没有符合当前筛选的点名项目');
    expect(screen.getByRole('status')).toHaveTextContent('移除部分筛选');
  });
});

describe('project table: what a register row holds beyond the columns', () => {
  const template = DATASET.projects[0]!;
  const register: RegisterInfo = {
    id: 'r-test01',
    name: '测试名录',
    fileName: 'office.xlsx',
    version: 1,
    versions: [{ version: 1, fileName: 'office.xlsx', importedAt: '2026-12-01T00:00:00Z', rows: 3 }],
    origin: 'browser',
    extraHeaders: ['联系人', '备注2'],
    columns: ['sector', 'investor'],
  };
  const rows: ItemizedProject[] = [
    // The office's own category 汽车 matched no sector: unclassified, its text kept.
    { ...template, id: 'car 1', district: '500112', area: null, amount: 30, sector: null, investor: 'private', source: { id: 'R', locator: 'office.xlsx' }, original: { categories: { sector: '汽车', investor: '民营企业' }, extra: ['张三', '重点项目'] } },
    { ...template, id: 'lj-1', district: null, area: 'liangjiang', amount: 20, sector: 'digital-economy', source: { id: 'R', locator: 'office.xlsx' }, original: { categories: {}, extra: ['', ''] } },
    { ...template, id: 'plain', district: '500110', area: null, amount: 10, source: { id: 'R', locator: 'office.xlsx' }, original: null },
  ];
  const { version, versions, origin, extraHeaders, columns } = register;
  const dataset: Dataset = registerDataset(rows, { id: register.id, name: register.name, fileName: register.fileName, importedAt: '2026-12-01T00:00:00Z', info: { version, versions, origin, extraHeaders, columns } });
  const render = () => renderWithData(<ProjectTable view={computeView(dataset, EMPTY_FILTERS)} dataset={dataset} />);

  it('an unclassified category shows the file’s word; a mapped one shows it beside the term', () => {
    render();
    const car = document.querySelector<HTMLElement>('[data-project="car 1"]')!;
    expect(car).toHaveTextContent('未分类（原文：汽车）');
    expect(car).toHaveTextContent('民企（原文：民营企业）');
    expect(document.querySelector('[data-project="lj-1"]')).toHaveTextContent('两江新区');
  });

  it('row details open and close by keyboard and list the unmapped columns with their headers', async () => {
    const user = userEvent.setup();
    render();
    // Only rows with something more than the columns get a details control.
    expect(document.querySelector('[data-row-details-toggle="lj-1"]')).toBeNull();
    expect(document.querySelector('[data-row-details-toggle="plain"]')).toBeNull();
    const toggle = screen.getByRole('button', { name: `“${i18nName(rows[0]!)}”的详情` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.querySelector<HTMLElement>('[data-row-details="car 1"]')!;
    expect(details).toHaveTextContent('联系人：张三');
    expect(details).toHaveTextContent('备注2：重点项目');
    expect(details).toHaveTextContent('汽车 → 未分类');
    expect(details).toHaveTextContent('民营企业 → 民企');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBe(details.querySelector('td'));
    await user.keyboard(' ');
    expect(document.querySelector('[data-row-details="car 1"]')).toBeNull();
  });

  it('the CSV keeps the file’s category texts beside the categories and its unmapped columns', () => {
    const i18n = makeI18n('zh-CN', 'register');
    const table = projectsCsv(rows, tableColumns(dataset), register, new Map(DATASET.districts.map((d) => [d.code, d])), i18n);
    expect(table.columns).toEqual(['区县/功能区', '区划代码', '签约方', '项目', '投资额（亿元）', '行业', '行业（原文）', '投资方类型', '投资方类型（原文）', '签约方式', '签约方式（原文）', '来源', '联系人', '备注2']);
    expect(table.rows[0]).toEqual(['渝北区', '500112', i18n.pick(template.partner), i18n.pick(template.name), 30, '未分类', '汽车', '民企', '民营企业', '未分类', '', 'R office.xlsx', '张三', '重点项目']);
    // An area row names its area and carries the area key as its code; it is in no district.
    expect(table.rows[1]?.slice(0, 2)).toEqual(['两江新区', 'liangjiang']);
    expect(table.rows[2]?.slice(-2)).toEqual(['', '']);
    const en = projectsCsv(rows, tableColumns(dataset), register, new Map(), makeI18n('en', 'register'));
    expect(en.columns).toContain('Sector (file)');
  });
});

function i18nName(row: ItemizedProject): string {
  return row.name.zh;
}

describe('project table: a register’s progress columns', () => {
  const template = DATASET.projects[0]!;
  const progress = (stage: StageKey | null, fundsInPlace: number | null, startDate: string | null) => ({ stage, fundsInPlace, startDate, reportDate: null, edition: null });
  const source = { id: 'R', locator: 'p.csv' } as const;
  const rows: ItemizedProject[] = (
    [
    { ...template, id: 'p1', district: '500110', area: null, amount: 35, source: { id: 'R', locator: 'p.csv' }, progress: progress('started', 6, '2021-10-08'), original: { categories: { stage: '在建' }, extra: [] } },
    { ...template, id: 'p2', district: '500102', area: null, amount: 20, source: { id: 'R', locator: 'p.csv' }, progress: progress('producing', 20, '2021-09-01'), original: null },
    { ...template, id: 'p3', district: '500116', area: null, amount: 12, source: { id: 'R', locator: 'p.csv' }, progress: progress(null, null, null), original: null },
    ] satisfies ItemizedProject[]
  ).map(({ inside92: _, ...r }) => ({ ...r, source }));
  const dataset: Dataset = registerDataset(rows, { id: 'r-prog', name: '进展', fileName: 'p.csv', importedAt: '2026-12-01T00:00:00Z', info: { version: 1, versions: [{ version: 1, fileName: 'p.csv', importedAt: '2026-12-01T00:00:00Z', rows: 3 }], origin: 'browser', extraHeaders: [], columns: ['stage', 'funds', 'startDate'] } });
  const cell = (id: string, col: string) => document.querySelector(`[data-project="${id}"] [data-col="${col}"]`)?.textContent;

  it('shows stage as a term, funds in place and start date; sorts by funds; the file’s word is in the details', async () => {
    const user = userEvent.setup();
    renderWithData(<ProjectTable view={computeView(dataset, EMPTY_FILTERS)} dataset={dataset} />);
    expect(screen.getAllByRole('columnheader').map((h) => h.getAttribute('data-sort-column'))).toEqual(['district', 'partner', 'project', 'amount', 'sector', 'investor', 'stage', 'funds', 'startDate', null, null]);
    expect(cell('p1', 'stage')).toBe('已开工');
    expect(cell('p1', 'funds')).toBe('6亿元');
    expect(cell('p1', 'startDate')).toBe('2021-10-08');
    expect(cell('p3', 'stage')).toBe('未填写');
    expect(cell('p3', 'funds')).toBe('未填写');
    expect(document.querySelector('[data-project="p1"]')).not.toHaveTextContent('未说明是否计入 92 个');
    const funds = screen.getByRole('columnheader', { name: /到位资金/ });
    await user.click(within(funds).getByRole('button'));
    expect(funds).toHaveAttribute('aria-sort', 'descending');
    expect(ids()).toEqual(['p2', 'p1', 'p3']);
    await user.click(within(funds).getByRole('button'));
    expect(ids()).toEqual(['p1', 'p2', 'p3']);
    await user.click(screen.getByRole('button', { name: `“${rows[0]!.name.zh}”的详情` }));
    expect(document.querySelector('[data-row-details="p1"]')).toHaveTextContent('进度：在建 → 已开工');
  });

  it('the published figures have no progress columns', () => {
    renderWithData(<ProjectTable view={computeView(DATASET, EMPTY_FILTERS)} dataset={DATASET} />);
    expect(document.querySelector('[data-sort-column="funds"]')).toBeNull();
    expect(document.querySelector('[data-col]')).toBeNull();
  });
});
