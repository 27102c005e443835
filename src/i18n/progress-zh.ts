/** The progress and editions texts in Chinese (see progress-messages.ts). */
import type { ProgressMessages } from './progress-messages';

export const progressZh: ProgressMessages = {
  editions: {
    absentShort: '无重庆届次',
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
  panel: {
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
