/**
 * Text for the editions chart's 2024/2025 entries and per-edition breakdowns, the progress
 * panel (stages, rates, ranked table, S12 follow-through) and the month-over-month view, in
 * both languages. Kept apart from messages.ts so the shared catalog only gains a few keys.
 */
import type { Lang } from '../domain/format';

export interface ProgressMessages {
  editions: {
    absent: string;
    noCount: string;
    lowerBound: (amount: string) => string;
    lowerBoundShort: string;
    bound: { exact: string; lower: string };
    pick: string;
    detailTitle: (year: number) => string;
    noBreakdown: string;
    rest: string;
    restWorked: (text: string) => string;
    restUnknown: string;
    partialNote: string;
    completeNote: string;
    share: string;
    category: string;
    close: string;
    host: string;
    tianjin: string;
  };
  progress: {
    title: string;
    followTitle: string;
    followProjects: string;
    followShare: string;
    followFunds: string;
    followAbout: (pct: string) => string;
    followScope: string;
    followNoRate: string;
    followRegisterHint: string;
    filtersIgnored: string;
    columns: { figure: string; value: string; scope: string };
  };
}

const zh: ProgressMessages = {
  editions: {
    absent: '无重庆届次（在天津举办）',
    noCount: '项目数未公布',
    lowerBound: (amount) => `${amount}以上`,
    lowerBoundShort: '下限',
    bound: { exact: '确数', lower: '下限（“以上”）' },
    pick: '点选某一届，查看该届已公布的分项数字及来源。',
    detailTitle: (year) => `${year} 年：已公布的分项`,
    noBreakdown: '该届没有公布分项数字，只有总数。',
    rest: '未公布',
    restWorked: (text) => `其余 ${text} 未公布分项`,
    restUnknown: '其余部分未公布，也无法由已公布数字推算。',
    partialNote: '来源只公布了以下几项，分类为该届自己的分类，不与其他届对应。',
    completeNote: '该届公布了完整分项。',
    share: '占比',
    category: '分项',
    close: '收起',
    host: '举办地',
    tianjin: '天津',
  },
  progress: {
    title: '签约之后：项目落地进展',
    followTitle: '已公布的履约情况（2018–2021 年四届集中签约）',
    followProjects: '集中签约项目',
    followShare: '截至 2022 年 6 月底在建或投产',
    followFunds: '到位资金',
    followAbout: (pct) => `约 ${pct}`,
    followScope: '全市、四届合计：来源没有按年份或区县公布，这里也不拆分。',
    followNoRate: '资金到位率未公布：来源没有给出这 253 个项目的合同投资总额，因此不作推算。',
    followRegisterHint: '各区县、功能区的开工率和资金到位率在项目台账中，未公开；导入带“项目进展”“到位资金”列的台账后，此处按阶段、区县和功能区统计。',
    filtersIgnored: '履约数字为全市合计，当前筛选不适用于此处。',
    columns: { figure: '指标', value: '数值', scope: '口径' },
  },
};

const en: ProgressMessages = {
  editions: {
    absent: 'No Chongqing edition (held in Tianjin)',
    noCount: 'count not published',
    lowerBound: (amount) => `above ${amount}`,
    lowerBoundShort: 'lower bound',
    bound: { exact: 'exact', lower: 'lower bound ("above")' },
    pick: 'Select an edition to see the breakdowns its sources published.',
    detailTitle: (year) => `${year}: published breakdowns`,
    noBreakdown: 'No breakdown was published for this edition, only its totals.',
    rest: 'not published',
    restWorked: (text) => `the other ${text}: not published by category`,
    restUnknown: 'The rest was not published and cannot be worked out from the printed figures.',
    partialNote: 'The sources published only these, in this edition’s own categories (they do not map onto other editions’).',
    completeNote: 'This edition’s full breakdowns were published.',
    share: 'Share',
    category: 'Category',
    close: 'Close',
    host: 'Host',
    tianjin: 'Tianjin',
  },
  progress: {
    title: 'After the signing: project progress',
    followTitle: 'Published follow-through (central signings of the four editions 2018–2021)',
    followProjects: 'Centrally signed projects',
    followShare: 'Under construction or producing by end-June 2022',
    followFunds: 'Funds in place',
    followAbout: (pct) => `about ${pct}`,
    followScope: 'City-wide, the four editions together: the source gives no figure per year or per district, and none is inferred here.',
    followNoRate: 'The funds-in-place rate was not published: the source gives no contract total for these 253 projects, so none is worked out.',
    followRegisterHint: 'Started and funds-in-place rates per district and functional area are kept in project registers, not published; import a register with stage and funds-in-place columns to see them here by stage, district and area.',
    filtersIgnored: 'The follow-through figures are city-wide; the current filters do not apply to them.',
    columns: { figure: 'Figure', value: 'Value', scope: 'Scope' },
  },
};

export function progressText(lang: Lang): ProgressMessages {
  return lang === 'en' ? en : zh;
}
