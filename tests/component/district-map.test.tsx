import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { DistrictMapPanel } from '../../src/features/district-map/district-map-panel';
import { useViewStore } from '../../src/stores/view-store';
import { renderWithData } from './render';

function renderPanel(filters = EMPTY_FILTERS, preload = true) {
  const view = computeView(DATASET, filters);
  return renderWithData(<DistrictMapPanel view={view} dataset={DATASET} />, { preload });
}

describe('district map panel', () => {
  it('lists all 38 districts with named-project counts and toggles the filter from the list', async () => {
    const user = userEvent.setup();
    renderPanel();
    const list = screen.getByRole('heading', { name: '区县列表' }).parentElement!;
    expect(list.querySelectorAll('[data-district-item]')).toHaveLength(38);
    expect(list.querySelectorAll('[data-area-item]')).toHaveLength(3);
    const qijiang = within(list).getByRole('button', { name: /綦江区.*点名项目 1 个，已公布金额合计 35亿元/ });
    await user.click(qijiang);
    expect(useViewStore.getState().filters.districts).toEqual(['500110']);
  });

  it('searches by zh name (with or without 区), en name and code', async () => {
    const user = userEvent.setup();
    renderPanel();
    const search = screen.getByRole('searchbox', { name: '查找区县' });
    await user.type(search, '綦江');
    expect(document.querySelectorAll('[data-district-item]')).toHaveLength(1);
    await user.clear(search);
    await user.type(search, 'qijiang');
    expect(document.querySelector('[data-district-item]')).toHaveAttribute('data-district-item', '500110');
    await user.clear(search);
    await user.type(search, '500231');
    expect(document.querySelector('[data-district-item]')).toHaveAttribute('data-district-item', '500231');
    await user.clear(search);
    await user.type(search, 'nowhere');
    expect(screen.getByText('没有匹配的区县。')).toBeInTheDocument();
  });

  it('states basis and coverage: named projects only, 8 of 92, schematic boundaries', () => {
    renderPanel();
    const note = screen.getByText(/点名项目 8\/92 个/);
    expect(note).toHaveTextContent('仅点名项目');
    expect(note).toHaveTextContent('边界为示意');
    expect(note).toHaveTextContent('G1');
  });

  it('switches the measure through the store (and so the URL)', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('radio', { name: '点名项目数' }));
    expect(useViewStore.getState().measure).toBe('count');
  });

  it('draws the fixture districts with data-district and accessible names once Leaflet loads', async () => {
    renderPanel();
    await waitFor(() => expect(document.querySelectorAll('path[data-district]')).toHaveLength(2), { timeout: 5000 });
    const path = document.querySelector('path[data-district="500110"]');
    expect(path).toHaveAttribute('aria-label', expect.stringContaining('綦江区'));
    expect(path).toHaveAttribute('aria-pressed', 'false');
  });

  // Mouse clicks need layout (Leaflet reads pointer positions), so they are tested end to end.
  it('toggles a district from its map path by keyboard (Enter, Space)', async () => {
    const user = userEvent.setup();
    renderPanel();
    await waitFor(() => expect(document.querySelectorAll('path[data-district]')).toHaveLength(2), { timeout: 5000 });
    const path = document.querySelector<SVGPathElement>('path[data-district="500110"]')!;
    path.focus();
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().filters.districts).toEqual(['500110']);
    await user.keyboard(' ');
    expect(useViewStore.getState().filters.districts).toEqual([]);
  });

  it('marks the selected district on the map (aria-pressed) when the view says so', async () => {
    renderPanel({ ...EMPTY_FILTERS, districts: ['500110'] });
    await waitFor(() => expect(document.querySelector('path[data-district="500110"]')).toHaveAttribute('aria-pressed', 'true'), { timeout: 5000 });
    expect(document.querySelector('path[data-district="500101"]')).toHaveAttribute('aria-pressed', 'false');
  });

  it('lists the functional areas beside the districts, says they are not districts, and toggles them', async () => {
    const user = userEvent.setup();
    renderPanel();
    const areas = screen.getByRole('region', { name: '功能区' });
    expect(areas).toHaveTextContent('不是行政区');
    const lj = within(areas).getByRole('button', { name: /两江新区.*4 个点名项目未说明是否计入 92 个.*不是行政区/ });
    await user.click(lj);
    expect(useViewStore.getState().filters.districts).toEqual(['liangjiang']);
    const search = screen.getByRole('searchbox', { name: '查找区县' });
    await user.type(search, '西部科学城');
    expect([...document.querySelectorAll('[data-area-item]')].map((b) => b.getAttribute('data-area-item'))).toEqual(['gaoxin']);
    expect(document.querySelectorAll('[data-district-item]')).toHaveLength(0);
  });

  it('draws each functional area as a focusable overlay that toggles by keyboard, with its note', async () => {
    const user = userEvent.setup();
    renderPanel();
    await waitFor(() => expect(document.querySelectorAll('path[data-area]')).toHaveLength(3), { timeout: 5000 });
    const ws = document.querySelector<SVGPathElement>('path[data-area="wansheng"]')!;
    expect(ws).toHaveAttribute('aria-label', expect.stringContaining('万盛经开区'));
    expect(ws).toHaveAttribute('aria-label', expect.stringContaining('不是行政区'));
    expect(document.querySelector('[data-area-label="wansheng"]')).toHaveTextContent('万盛经开区（大致范围）');
    ws.focus();
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().filters.districts).toEqual(['wansheng']);
    expect(screen.getByText(/虚线为功能区/)).toHaveTextContent('两江新区：4 个点名项目未说明是否计入 92 个');
  });

  it('when the geometry cannot be loaded, says so with a retry and keeps the district list', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('nope', { status: 404 })));
    renderPanel(EMPTY_FILTERS, false);
    expect(await screen.findByText('地图未能加载；下方区县列表仍可使用。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
    expect(document.querySelectorAll('[data-district-item]')).toHaveLength(38);
    vi.unstubAllGlobals();
  });
});
