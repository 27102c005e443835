/** Whole-dashboard exports: a one-page PNG of the current view, and print (A4 landscape → PDF). */
import { useState } from 'react';
import { exportFailure, exportMeta } from '../../components/export-menu';
import { whenAllMounted } from '../../components/lazy-mount';
import { LOC, sourceRef } from '../../data/locators';
import type { SourceRef } from '../../data/types';
import type { View } from '../../domain/engine';
import { useI18n } from '../../i18n/i18n';
import { selectionSummary } from '../../i18n/labels';
import { useDataset } from '../../queries/dataset';
import { useView } from '../../queries/view';
import { useViewStore } from '../../stores/view-store';
import { loadChunk } from '../../components/load-chunk';

/** The sources the view's KPIs, charts, editions and map cite. */
function viewRefs(v: View): SourceRef[] {
  const charts = Object.values(v.charts).flatMap((c) => c.bars.flatMap((b) => [...b.projects.sources, ...b.investment.sources]));
  return [...Object.values(v.kpis).flatMap((f) => f.sources), ...charts, ...v.editions.editions.flatMap((e) => (e.investment ? [e.investment.source] : [])), sourceRef('G1', LOC.g1File)];
}

export function PageActions() {
  const i18n = useI18n();
  const { t } = i18n;
  const { data } = useDataset();
  const { view } = useView();
  const [error, setError] = useState<string | null>(null);
  const pagePng = async () => {
    setError(null);
    try {
      const node = document.querySelector<HTMLElement>('.app');
      if (!node || !data) throw new Error(t.exportUi.nothingDrawn);
      const filters = useViewStore.getState().filters;
      const basis = view ? selectionSummary(view, i18n) : t.summaryAll;
      const meta = exportMeta({ title: t.appTitle, basis, sources: () => data.sources.map((s) => ({ id: s.id, locator: s.use.zh, locatorEn: s.use.en })) }, filters, i18n, data.sources);
      // Panels below the first screen may not be mounted yet: the page image shows them all.
      const [{ panelPng }, { exportFileName, saveBlob }] = await Promise.all([loadChunk(() => import('../../export/image')), loadChunk(() => import('../../export/files')), whenAllMounted()]);
      saveBlob(exportFileName('dashboard', null, filters, i18n.t.pairKey, 'png'), await panelPng(node, meta, t.exportMeta, 1));
    } catch (e) {
      setError(exportFailure(e, t));
    }
  };
  // The page as one 16:9 slide: the dashboard's content (filters, KPIs, map, charts, table) fitted in.
  const pageSlide = async (uhd: boolean) => {
    setError(null);
    try {
      const node = document.querySelector<HTMLElement>('#main');
      if (!node || !data) throw new Error(t.exportUi.nothingDrawn);
      const filters = useViewStore.getState().filters;
      const basis = view ? selectionSummary(view, i18n) : t.summaryAll;
      // A slide has room for the sources its figures cite, not the whole registry.
      const meta = exportMeta({ title: t.appTitle, basis, sources: () => (view ? viewRefs(view) : []) }, filters, i18n, data.sources);
      const [{ slidePng, SLIDE_SIZES }, { exportFileName, saveBlob }] = await Promise.all([loadChunk(() => import('../../export/image')), loadChunk(() => import('../../export/files')), whenAllMounted()]);
      saveBlob(exportFileName('dashboard', null, filters, i18n.t.pairKey, uhd ? 'slide-4k.png' : 'slide.png'), await slidePng(node, meta, t.exportMeta, uhd ? SLIDE_SIZES.uhd : SLIDE_SIZES.hd));
    } catch (e) {
      setError(exportFailure(e, t));
    }
  };
  return (
    <details className="export-menu page-actions" data-export-skip="">
      <summary>{t.exportUi.menu}</summary>
      <div className="export-options">
        <button type="button" data-export="page-png" onClick={() => void pagePng()}>
          {t.exportUi.page}
        </button>
        <button type="button" data-export="page-slide" onClick={() => void pageSlide(false)}>
          {t.exportUi.pageSlide}
        </button>
        <button type="button" data-export="page-slide-4k" onClick={() => void pageSlide(true)}>
          {t.exportUi.pageSlide4k}
        </button>
        <button type="button" data-export="print" onClick={() => window.print()}>
          {t.exportUi.print}
        </button>
        {error ? <p role="alert">{error}</p> : null}
      </div>
    </details>
  );
}
