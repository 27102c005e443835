/**
 * The tour that ships: overview → 智能制造 → investor mix → districts with named projects →
 * Liangjiang → editions. Each scene has one hero (domain/scene-hero.ts): the published totals,
 * the sector's published figure, the investor chart, the map of the named districts, the map
 * of 两江新区 with its named projects, the editions chart. Talking points state only what the
 * dataset supports.
 */
import { EMPTY_FILTERS } from '../domain/filters';
import type { Scene } from '../domain/tour';

/** The districts the primary source names projects in (S1 §各区县亮点看过来). */
const NAMED_DISTRICTS = ['500102', '500105', '500107', '500110', '500116', '500118', '500120', '500231'];

/**
 * Scenes the default tour gains while a register with progress columns is shown: its stages and
 * rates, then month over month (月通报). Their talking points state what the panels compute.
 */
export const PROGRESS_SCENES: readonly Scene[] = [
  {
    id: 'register-progress',
    title: { zh: '签约之后：开工与资金到位', en: 'After the signing: started projects and funds in place' },
    point: { zh: '按名录统计各阶段项目数、开工率和资金到位率，并按区县、功能区排名（项目过少的不排名）。', en: 'Stages, started rate and funds-in-place rate from the register, ranked by district and area (units with too few projects are not ranked).' },
    filters: EMPTY_FILTERS,
    panels: ['progress'],
    highlight: null,
    measure: 'amount',
  },
  {
    id: 'register-monthly',
    title: { zh: '月通报：与上一期相比', en: 'Month over month' },
    point: { zh: '与上一版名录（或上一填报日期）相比：新开工、新投产的项目，新增到位资金，各区县开工率与名次的变化。', en: 'Against the previous version (or reporting date): projects newly started or producing, funds added, each district’s rate and rank then and now.' },
    filters: EMPTY_FILTERS,
    panels: ['monthly'],
    highlight: null,
    measure: 'amount',
  },
];

/** The tour to show: the default tour gains the progress scenes for a register with progress; an edited tour stays as its author made it. */
export function tourWithProgress(scenes: readonly Scene[], registerHasProgress: boolean): readonly Scene[] {
  return scenes === DEFAULT_TOUR && registerHasProgress ? [...DEFAULT_TOUR, ...PROGRESS_SCENES] : scenes;
}

export const DEFAULT_TOUR: readonly Scene[] = [
  {
    id: 'overview',
    title: { zh: '总览：2021智博会重大项目签约', en: 'Overview: the 2021 Smart China Expo signing' },
    point: { zh: '已公布的总数：签约项目数与合同投资额；智能制造投资额最大。', en: 'The published totals: projects signed and contract investment; smart manufacturing is the largest sector by investment.' },
    filters: EMPTY_FILTERS,
    panels: ['sector'],
    highlight: null,
    measure: 'amount',
    hero: 'figure',
  },
  {
    id: 'smart-manufacturing',
    title: { zh: '智能制造', en: 'Smart manufacturing' },
    point: { zh: '智能制造项目数与投资额均为已公布数字，约占合同投资额的四成。', en: 'The projects and investment of smart manufacturing are published figures: about 40% of the contract investment.' },
    filters: { ...EMPTY_FILTERS, sectors: ['smart-manufacturing'] },
    panels: ['sector'],
    highlight: null,
    measure: 'amount',
  },
  {
    id: 'investor-mix',
    title: { zh: '投资方构成', en: 'Who invests' },
    point: { zh: '民企项目数与投资额均居首；央企、外企及其他主体的数字同样来自“数读”。', en: 'Private firms lead in both projects and investment; the figures for central SOEs, foreign firms and others are also from the §数读 box.' },
    filters: EMPTY_FILTERS,
    panels: ['investor'],
    highlight: null,
    measure: 'amount',
  },
  {
    id: 'named-districts',
    title: { zh: '綦江及其他有点名项目的区县', en: 'Qijiang and the other districts with named projects' },
    point: { zh: '重庆日报点名了 8 个区县的项目，其中一半未公布投资额；区县合计未公布，这里只标来源写明的内容。', en: 'Chongqing Daily names projects in 8 districts, half of them without a published amount; district totals were not published, so only what the source states is shown.' },
    filters: { ...EMPTY_FILTERS, districts: NAMED_DISTRICTS },
    panels: ['map', 'projects'],
    highlight: '500110',
    measure: 'amount',
  },
  {
    id: 'liangjiang',
    title: { zh: '两江新区', en: 'Liangjiang New Area' },
    point: {
      zh: '不是行政区，跨江北、渝北、北碚；其点名项目是否计入 92 个未说明。8 月 18 日的两江云签约（25 个、463亿元，来源 S9）是另一场签约。',
      en: 'Not a district: it spans Jiangbei, Yubei and Beibei. Whether its named projects are among the 92 is not stated. Its cloud signing of 18 August (25 projects, 46.3 billion yuan; source S9) was separate.',
    },
    filters: { ...EMPTY_FILTERS, districts: ['liangjiang'] },
    panels: ['map', 'projects'],
    highlight: 'liangjiang',
    measure: 'count',
  },
  {
    id: 'editions',
    title: { zh: '历届智博会签约', en: 'Signings across the editions' },
    point: {
      zh: '2018–2019 年统计全部签约，2020 年起只统计重大项目；2024 年在天津举办；2025 年为“2000亿元以上”。已公布的履约数字只有全市四届合计。',
      en: '2018–2019 counted all signings, later editions major projects only; 2024 was held in Tianjin; 2025 was “above 200 billion yuan”. The only published follow-through is city-wide, four editions together.',
    },
    filters: EMPTY_FILTERS,
    panels: ['editions', 'progress'],
    highlight: null,
    measure: 'amount',
  },
];
