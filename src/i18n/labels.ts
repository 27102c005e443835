/** Labels for filter values in the current language, and a filename-safe slug of a filter state. */
import { DISTRICTS } from '../data/districts';
import { areaOf, isAreaKey } from '../domain/places';
import type { CategoryField, ItemizedProject } from '../data/types';
import type { View } from '../domain/engine';
import { VOCABULARIES } from '../data/vocabularies';
import { summarizeView, type KnownFigure, type ViewSummary } from '../domain/view-summary';
import { pageBanner } from '../domain/what-is-known';
import { DIMENSIONS, type Dimension, type Filters } from '../domain/filters';
import type { I18n } from './i18n';

/** A category's term in the current language (data/vocabularies.ts), or the key where no term has it. */
export function categoryName(field: CategoryField, key: string, i18n: I18n): string {
  const term = (VOCABULARIES[field] as readonly { key: string; zh: string; en: string }[]).find((x) => x.key === key);
  return term ? i18n.pick(term) : key;
}

export function valueLabel(dim: Dimension, key: string, i18n: I18n): string {
  const { t } = i18n;
  switch (dim) {
    case 'districts': {
      // A place: a district, or a functional area (a reporting unit, not a district).
      const d = DISTRICTS.find((x) => x.code === key) ?? areaOf(key);
      return d ? i18n.pick(d) : key;
    }
    case 'sectors':
      return categoryName('sector', key, i18n);
    case 'investors':
      return categoryName('investor', key, i18n);
    case 'sizes':
      return t.size[key as keyof typeof t.size] ?? key;
    case 'signing':
      return categoryName('signing', key, i18n);
    case 'stages':
      return categoryName('stage', key, i18n);
    case 'years':
      // A year reads the same in both languages ("届次: 2022", "Edition: 2022").
      return key;
  }
}

/**
 * A dimension's name for the given values: the place dimension is "区县" for districts,
 * "功能区" for areas only, and "区县/功能区" for a mix (an area is not a district).
 */
export function dimensionLabel(dim: Dimension, keys: readonly string[], i18n: I18n): string {
  const { t } = i18n;
  if (dim !== 'districts') return t.dimension[dim];
  const areas = keys.filter((k) => isAreaKey(k)).length;
  if (areas === 0) return t.dimension.districts;
  return areas === keys.length ? t.place.area : t.place.dimensionWithAreas;
}

/** "行业：智能制造；区县：綦江区或璧山区" — or the "no filter" text. */
export function filterSummary(filters: Filters, i18n: I18n): string {
  const parts = DIMENSIONS.filter((d) => filters[d].length > 0).map(
    (d) => `${dimensionLabel(d, filters[d], i18n)}${i18n.t.punct.colon}${i18n.or(filters[d].map((k) => valueLabel(d, k, i18n)))}`,
  );
  return parts.length > 0 ? parts.join(i18n.t.punct.semicolon) : i18n.t.noFilters;
}

/** A short ASCII slug of the filters for file names: "qijiang", "smart-manufacturing_private", "all". */
export function filterSlug(filters: Filters): string {
  const parts = DIMENSIONS.flatMap((d) =>
    filters[d].map((k) => {
      if (d !== 'districts' || areaOf(k)) return k;
      const en = DISTRICTS.find((x) => x.code === k)?.en ?? k;
      return en.split(' ')[0]?.toLowerCase().replace(/[^a-z0-9]+/g, '') ?? k;
    }),
  );
  if (parts.length === 0) return 'all';
  const slug = parts.join('-');
  return slug.length > 60 ? `${parts.slice(0, 3).join('-')}-and-${parts.length - 3}-more` : slug;
}

/** A named project's amount as the source states it: "35亿元", "约 10亿元", or "未公布". */
export function projectAmount(row: ItemizedProject, i18n: I18n): string {
  if (row.amount === null) return i18n.t.amountNotStated;
  return `${row.amountApprox ? `${i18n.t.approx} ` : ''}${i18n.amount(row.amount)}`;
}

/** A selection of more values than this is "this selection" in the banner (its chips name them). */
const BANNER_VALUES = 2;

/**
 * The page's one banner where the sources published no figure for the selection
 * (domain/what-is-known.ts), or null: "来源没有公布綦江区的总数和分项数字；本页的数字和图表只统计来源点名的项目。"
 */
export function pageBannerText(view: View, i18n: I18n): string | null {
  const banner = pageBanner(view);
  if (banner === null) return null;
  const { filters } = summarizeView(view);
  const values = filters.reduce((n, f) => n + f.keys.length, 0);
  return i18n.t.known.banner[banner](values > BANNER_VALUES ? null : selectionWords(filters, i18n));
}

/** One line on what the KPIs mean for this selection: all published, some, or none (then the page's banner, word for word). */
export function selectionSummary(view: View, i18n: I18n): string {
  const { t } = i18n;
  if (view.status === 'complete') return t.summaryComplete;
  if (view.active.length === 0) return t.summaryAll;
  const banner = pageBannerText(view, i18n);
  if (banner !== null) return banner;
  const figures = Object.values(view.kpis);
  const published = figures.filter((f) => f.fullPublished).length;
  return published === figures.length ? t.summaryPublished : t.summaryMixed;
}

/** The filters in force as a reader names the selection: "綦江区", "綦江区·智能制造", "Qijiang District or Bishan District". */
export function selectionWords(filters: readonly { dim: Dimension; keys: readonly string[] }[], i18n: I18n): string {
  return filters.map((f) => i18n.or(f.keys.map((k) => valueLabel(f.dim, k, i18n)))).join(i18n.t.phone.filterJoin);
}

/**
 * The view in one sentence (a phone's first line, the text a native share sends): the filters
 * in words, then what is known for them, from the engine's decisions (domain/view-summary.ts).
 */
export function viewSentence(summary: ViewSummary, i18n: I18n): string {
  const { t } = i18n;
  const p = t.phone;
  const where = summary.filters.length === 0 ? p.everything : selectionWords(summary.filters, i18n);
  const projects = p.projects(i18n.count(summary.projects.value), summary.projects.value);
  const amount = i18n.amount(summary.investment.value);
  switch (summary.known) {
    case 'published':
      return p.published(where, projects, amount);
    case 'complete':
      return p.complete(where, projects, amount);
    case 'named':
      return p.named(where, projects, summary.projects.value, summary.investment.value === 0 ? null : amount);
    case 'mixed': {
      const part = (label: string, f: KnownFigure, value: string) => p.part[f.known](label, value);
      return p.mixed(where, part(t.kpiLabel.projects, summary.projects, projects), part(t.kpiLabel.investment, summary.investment, amount));
    }
  }
}
