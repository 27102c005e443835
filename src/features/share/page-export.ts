/** The whole-page exports' work (its own chunk, fetched on use): a one-page PNG of the view, and the page as a 16:9 slide. */
import { exportMeta } from '../../components/export-menu';
import { loadChunk } from '../../components/load-chunk';
import { whenAllMounted } from '../../components/lazy-mount';
import { LOC, sourceRef } from '../../data/locators';
import type { Dataset, SourceRef } from '../../data/types';
import type { View } from '../../domain/engine';
import type { I18n } from '../../i18n/i18n';
import { selectionSummary, viewSentence } from '../../i18n/labels';
import { summarizeView } from '../../domain/view-summary';
import { useViewStore } from '../../stores/view-store';
import { exportsMessages } from '../../i18n/exports-messages';

/** The sources the view's KPIs, charts, editions and map cite. */
function viewRefs(v: View): SourceRef[] {
  const charts = Object.values(v.charts).flatMap((c) => c.bars.flatMap((b) => [...b.projects.sources, ...b.investment.sources]));
  return [...Object.values(v.kpis).flatMap((f) => f.sources), ...charts, ...v.editions.editions.flatMap((e) => (e.investment ? [e.investment.source] : [])), sourceRef('G1', LOC.g1File)];
}

export async function pagePng(data: Dataset | undefined, view: View | undefined, i18n: I18n): Promise<void> {
  const { t } = i18n;
  const node = document.querySelector<HTMLElement>('.app');
  if (!node || !data) throw new Error(t.exportUi.nothingDrawn);
  const filters = useViewStore.getState().filters;
  const basis = view ? selectionSummary(view, i18n) : t.summaryAll;
  const meta = exportMeta({ title: t.appTitle, basis, sources: () => data.sources.map((s) => ({ id: s.id, locator: s.use.zh, locatorEn: s.use.en })) }, filters, i18n, data.sources);
  // Panels below the first screen may not be mounted yet: the page image shows them all.
  const [{ panelPng }, { exportFileName, saveBlob }] = await Promise.all([loadChunk(() => import('../../export/image')), loadChunk(() => import('../../export/files')), whenAllMounted()]);
  saveBlob(exportFileName('dashboard', null, filters, i18n.t.pairKey, 'png'), await panelPng(node, meta, exportsMessages(i18n.lang).exportMeta, 1));
}

/**
 * The page as one 16:9 slide laid out for reading, not a thumbnail of the page: the view in one
 * sentence (what is known for the filters, the engine's decisions) and the breakdown charts drawn.
 */
export async function pageSlide(data: Dataset | undefined, view: View | undefined, i18n: I18n, uhd: boolean): Promise<void> {
  const { t } = i18n;
  const node = document.querySelector<HTMLElement>('#main');
  if (!node || !data) throw new Error(t.exportUi.nothingDrawn);
  const filters = useViewStore.getState().filters;
  const basis = view ? selectionSummary(view, i18n) : t.summaryAll;
  // A slide has room for the sources its figures cite, not the whole registry.
  const meta = exportMeta({ title: t.appTitle, basis, sources: () => (view ? viewRefs(view) : []) }, filters, i18n, data.sources);
  const [{ slidePng, SLIDE_SIZES }, { exportFileName, saveBlob }] = await Promise.all([loadChunk(() => import('../../export/slide')), loadChunk(() => import('../../export/files')), whenAllMounted()]);
  const charts = [...node.querySelectorAll<HTMLElement>('.chart[data-chart]')].flatMap((section) => {
    const svg = section.querySelector<SVGSVGElement>('.bars svg');
    const title = section.querySelector('h3')?.textContent ?? '';
    return svg ? [{ title, svg }] : [];
  });
  const lead = view ? viewSentence(summarizeView(view), i18n) : t.summaryAll;
  const words = exportsMessages(i18n.lang);
  saveBlob(exportFileName('dashboard', null, filters, i18n.t.pairKey, uhd ? 'slide-4k.png' : 'slide.png'), await slidePng({ kind: 'page', lead, charts }, meta, words.exportMeta, words.exportSlide, uhd ? SLIDE_SIZES.uhd : SLIDE_SIZES.hd));
}
