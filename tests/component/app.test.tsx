import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { App } from '../../src/app/app';
import { applySearch, useViewStore } from '../../src/stores/view-store';
import { renderWithData } from './render';

/** A panel's element, once its code chunk has loaded and it has mounted (panels are lazy). */
async function panel(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`${selector} is not drawn yet`);
    return el;
  });
}

function kpi(name: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-kpi="${name}"]`);
  if (!el) throw new Error(`no KPI ${name}`);
  return el;
}

describe('App shell', () => {
  it('loads a dataset source through the query (loading state first) and shows the published totals in zh', async () => {
    // The source answers when the test says so: the loading state is seen for certain first.
    let answer: (dataset: typeof DATASET) => void = () => undefined;
    const loaded = new Promise<typeof DATASET>((resolve) => {
      answer = resolve;
    });
    renderWithData(<App />, { load: () => loaded });
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);
    expect(document.querySelector('[data-kpi="projects"]')).toBeNull();
    answer(DATASET);
    await waitFor(() => expect(document.querySelector('[data-kpi="projects"]')).not.toBeNull());
    expect(kpi('projects')).toHaveTextContent('92');
    expect(kpi('investment')).toHaveTextContent('2524亿元');
    expect(kpi('investment')).toHaveAttribute('data-basis', 'published');
    expect(kpi('investment')).toHaveTextContent('已公布');
    expect(kpi('investment')).toHaveTextContent('S1');
    expect(kpi('over10')).toHaveTextContent('81');
    expect(kpi('over50')).toHaveTextContent('19');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English: html[lang], names and amounts follow', async () => {
    const user = userEvent.setup();
    renderWithData(<App />);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(kpi('investment')).toHaveTextContent('252.4billion yuan');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Smart China Expo');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('a sector filter shows the printed marginal; adding an investor says it was not published', async () => {
    const user = userEvent.setup();
    renderWithData(<App />);
    const sectorChart = await panel('[data-chart="sector"]');
    await user.click(within(sectorChart).getByRole('button', { name: '智能制造' }));
    expect(kpi('projects')).toHaveTextContent('32');
    expect(kpi('investment')).toHaveTextContent('1016亿元');
    expect(kpi('investment')).toHaveAttribute('data-basis', 'published');
    expect(within(sectorChart).getByRole('button', { name: '智能制造' })).toHaveAttribute('aria-pressed', 'true');

    const investorChart = await panel('[data-chart="investor"]');
    await user.click(within(investorChart).getByRole('button', { name: '央企' }));
    expect(kpi('projects')).toHaveAttribute('data-basis', 'itemized');
    // Neither figure published: the KPI row is one statement under the page's one banner.
    expect(kpi('projects')).toHaveTextContent('来源没有公布智能制造·央企的总数和分项数字');
    expect(kpi('projects')).toHaveTextContent('92 个签约项目中，来源点名了其中 1 个，均未写明金额。');
    expect(document.querySelectorAll('[data-page-banner]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-filter-chip]')).toHaveLength(2);
    expect(document.querySelectorAll('[data-project]')).toHaveLength(1);
  });

  it('chips remove single filters and "clear all" removes every filter', async () => {
    const user = userEvent.setup();
    applySearch('?sector=health&investor=private');
    renderWithData(<App />);
    await user.click(screen.getByRole('button', { name: /移除筛选 行业：大健康/ }));
    expect(useViewStore.getState().filters.sectors).toEqual([]);
    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(useViewStore.getState().filters.investors).toEqual([]);
    expect(kpi('projects')).toHaveTextContent('92');
  });

  it('names dropped URL values in a notice that can be dismissed', async () => {
    const user = userEvent.setup();
    applySearch('?sector=robots&lang=en');
    renderWithData(<App />);
    // The notice's code is fetched only for a link with dropped values.
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveAttribute('data-notice', 'url');
    expect(notice).toHaveTextContent('sector=robots');
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(document.querySelector('[data-notice="url"]')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an empty filter result explains itself instead of showing an empty table', async () => {
    applySearch('?district=500101');
    renderWithData(<App />);
    const table = await panel('[data-region="projects"]');
    expect(within(table).getByRole('status')).toHaveTextContent('没有符合当前筛选的点名项目');
    expect(within(table).getByRole('status')).toHaveTextContent('移除部分筛选');
    expect(kpi('projects')).toHaveAttribute('data-basis', 'itemized');
  });

  it('shows an error card with retry when a dataset source fails to load; the shell stays', async () => {
    renderWithData(<App />, { load: () => Promise.reject(new Error('register unreadable')) });
    await waitFor(() => expect(screen.getAllByText('数据未能加载。').length).toBeGreaterThan(0));
    expect(screen.getAllByRole('button', { name: '重试' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
