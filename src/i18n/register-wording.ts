/**
 * When an imported register is shown, the words change with the data: its rows are the full
 * list, not "named projects", and its amounts are the register's, not "published". This
 * overlay replaces just those phrases, in both languages; everything else stays as it is.
 */
import type { Messages } from './messages';

type Overlay = (base: Messages) => Messages;

const zhOverlay: Overlay = (b) => ({
  ...b,
  sourcesIntro: '当前数字由导入的项目名录（来源 R）计算。下列公开来源仍用于与已公布数字核对。',
  regions: { ...b.regions, projects: '名录项目' },
  unclassifiedRows: (n) => `另有 ${n} 个符合条件的名录项目在此维度未填写。`,
  chartNoNamed: '名录中没有符合当前筛选的项目。',
  noProjects: '名录中没有符合当前筛选的项目。',
  noProjectsHint: '移除部分筛选（上方的筛选标签）即可扩大范围。',
  exportUi: { ...b.exportUi, columns: { ...b.exportUi.columns, named: '名录项目数', amount: '投资额（亿元）', unstated: '未填金额的项目数' } },
  tourEditor: { ...b.tourEditor, panelName: { ...b.tourEditor.panelName, projects: '名录项目' } },
  map: {
    ...b.map,
    measure: { amount: '名录投资额', count: '名录项目数' },
    legendNone: '名录中无项目',
    noNamed: '名录中无项目',
    named: (n) => `名录项目 ${n} 个`,
    amountStated: (a) => `投资额合计 ${a}`,
    basisLine: '依据：导入的完整项目名录',
  },
});

const enOverlay: Overlay = (b) => ({
  ...b,
  sourcesIntro: 'The figures are computed from the imported project register (source R). The public sources below remain listed for comparison with the published figures.',
  regions: { ...b.regions, projects: 'Register projects' },
  unclassifiedRows: (n) => `${n} more matching register project${n === 1 ? ' has' : 's have'} no value on this dimension.`,
  chartNoNamed: 'No project in the register matches the current filters.',
  noProjects: 'No project in the register matches the current filters.',
  noProjectsHint: 'Remove a filter (the chips above) to widen the view.',
  exportUi: { ...b.exportUi, columns: { ...b.exportUi.columns, named: 'Register projects', amount: 'Investment (100 million yuan)', unstated: 'Projects without amount' } },
  tourEditor: { ...b.tourEditor, panelName: { ...b.tourEditor.panelName, projects: 'Register projects' } },
  map: {
    ...b.map,
    measure: { amount: 'Register investment', count: 'Register project count' },
    legendNone: 'No project in the register',
    noNamed: 'No project in the register',
    named: (n) => `${n} register project${n === 1 ? '' : 's'}`,
    amountStated: (a) => `investment totals ${a}`,
    basisLine: 'Basis: the imported full register',
  },
});

const cache = new WeakMap<Messages, Messages>();

/** The catalog with the register's wording (memoized per catalog). */
export function registerWording(base: Messages, lang: 'zh-CN' | 'en'): Messages {
  let out = cache.get(base);
  if (!out) {
    out = (lang === 'en' ? enOverlay : zhOverlay)(base);
    cache.set(base, out);
  }
  return out;
}
