/** File names that say what is inside, and saving a Blob from the browser. */
import type { Filters } from '../domain/filters';
import { filterSlug } from '../i18n/labels';

/** e.g. "sector-investment_qijiang_2021_zh.csv"; `lang` is the language's short tag (the catalog's pairKey). */
export function exportFileName(panel: string, measure: string | null, filters: Filters, lang: 'zh' | 'en', ext: string): string {
  const what = measure ? `${panel}-${measure}` : panel;
  return `${what}_${filterSlug(filters)}_2021_${lang}.${ext}`;
}

export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
