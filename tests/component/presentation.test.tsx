import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { DEFAULT_TOUR } from '../../src/stores/default-tour';
import { reloadTour, TOUR_STORAGE_KEY, useTourStore } from '../../src/stores/tour-store';
import { applySearch, useViewStore } from '../../src/stores/view-store';
import { renderWithData } from './render';

function key(k: string) {
  act(() => {
    fireEvent.keyDown(window, { key: k });
  });
}

async function present(search: string) {
  applySearch(search);
  renderWithData(<App />);
  // The presentation layout is a lazy chunk: on a loaded machine its first import can take seconds.
  await screen.findByText(/场景 \d+\/6/, {}, { timeout: 10_000 });
}

/**
 * Open a tour on a clock that moves only when the test moves it, never with the machine's
 * (however slowly a chunk loads): the presentation's lazy chunk is loaded first with real
 * timers, then the link is opened again on fake timers and drawn at once from that chunk.
 */
async function presentOnTestClock(search: string) {
  await present('?mode=present&scene=1&interval=0');
  cleanup();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  act(() => {
    applySearch(search);
    renderWithData(<App />);
  });
  expect(document.querySelector('.present-count')).not.toBeNull();
}

beforeEach(() => {
  localStorage.clear();
  reloadTour();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('presentation mode', () => {
  it('shows the scene from the URL, applies its filters, and marks the root data-mode', async () => {
    await present('?mode=present&scene=2&interval=0');
    expect(document.documentElement.dataset.mode).toBe('present');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('智能制造');
    expect(useViewStore.getState().filters.sectors).toEqual(['smart-manufacturing']);
    // The panels draw the scene's filters in the background (queries/view.ts).
    await waitFor(() => expect(document.querySelector('[data-kpi="projects"]')).toHaveTextContent('32'));
  });

  it('clicker keys: → / PageDown / Space next, ← / PageUp previous, Home / End', async () => {
    await present('?mode=present&scene=1&interval=0');
    key('ArrowRight');
    expect(useViewStore.getState().scene).toBe(2);
    key('PageDown');
    key(' ');
    expect(useViewStore.getState().scene).toBe(4);
    key('ArrowLeft');
    key('PageUp');
    expect(useViewStore.getState().scene).toBe(2);
    key('End');
    expect(useViewStore.getState().scene).toBe(6);
    key('Home');
    expect(useViewStore.getState().scene).toBe(1);
  });

  it('B and . toggle blackout; Esc leaves presentation mode', async () => {
    await present('?mode=present&scene=3&interval=0');
    key('b');
    expect(document.querySelector('[data-blackout]')).not.toBeNull();
    key('.');
    expect(document.querySelector('[data-blackout]')).toBeNull();
    key('Escape');
    expect(useViewStore.getState().mode).toBe('explore');
    expect(useViewStore.getState().scene).toBeNull();
  });

  it('auto-advances every N seconds, wraps, and any interaction pauses it (fake timers)', async () => {
    await presentOnTestClock('?mode=present&scene=5&interval=10');
    expect(screen.getByText('每 10 秒自动切换')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(9_999));
    expect(useViewStore.getState().scene).toBe(5);
    act(() => void vi.advanceTimersByTime(1));
    expect(useViewStore.getState().scene).toBe(6);
    act(() => void vi.advanceTimersByTime(10_000));
    expect(useViewStore.getState().scene).toBe(1);
    act(() => {
      fireEvent.pointerDown(window);
    });
    expect(screen.getByText('已暂停')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(30_000));
    expect(useViewStore.getState().scene).toBe(1);
    key('p');
    act(() => void vi.advanceTimersByTime(10_000));
    expect(useViewStore.getState().scene).toBe(2);
  });

  it('interval=0 means manual: nothing advances', async () => {
    await presentOnTestClock('?mode=present&scene=1&interval=0');
    act(() => void vi.advanceTimersByTime(120_000));
    expect(useViewStore.getState().scene).toBe(1);
    expect(screen.getByText('手动切换')).toBeInTheDocument();
  });

  it('the Present button starts the tour at scene 1', async () => {
    const user = userEvent.setup();
    renderWithData(<App />);
    await user.click(screen.getByRole('button', { name: /演示模式/ }));
    expect(useViewStore.getState().mode).toBe('present');
    expect(await screen.findByText('场景 1/6')).toBeInTheDocument();
  });
});

describe('tour editor', () => {
  it('adds the current view as a scene, reorders and deletes, and keeps the tour in localStorage', async () => {
    const user = userEvent.setup();
    applySearch('?sector=health');
    renderWithData(<App />);
    await user.click(screen.getByRole('button', { name: '导览（6 个场景）' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('标题（中文）'), '大健康');
    await user.type(within(dialog).getByLabelText('标题（英文）'), 'Health');
    await user.type(within(dialog).getByLabelText('讲解（中文）'), '大健康产业的已公布数字。');
    await user.type(within(dialog).getByLabelText('讲解（英文）'), 'Published health-industry figures.');
    await user.click(within(dialog).getByRole('button', { name: '添加场景' }));
    expect(useTourStore.getState().scenes).toHaveLength(7);
    const added = useTourStore.getState().scenes[6]!;
    expect(added.filters.sectors).toEqual(['health']);
    expect(JSON.parse(localStorage.getItem(TOUR_STORAGE_KEY)!).scenes).toHaveLength(7);

    await user.click(within(dialog).getByRole('button', { name: '上移：大健康' }));
    expect(useTourStore.getState().scenes[5]!.id).toBe(added.id);
    await user.click(within(dialog).getByRole('button', { name: '删除：大健康' }));
    expect(useTourStore.getState().scenes.map((s) => s.id)).toEqual(DEFAULT_TOUR.map((s) => s.id));
  });

  it('imports a valid tour file and rejects a bad one, keeping the existing tour', async () => {
    const user = userEvent.setup();
    renderWithData(<App />);
    await user.click(screen.getByRole('button', { name: '导览（6 个场景）' }));
    const dialog = await screen.findByRole('dialog');
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;

    const bad = new File(['{"format":"cq-expo-tour","version":1,"scenes":[{"title":{"zh":"甲"}}]}'], 'bad.json', { type: 'application/json' });
    await user.upload(input, bad);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('文件未导入，原导览保持不变');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('scene 1.title.en');
    expect(useTourStore.getState().scenes).toHaveLength(6);

    const notJson = new File(['not json'], 'x.json', { type: 'application/json' });
    await user.upload(input, notJson);
    expect(await within(dialog).findByText(/不是有效的 JSON 文件/)).toBeInTheDocument();

    const good = {
      format: 'cq-expo-tour',
      version: 1,
      scenes: [{ id: 'only', title: { zh: '唯一', en: 'Only' }, point: { zh: '一句话', en: 'One line' }, panels: ['editions'] }],
    };
    await user.upload(input, new File([JSON.stringify(good)], 'good.json', { type: 'application/json' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('已导入 1 个场景');
    expect(useTourStore.getState().scenes.map((s) => s.id)).toEqual(['only']);
  });

  it('falls back to the default tour when the saved one is corrupt, and says so', async () => {
    localStorage.setItem(TOUR_STORAGE_KEY, '{"format":"cq-expo-tour","version":1,"scenes":"nope"}');
    reloadTour();
    expect(useTourStore.getState().scenes).toEqual(DEFAULT_TOUR);
    const user = userEvent.setup();
    renderWithData(<App />);
    await user.click(screen.getByRole('button', { name: '导览（6 个场景）' }));
    expect(await screen.findByText('保存的导览无法读取，已改用默认导览。')).toBeInTheDocument();
  });
});
