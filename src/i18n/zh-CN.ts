/**
 * The zh-CN UI text catalog (loaded on demand by catalogs.ts). Its shape is the type every
 * catalog follows (messages.ts: `Messages = typeof zh`): add a message here, then to en.ts.
 */
import { pluralOf } from './plural';

const plural = pluralOf('zh-CN');
/** A dimension's name in "N 个行业取值未对应" (a register's own word not mapped to a term). */
const UNMAPPED_DIM_ZH: Record<string, string> = { sectors: '行业', investors: '投资方类型', signing: '签约方式', stages: '项目进展' };

export const zh = {
  /** Which half of a bilingual {zh, en} pair of data this language reads (i18n.pick). */
  pairKey: 'zh' as 'zh' | 'en',
  /** Amounts: the precision of the magnitude (2138.6亿) and the unit words around it (format.ts). */
  money: { fractionDigits: 1, unit: (magnitude: string) => `${magnitude}元`, amount: (number: string, unit: string) => `${number}${unit}` },
  /** A citation's parts (cite.ts): the headline in title marks, a description in brackets. */
  cite: { sep: '，', headline: (h: { text: string; gloss: string }) => `《${h.text}》`, about: (about: string) => `［${about}］` },
  /** Punctuation that joins the parts of a sentence the code puts together (`next` ends a sentence before another). */
  /** `gap`: between two whole sentences (none in Chinese, a space in English). */
  punct: { colon: '：', comma: '，', semicolon: '；', stop: '。', next: '。', gap: '', paren: (text: string) => `（${text}）` },
  appTitle: '2021智博会重大项目投资看板',
  appSubtitle: '重庆签约重大项目的去向：区县、行业与投资方。每个数字都标明来源与依据。',
  skipToContent: '跳到主要内容',
  langSwitch: '语言',
  langName: { 'zh-CN': '中文', en: 'English' },
  loading: '正在加载数据…',
  loadError: '数据未能加载。',
  retry: '重试',
  panelError: (panel: string) => `“${panel}”面板出错，其余面板不受影响。`,
  panelErrorDetail: '错误信息',
  kpiLabel: { projects: '签约项目', investment: '合同投资', over10: '10亿元以上项目', over50: '50亿元以上项目' },
  basis: { published: '已公布', derived: '推算', itemized: '仅点名项目', complete: '完整名录' },
  basisHelp: {
    published: '来源原文刊载的数字',
    derived: '由已公布数字相加减得出',
    itemized: '只统计来源中点名的项目，不是完整数字',
    complete: '由导入的完整项目名录计算',
  },
  notPublished: '此筛选组合的完整数字未公布。',
  coverage: ({ projects, of, amount, amountOf, unstated, notStated }: { projects: number; of: number; amount: string; amountOf: string; unstated: number; notStated: number }) =>
    `点名项目 ${projects}/${of} 个，金额 ${amount}/${amountOf}` +
    (unstated > 0 ? `；其中 ${unstated} 个未公布金额` : '') +
    (notStated > 0 ? `；另有 ${notStated} 个两江新区项目未说明是否计入 92 个` : ''),
  /** The rule a register with reporting dates is counted by (current-rows.ts), with its counts and dates. */
  reportRule: ({ projects, from, to, undated, superseded }: { projects: number; from: string | null; to: string | null; undated: number; superseded: number }) =>
    `按各项目最近一次填报统计；${projects} 个项目` +
    (from !== null && to !== null ? `，最近填报 ${from === to ? to : `${from} 至 ${to}`}` : '') +
    (undated > 0 ? `；其中 ${undated} 个无可读的填报日期` : '') +
    (superseded > 0 ? `（同一项目较早或无日期的 ${superseded} 行填报未重复计入）` : ''),
  derivation: (d: string) => `推算：${d}`,
  source: '来源',
  sources: '来源',
  sourcesTitle: '数据来源',
  sourceUse: '用途',
  sourceDate: '日期',
  sourceWhere: '出处',
  dateUnknown: '未注明',
  regions: { filters: '筛选', map: '区县地图', charts: '分项图表', kpis: '关键数字', progress: '签约之后：落地进展' },
  summaryAll: '全部 92 个项目：已公布总数。',
  removeFilter: '移除筛选',
  clearAll: '清除全部筛选',
  noFilters: '未筛选：显示全部项目。',
  summaryPublished: '当前筛选：显示来源刊载（或由其推算）的数字。',
  summaryComplete: '所有数字由导入的完整项目名录计算。',
  summaryMixed: '当前筛选：部分数字为来源刊载；其余未公布，只统计点名项目并注明覆盖范围。',
  dropped: {
    title: '链接中有无法识别的参数，已忽略：',
    dismiss: '关闭提示',
    item: (param: string, value: string, reason: string) => `${param}=${value}（${reason}）`,
    reasons: { 'unknown-param': '未知参数', 'unknown-value': '未知取值', 'duplicate-param': '重复参数' },
  },
  size: { '5-10': '5–10亿元', '10-50': '10–50亿元', '50-plus': '50亿元以上' },
  dimension: { districts: '区县', sectors: '行业', investors: '投资方', sizes: '规模', signing: '签约方式', stages: '项目进展', years: '届次' },
  unclassified: '未分类',
  tableKey: '类别',
  tableView: '表格视图',
  measureLabel: '度量',
  chartNotPublished: '来源未公布此组合的分项数字；下图只统计点名项目。',
  showOnMap: '在地图上显示',
  colDistrict: '区县',
  colPartner: '签约方',
  colProject: '项目',
  colAmount: '投资额',
  tableProjects: '项目数',
  tableInvestment: '投资额',
  editionsTitle: '历届智博会签约',
  editionsYear: '年份',
  editionsMethod: { 'all-signings': '全部签约', 'major-projects': '重大项目' },
  online: '线上',
  chartTitle: { sector: '按行业', investor: '按投资方', size: '按项目规模', signing: '按签约方式' },
  amountNotStated: '未公布',
  approx: '约',
  insideNotStated: '未说明是否计入 92 个',
  liangjiang: '两江新区',
  place: {
    dimensionWithAreas: '区县/功能区',
    area: '功能区',
    colPlace: '区县/功能区',
    overlayLabel: (name: string) => `${name}（大致范围）`,
    listTitle: '功能区',
    listIntro: '功能区是名录中的填报单位，不是行政区：其项目计入全市合计和功能区，不分摊到所在区县。',
    legend: '功能区（虚线为大致范围，不是行政区）',
    mapNote: '虚线为功能区（两江新区、重庆高新区、万盛经开区）的大致范围；功能区不是行政区，其项目只计入功能区，不分摊到所在区县。',
    notStated: (n: number) => `${n} 个点名项目未说明是否计入 92 个`,
    tooltipNote: '不是行政区；项目不分摊到区县；范围为大致示意。',
  },
  importRegister: '导入名录',
  otherProvincesNote: (amount: string, total: string) => `四川、贵州等省另签约 ${amount}，不计入 ${total}。`,
  footerNote: '区县边界为示意。数据截至来源发布之日，未作估算。',
  exportUi: {
    menu: '导出',
    format: { png: 'PNG 图片（2 倍）', svg: 'SVG 矢量图', csv: 'CSV 数据', xlsx: 'Excel 表格（XLSX）', slide: '幻灯片 PNG 16:9（1920×1080）', slide4k: '幻灯片 PNG 16:9（3840×2160）' },
    pageSlide: '整页幻灯片 PNG 16:9（1920×1080）',
    pageSlide4k: '整页幻灯片 PNG 16:9（3840×2160）',
    failed: '导出失败：',
    nothingDrawn: '面板尚未绘制完成。',
    page: '整页 PNG',
    print: '打印 / 存为 PDF',
    columns: { key: '键', label: '类别', projects: '项目数', projectsBasis: '项目数依据', investment: '投资额（亿元）', investmentBasis: '投资额依据', code: '区划代码', district: '区县', year: '年份', method: '统计口径', online: '线上', source: '来源' },
  },
  share: { button: '分享', title: '分享当前视图', intro: '链接和二维码打开的是与当前完全相同的视图（语言、筛选、场景）。', copy: '复制链接', copied: '已复制。', copyFailed: '无法自动复制，请手动复制上面的链接。', qr: '当前视图的二维码', close: '关闭' },
  present: {
    enter: '演示模式',
    tour: (n: number) => `导览（${n} 个场景）`,
    sceneOf: (n: number, of: number) => `场景 ${n}/${of}`,
    touring: (s: number) => `每 ${s} 秒自动切换`,
    paused: '已暂停',
    manual: '手动切换',
    controls: '演示控制',
    prev: '上一个',
    next: '下一个',
    pause: '暂停',
    resume: '继续',
    blackout: '黑屏',
    blackoutLabel: '已黑屏：按 B 或点击恢复',
    fullscreen: '全屏',
    editTour: '编辑导览',
    leave: '退出演示',
    sourcesNote: '每个数字旁都标明来源与依据。区县边界为示意。',
    more: (n: number) => `另有 ${n} 个`,
    progress: '距下一场景',
  },
  panelName: { map: '地图', sector: '行业', investor: '投资方', size: '规模', signing: '签约方式', editions: '历届', progress: '落地进展', monthly: '月通报' },
  data: {
    button: (name: string) => `数据：${name}`,
    published: '已公布数字（内置）',
    progress: '导入进度',
    unused: (h: string) => `未使用的列：${h}`,
    reconTitle: '与已公布数字核对',
    reconIntro: '名录合计与来源公布的总数及各项分项并列比较；差值 = 名录 − 已公布。',
    reconColumns: { dimension: '维度', key: '类别', published: '已公布', register: '名录', difference: '差值', projects: '项目数', amount: '投资额（亿元）' },
    reconTotal: '合计',
    notPublished: '未公布',
    missingTitle: '链接中的名录不在本浏览器中',
    siteMissingBody: (id: string) => `此链接指向随本站发布的名录 ${id}，但本站现在没有列出它（可能已被部署方撤下或改名）；现在显示已公布数字。`,
    missingBody: (id: string) => `此链接指向导入的名录 ${id}。名录只保存在导入它的浏览器中，不随链接分享；现在显示已公布数字。如有该名录文件，可在此导入。`,
    loadFailed: (id: string, d: string) => `无法从本浏览器的存储读取名录 ${id}（${d}）；现在显示已公布数字。`,
    showPublished: '显示已公布数字',
    openImport: '导入名录…',
  },
  pwa: {
    updateAvailable: '新版本可用',
    reload: '重新加载',
    later: '稍后',
    fullscreenReady: '演示已就绪：按 F 或点此进入全屏。',
    fullscreenGo: '全屏 (F)',
  },
  /** The unit after a project count; a catalog whose language inflects it uses Intl.PluralRules (plural.ts). */
  projectsUnit: (n: number) => plural(n, { other: '个' }),
  /** A project count with its unit, as a sentence reads it: "3个", "3 projects". */
  projects: (n: number, count: string) => `${count}${plural(n, { other: '个' })}`,
  kpiUnpublished: { headline: '未公布', named: (v: string) => `点名项目合计：${v}` },
  /**
   * The words that change with what the rows are (basisPolicy(dataset).wording): the published
   * sources name a few projects; an imported register is the full list.
   */
  wording: {
    published: {
      sourcesIntro: '看板中的每个数字都来自下列公开来源。来源只公布了总数和少数点名项目，没有完整项目名录；未公布的数字不作估算。',
      projects: '点名项目',
      unclassifiedRows: (n: number) => `另有 ${n} 个符合条件的点名项目在此维度未分类。`,
      unmappedRows: (n: number, dim: string) => `${n} 个${UNMAPPED_DIM_ZH[dim] ?? ''}取值未对应。`,
      /** A chart with no bar to draw because every matching row lacks its dimension (`dimension`: known.dimension's word). */
      chartUnclassified: (n: number, dimension: string) => `${n} 个点名项目未注明${dimension}，所以无法作图。`,
      chartNoNamed: '没有符合当前筛选的点名项目，因此无法作图。来源未公布此组合的数字；可移除其他筛选查看已公布的分项。',
      noProjects: '没有符合当前筛选的点名项目。',
      noProjectsHint: '来源只点名了少数项目，多数未注明行业、投资方或金额：移除部分筛选（上方的筛选标签）即可扩大范围。',
      columns: { named: '点名项目数', amount: '已公布金额（亿元）', unstated: '未公布金额的项目数' },
      measure: { amount: '点名项目投资额', count: '点名项目数' },
      none: '无点名项目',
      named: (n: number) => `点名项目 ${n} 个`,
      amountStated: (a: string) => `已公布金额合计 ${a}`,
      basisLine: '依据：仅点名项目（各区县完整数字未公布）',
    },
    register: {
      sourcesIntro: '当前数字由导入的项目名录（来源 R）计算。下列公开来源仍用于与已公布数字核对。',
      projects: '名录项目',
      unclassifiedRows: (n: number) => `另有 ${n} 个符合条件的名录项目在此维度未填写。`,
      unmappedRows: (n: number, dim: string) => `${n} 个${UNMAPPED_DIM_ZH[dim] ?? ''}取值未对应（文件填写了，但未对应到看板的分类）。`,
      chartUnclassified: (n: number, dimension: string) => `${n} 个名录项目未填写${dimension}，所以无法作图。`,
      chartNoNamed: '名录中没有符合当前筛选的项目。',
      noProjects: '名录中没有符合当前筛选的项目。',
      noProjectsHint: '移除部分筛选（上方的筛选标签）即可扩大范围。',
      columns: { named: '名录项目数', amount: '投资额（亿元）', unstated: '未填金额的项目数' },
      measure: { amount: '名录投资额', count: '名录项目数' },
      none: '名录中无项目',
      named: (n: number) => `名录项目 ${n} 个`,
      amountStated: (a: string) => `投资额合计 ${a}`,
      basisLine: '依据：导入的完整项目名录',
    },
  },
  phone: {
    everything: '2021智博会重庆签约重大项目',
    filterJoin: '·',
    published: (where: string, projects: string, amount: string) => `${where}：${projects}项目，合同投资${amount}（来源公布数）。`,
    complete: (where: string, projects: string, amount: string) => `${where}：导入名录中共 ${projects}项目，合同投资${amount}。`,
    named: (where: string, projects: string, n: number, amount: string | null) =>
      n === 0 ? `${where}：来源没有公布这一组合的总数，也没有点名其中的项目。` : `${where}：来源没有公布这一组合的总数；点名项目 ${projects}${amount === null ? '，均未写明金额' : `，合计${amount}`}。`,
    projects: (count: string, _n: number) => `${count} 个`,
    mixed: (where: string, projects: string, investment: string) => `${where}：${projects}；${investment}。`,
    part: {
      published: (label: string, value: string) => `${label}${value}（来源公布数）`,
      complete: (label: string, value: string) => `${label}${value}（导入名录）`,
      named: (label: string, value: string) => `${label}未公布（仅点名项目：${value}）`,
    },
    tools: '工具',
    exportItem: (what: string) => `导出：${what}`,
    pickPlaces: (n: number, names: string) => (n === 0 ? '选择区县或功能区' : `区县：${names}`),
    pickerTitle: '选择区县或功能区',
    pickerDone: '完成',
    mapHint: '用两根手指移动地图',
  },
  failure: {
    notLoaded: (what: string) => `“${what}”未能加载：网络可能中断，或网站已更新。页面其余部分照常可用；网络恢复后请点“重试”。`,
    retry: '重试',
    close: '关闭',
    presenterNotLoaded: (names: readonly string[]) => `未能加载：${new Intl.ListFormat('zh-CN', { type: 'conjunction' }).format(names)}（观众只看到已加载的面板）。`,
    tourEditor: '导览',
    dataDialog: '数据',
    sceneUnanswered: (dimensions: readonly string[]) => {
      const list = new Intl.ListFormat('zh-CN', { type: 'conjunction' }).format(dimensions);
      return `此场景按${list}筛选，而屏幕上的数据没有逐个项目的${list}，所以这里没有可显示的数字。显示含这些列的名录时，此场景才有数字。`;
    },
  },
  /** When the sources published no figure for a selection: what they do say, once (domain/what-is-known.ts; i18n/known.ts puts it together). */
  known: {
    banner: {
      /** `where`: the selection in words, or null where it is too long to name (the filter chips name it). */
      named: (where: string | null) => `来源没有公布${where ?? '这一组合'}的总数和分项数字；本页的数字和图表只统计来源点名的项目。`,
      none: (where: string | null) => `来源没有公布${where ?? '这一组合'}的任何数字。`,
    },
    title: '来源点名的项目',
    amountUnstated: '金额未公布',
    more: (n: number) => `另有 ${n} 个点名项目`,
    coverage: ({ of, named, amount, unstated, notStated }: { of: number; named: number; amount: string | null; unstated: number; notStated: number }) =>
      named === 0
        ? notStated > 0
          ? `来源点名的 ${notStated} 个两江新区项目都未说明是否在 ${of} 个签约项目之内，因此不计入其中。`
          : `${of} 个签约项目中，来源没有点名符合条件的项目。`
        : `${of} 个签约项目中，来源点名了其中 ${named} 个` +
          (amount === null ? '，均未写明金额' : `，合计${amount}` + (unstated > 0 ? `（其中 ${unstated} 个未写明金额）` : '')) +
          (notStated > 0 ? `；另有 ${notStated} 个两江新区项目未说明是否在 ${of} 个之内` : '') +
          '。',
    city: (projects: string, amount: string) => `全部项目（已公布）：${projects}，合同投资${amount}`,
    /** The dimension a breakdown chart draws, as its one line names it when it has nothing to draw (wording.chartUnclassified). */
    dimension: { sector: '行业', investor: '投资方', size: '规模', signing: '签约方式' },
  },
  /** Said once above a chart's values, which then print numbers only. */
  barUnit: (unit: string) => `单位：${unit}`,
};
