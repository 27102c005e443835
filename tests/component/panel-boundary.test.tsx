import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChunkLoadError } from '../../src/components/load-chunk';
import { DialogBoundary, PanelBoundary } from '../../src/components/panel-boundary';
import { preloadable } from '../../src/components/preloadable';
import { retryPresenterFailures, usePresenterFailures } from '../../src/components/presenter-failures';
import { setMode } from '../../src/stores/view-store';

function Boom(): never {
  throw new Error('chart exploded');
}

/** A chunk that fails until `network.up` is set, then loads. */
function flakyChunk() {
  const network = { up: false, fetches: 0 };
  const Panel = preloadable(
    () => {
      network.fetches++;
      return network.up ? Promise.resolve({ Panel: () => <p>the panel</p> }) : Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/assets/panel-abc.js'));
    },
    (m) => m.Panel,
  );
  return { network, Panel };
}

function FailureList() {
  const failures = usePresenterFailures();
  return <p data-testid="presenter">{failures.map((f) => f.name).join(',')}</p>;
}

describe('PanelBoundary', () => {
  it('shows an error card naming the failed panel while its siblings keep working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <PanelBoundary name="Sector">
          <Boom />
        </PanelBoundary>
        <PanelBoundary name="KPIs">
          <p>92 projects</p>
        </PanelBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('“Sector”面板出错');
    expect(screen.getByText('chart exploded')).toBeInTheDocument();
    expect(screen.getByText('92 projects')).toBeInTheDocument();
  });

  it('a chunk that failed twice is a message with Retry; Retry fetches it again once the network is back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { network, Panel } = flakyChunk();
    render(
      <PanelBoundary name="行业">
        <Suspense fallback={<p>loading</p>}>
          <Panel />
        </Suspense>
      </PanelBoundary>,
    );
    const card = await screen.findByRole('alert');
    expect(card).toHaveTextContent('“行业”未能加载');
    // The loader retried once by itself.
    expect(network.fetches).toBe(2);
    network.up = true;
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('the panel')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('in presentation mode a failed panel leaves its place empty and is listed for the presenter instead', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    act(() => setMode('present'));
    const { network, Panel } = flakyChunk();
    render(
      <>
        <PanelBoundary name="地图">
          <Suspense fallback={<p>loading</p>}>
          <Panel />
        </Suspense>
        </PanelBoundary>
        <FailureList />
      </>,
    );
    expect(await screen.findByText('地图')).toHaveAttribute('data-testid', 'presenter');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('[data-off-scene]')).not.toBeNull();
    network.up = true;
    act(() => retryPresenterFailures());
    expect(await screen.findByText('the panel')).toBeInTheDocument();
    expect(screen.getByTestId('presenter')).toHaveTextContent('');
  });
});

describe('DialogBoundary', () => {
  it('a dialog whose code failed opens as a message with Retry and Close', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onClose = vi.fn();
    function Failing(): never {
      throw new ChunkLoadError('Failed to fetch dynamically imported module', null);
    }
    render(
      <DialogBoundary name="分享" onClose={onClose}>
        <Failing />
      </DialogBoundary>,
    );
    expect(screen.getByRole('dialog')).toHaveTextContent('“分享”未能加载');
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalled();
  });
});
