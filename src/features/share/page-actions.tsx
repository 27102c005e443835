/** Whole-dashboard exports: a one-page PNG of the current view, slides, and print (A4 landscape → PDF). */
import { useState } from 'react';
import { exportFailure } from '../../components/export-failure';
import { loadChunk } from '../../components/load-chunk';
import { useI18n } from '../../i18n/i18n';
import { useDataset } from '../../queries/dataset';
import { useView } from '../../queries/view';
import type * as PageExportModule from './page-export';

export interface PageExport {
  key: 'page-png' | 'page-slide' | 'page-slide-4k' | 'print';
  label: string;
  run: () => void;
}

/** The page's exports (PNG, slides, print) and the last failure: the desktop's Export menu and a phone's tools menu offer the same. */
export function usePageExports(): { exports: readonly PageExport[]; error: string | null } {
  const i18n = useI18n();
  const { t } = i18n;
  const { data } = useDataset();
  const { view } = useView();
  const [error, setError] = useState<string | null>(null);
  const run = (work: (m: typeof PageExportModule) => Promise<void>) => {
    setError(null);
    loadChunk(() => import('./page-export'))
      .then(work)
      .catch((e: unknown) => setError(exportFailure(e, t)));
  };
  const pagePng = () => run((m) => m.pagePng(data, view, i18n));
  const pageSlide = (uhd: boolean) => run((m) => m.pageSlide(data, view, i18n, uhd));
  return {
    exports: [
      { key: 'page-png', label: t.exportUi.page, run: pagePng },
      { key: 'page-slide', label: t.exportUi.pageSlide, run: () => pageSlide(false) },
      { key: 'page-slide-4k', label: t.exportUi.pageSlide4k, run: () => pageSlide(true) },
      { key: 'print', label: t.exportUi.print, run: () => window.print() },
    ],
    error,
  };
}

export function PageActions({ exports, error }: { exports: readonly PageExport[]; error: string | null }) {
  const { t } = useI18n();
  return (
    <details className="export-menu page-actions" data-export-skip="">
      <summary>{t.exportUi.menu}</summary>
      <div className="export-options">
        {exports.map((x) => (
          <button key={x.key} type="button" data-export={x.key} onClick={x.run}>
            {x.label}
          </button>
        ))}
        {error ? <p role="alert">{error}</p> : null}
      </div>
    </details>
  );
}
