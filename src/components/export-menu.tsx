/**
 * A panel's "Export" menu: PNG (2×), slide PNG (16:9 at 1920×1080 or 3840×2160, laid out for
 * the slide by export/slide.ts), SVG (charts
 * and map), CSV and XLSX of the numbers it shows, each carrying title, filters, basis/coverage,
 * sources with locators, language, date and URL. Any panel that gives a `PanelExport` (a table
 * and its provenance) gets all of them. The export code and its libraries (html-to-image,
 * write-excel-file) load only when an export is asked for.
 */
import { useState } from 'react';
import { citation } from '../i18n/cite';
import { getSource } from '../data/sources';
import type { Source, SourceRef } from '../data/types';
import type { Filters } from '../domain/filters';
import type { ExportMeta, ExportTable } from '../export/csv';
import type { SlideBody } from '../export/slide';
import type { I18n } from '../i18n/i18n';
import { filterSummary, valueLabel } from '../i18n/labels';
import { useDataset } from '../queries/dataset';
import { useViewStore } from '../stores/view-store';
import { groupRefs } from './source-note';
import { exportFailure } from './export-failure';
import { loadChunk } from './load-chunk';
import { exportsMessages } from '../i18n/exports-messages';

export interface PanelExport {
  /** File-name key, e.g. "sector". */
  panel: string;
  title: string;
  /** What the panel measures now, for the file name (e.g. "investment"), or null. */
  measure: string | null;
  basis: string;
  /** Called when exporting (a register's rows can be many). */
  sources: () => readonly SourceRef[];
  table: () => ExportTable;
  node: () => HTMLElement | null;
  svg?: () => SVGSVGElement | null;
}

/** One line per cited source; `catalog` is the dataset's own list (an imported register's source is only there). */
export function sourceLines(refs: readonly SourceRef[], i18n: I18n, catalog: readonly Source[] = []): string[] {
  return groupRefs(refs, i18n).map((g) => {
    const s = catalog.find((c) => c.id === g.id) ?? getSource(g.id);
    return `${g.id} ${s ? citation(s, i18n) : ''} — ${g.text}`;
  });
}

export function exportMeta(spec: Pick<PanelExport, 'title' | 'basis' | 'sources'>, filters: Filters, i18n: I18n, catalog: readonly Source[] = []): ExportMeta {
  return {
    title: spec.title,
    filters: filterSummary(filters, i18n),
    basis: spec.basis,
    sources: sourceLines(spec.sources(), i18n, catalog),
    lang: i18n.lang,
    exportedAt: new Date().toISOString(),
    url: window.location.href,
  };
}


type Format = 'png' | 'slide' | 'slide4k' | 'svg' | 'csv' | 'xlsx';

async function runExport(format: Format, spec: PanelExport, i18n: I18n, catalog: readonly Source[]): Promise<void> {
  const filters = useViewStore.getState().filters;
  const meta = exportMeta(spec, filters, i18n, catalog);
  const labels = exportsMessages(i18n.lang).exportMeta;
  const [{ exportFileName, saveBlob }, { toCsv }] = await Promise.all([loadChunk(() => import('../export/files')), loadChunk(() => import('../export/csv'))]);
  const name = exportFileName(spec.panel, spec.measure, filters, i18n.t.pairKey, format);
  const presenting = useViewStore.getState().mode === 'present';
  const [bg, ink] = presenting ? ['#151b23', '#f3f6f9'] : ['#ffffff', '#1a1d21'];
  if (format === 'csv') {
    saveBlob(name, new Blob([toCsv(meta, spec.table(), labels)], { type: 'text/csv;charset=utf-8' }));
    return;
  }
  if (format === 'xlsx') {
    const { toXlsx } = await loadChunk(() => import('../export/xlsx'));
    saveBlob(name, await toXlsx(meta, spec.table(), { ...labels, ...exportsMessages(i18n.lang).exportXlsx }));
    return;
  }
  if (format === 'slide' || format === 'slide4k') {
    const node = spec.node();
    if (!node) throw new Error(i18n.t.exportUi.nothingDrawn);
    const slide = await loadChunk(() => import('../export/slide'));
    const slideName = exportFileName(spec.panel, spec.measure, filters, i18n.t.pairKey, format === 'slide' ? 'slide.png' : 'slide-4k.png');
    const svg = spec.svg?.() ?? null;
    // A map is drawn with its legend and district names; a chart as drawn; a table set as a table.
    const body: SlideBody = !svg
      ? { kind: 'table', table: spec.table() }
      : svg.querySelector('path[data-district]')
        ? { kind: 'map', svg, panel: node, name: (code) => valueLabel('districts', code, i18n) }
        : { kind: 'drawing', svg };
    const size = format === 'slide' ? slide.SLIDE_SIZES.hd : slide.SLIDE_SIZES.uhd;
    saveBlob(slideName, await slide.slidePng(body, meta, labels, exportsMessages(i18n.lang).exportSlide, size, bg, ink));
    return;
  }
  const image = await loadChunk(() => import('../export/image'));
  if (format === 'svg') {
    const svg = spec.svg?.();
    if (!svg) throw new Error(i18n.t.exportUi.nothingDrawn);
    saveBlob(name, new Blob([image.panelSvg(svg, meta, labels, ink, bg)], { type: 'image/svg+xml' }));
    return;
  }
  const node = spec.node();
  if (!node) throw new Error(i18n.t.exportUi.nothingDrawn);
  saveBlob(name, await image.panelPng(node, meta, labels, 2, bg, ink));
}

export function ExportMenu({ spec, i18n }: { spec: PanelExport; i18n: I18n }) {
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const { data } = useDataset();
  const [error, setError] = useState<string | null>(null);
  const formats: Format[] = spec.svg ? ['png', 'slide', 'slide4k', 'svg', 'csv', 'xlsx'] : ['png', 'slide', 'slide4k', 'csv', 'xlsx'];
  const go = (format: Format) => {
    setBusy(true);
    setError(null);
    runExport(format, spec, i18n, data?.sources ?? [])
      .catch((e: unknown) => setError(exportFailure(e, t)))
      .finally(() => setBusy(false));
  };
  return (
    <details className="export-menu" data-export-skip="">
      <summary aria-label={`${t.exportUi.menu}${t.punct.colon}${spec.title}`}>{t.exportUi.menu}</summary>
      <div className="export-options">
        {formats.map((f) => (
          <button key={f} type="button" disabled={busy} onClick={() => go(f)} data-export={f}>
            {t.exportUi.format[f]}
          </button>
        ))}
        {error ? <p role="alert">{error}</p> : null}
      </div>
    </details>
  );
}
