/**
 * UI text and content names in both languages. The zh-CN catalog defines the shape;
 * the en catalog must match it key for key (checked by the type system).
 */
import type { Basis, InvestorKey, SectorKey, SigningKey, SizeKey } from '../data/types';
import type { KpiKey } from '../domain/engine';

export interface Messages {
  appTitle: string;
  appSubtitle: string;
  skipToContent: string;
  langSwitch: string;
  langName: { zh: string; en: string };
  loading: string;
  loadError: string;
  retry: string;
  panelError: (panel: string) => string;
  panelErrorDetail: string;
  kpiLabel: Record<KpiKey, string>;
  kpiUnitProjects: string;
  basis: Record<Basis, string>;
  basisHelp: Record<Basis, string>;
  notPublished: string;
  coverage: (c: { projects: number; of: number; amount: string; amountOf: string; unstated: number; notStated: number }) => string;
  derivation: (d: string) => string;
  source: string;
  sources: string;
  sourcesTitle: string;
  sourcesIntro: string;
  sourceUse: string;
  sourceDate: string;
  sourceWhere: string;
  dateUnknown: string;
  regions: { filters: string; map: string; charts: string; projects: string; kpis: string };
  summaryAll: string;
  removeFilter: string;
  clearAll: string;
  noFilters: string;
  summaryPublished: string;
  summaryItemized: string;
  summaryMixed: string;
  summaryComplete: string;
  dropped: { title: string; dismiss: string; item: (param: string, value: string, reason: string) => string; reasons: Record<'unknown-param' | 'unknown-value' | 'duplicate-param', string> };
  sector: Record<SectorKey, string>;
  investor: Record<InvestorKey, string>;
  size: Record<SizeKey, string>;
  signing: Record<SigningKey, string>;
  dimension: { districts: string; sectors: string; investors: string; sizes: string; signing: string };
  unclassified: string;
  unclassifiedRows: (n: number) => string;
  tableKey: string;
  tableView: string;
  measureLabel: string;
  chartNotPublished: string;
  chartNoNamed: string;
  noProjects: string;
  noProjectsHint: string;
  showOnMap: string;
  pager: { label: string; prev: string; next: string; status: (from: number, to: number, total: number) => string };
  colDistrict: string;
  colPartner: string;
  colProject: string;
  colAmount: string;
  tableProjects: string;
  tableInvestment: string;
  sizeNote: string;
  sectorNote: (amount: string, share: string) => string;
  signingNote: (venue: number, offSite: number) => string;
  editionsTitle: string;
  editionsNote: string;
  editionsFiltersIgnored: string;
  editionsYear: string;
  editionsMethod: Record<'all-signings' | 'major-projects', string>;
  online: string;
  chartTitle: { sector: string; investor: string; size: string; signing: string };
  amountNotStated: string;
  approx: string;
  insideNotStated: string;
  liangjiang: string;
  otherProvincesNote: (amount: string, total: string) => string;
  footerNote: string;
  exportMeta: { title: string; filters: string; basis: string; source: string; lang: string; exported: string; url: string };
  /** The XLSX workbook's sheet names and the provenance sheet's column headers. */
  exportXlsx: { sheetData: string; sheetProvenance: string; field: string; value: string };
  exportUi: {
    menu: string;
    format: { png: string; svg: string; csv: string; xlsx: string; slide: string; slide4k: string };
    pageSlide: string;
    pageSlide4k: string;
    failed: string;
    nothingDrawn: string;
    page: string;
    print: string;
    columns: { key: string; label: string; projects: string; projectsBasis: string; investment: string; investmentBasis: string; code: string; district: string; named: string; amount: string; unstated: string; year: string; method: string; online: string; source: string };
  };
  share: { button: string; title: string; intro: string; copy: string; copied: string; copyFailed: string; qr: string; close: string };
  present: {
    enter: string;
    tour: (n: number) => string;
    sceneOf: (n: number, of: number) => string;
    touring: (seconds: number) => string;
    paused: string;
    manual: string;
    controls: string;
    prev: string;
    next: string;
    pause: string;
    resume: string;
    blackout: string;
    blackoutLabel: string;
    fullscreen: string;
    editTour: string;
    leave: string;
    sourcesNote: string;
    more: (n: number) => string;
    progress: string;
  };
  tourEditor: {
    title: string;
    intro: string;
    close: string;
    scenes: string;
    up: string;
    down: string;
    remove: string;
    show: string;
    addTitle: string;
    fieldTitleZh: string;
    fieldTitleEn: string;
    fieldPointZh: string;
    fieldPointEn: string;
    panels: string;
    add: string;
    added: string;
    full: string;
    exportJson: string;
    importJson: string;
    reset: string;
    importOk: (n: number) => string;
    importFailed: string;
    unreadable: string;
    loadProblem: string;
    panelName: Record<'map' | 'sector' | 'investor' | 'size' | 'signing' | 'editions' | 'projects', string>;
    pickPanels: string;
  };
  map: {
    measureLabel: string;
    measure: { amount: string; count: string };
    zoomAll: string;
    zoomCentral: string;
    loading: string;
    error: string;
    legendTitle: (measure: string) => string;
    legendNone: string;
    legendUnstated: string;
    noNamed: string;
    named: (n: number) => string;
    amountStated: (amount: string) => string;
    amountUnstated: (n: number) => string;
    basisLine: string;
    schematic: string;
    districtLevel: string;
    liangjiangLabel: string;
    liangjiangNote: (n: number) => string;
    contextNote: (amount: string, total: string) => string;
    listTitle: string;
    more: (n: number) => string;
    search: string;
    searchPlaceholder: string;
    noMatch: string;
    selected: string;
    attribution: string;
    sichuan: string;
    guizhou: string;
  };
  data: {
    button: (name: string) => string;
    published: string;
    title: string;
    intro: string;
    close: string;
    datasets: string;
    rows: (n: number) => string;
    rejected: (n: number) => string;
    importedOn: (date: string) => string;
    show: string;
    shown: string;
    remove: string;
    confirmRemove: (name: string) => string;
    cancel: string;
    storageFailed: (detail: string) => string;
    removed: (name: string) => string;
    importTitle: string;
    choose: string;
    drop: string;
    dropActive: string;
    templates: string;
    templateZh: string;
    templateEn: string;
    rulesTitle: string;
    rules: string[];
    phase: Record<'read' | 'parse' | 'check' | 'save', string>;
    progress: string;
    failed: Record<'empty' | 'binary' | 'xlsx' | 'json-syntax' | 'json-shape' | 'too-large' | 'internal' | 'worker', string>;
    unchanged: string;
    fileLine: (name: string, kind: string, encoding: string | null) => string;
    mappingTitle: string;
    mappingIntro: string;
    field: Record<'id' | 'project' | 'partner' | 'district' | 'sector' | 'investor' | 'amount' | 'signing' | 'note', string>;
    required: string;
    none: string;
    missing: (fields: string) => string;
    unused: (headers: string) => string;
    parseProblems: string;
    summary: (read: number, accepted: number, rejected: number) => string;
    blank: (n: number) => string;
    errorsTitle: string;
    errorColumns: { row: string; column: string; value: string; problem: string };
    problem: Record<'missing' | 'unknown-district' | 'not-a-number' | 'negative' | 'duplicate-id' | 'unknown-sector' | 'unknown-investor' | 'unknown-signing', string>;
    errorsMore: (n: number) => string;
    downloadErrors: string;
    name: string;
    importButton: (n: number) => string;
    nothingToImport: string;
    imported: (name: string, n: number, ms: string) => string;
    reconTitle: string;
    reconIntro: string;
    reconColumns: { dimension: string; key: string; published: string; register: string; difference: string; projects: string; amount: string };
    reconTotal: string;
    notPublished: string;
    missingTitle: string;
    missingBody: (id: string) => string;
    loadFailed: (id: string, detail: string) => string;
    showPublished: string;
    openImport: string;
    storageNote: string;
  };
  /** The installed / offline app (service worker). */
  pwa: { updateAvailable: string; reload: string; later: string; fullscreenReady: string; fullscreenGo: string };
  /** The unit after a project count, agreeing with it ("1 project", "2 projects"; Intl.PluralRules). */
  projectsUnit: (n: number) => string;
  /** A KPI whose full figure was not published: its headline, and the named-project figure as a secondary line. */
  kpiUnpublished: { headline: string; named: (value: string) => string };
}

const EN_PLURAL = new Intl.PluralRules('en');

export const zh: Messages = {
  appTitle: '2021智博会重大项目投资看板',
  appSubtitle: '重庆签约重大项目的去向：区县、行业与投资方。每个数字都标明来源与依据。',
  skipToContent: '跳到主要内容',
  langSwitch: '语言',
  langName: { zh: '中文', en: 'English' },
  loading: '正在加载数据…',
  loadError: '数据未能加载。',
  retry: '重试',
  panelError: (panel) => `“${panel}”面板出错，其余面板不受影响。`,
  panelErrorDetail: '错误信息',
  kpiLabel: { projects: '签约项目', investment: '合同投资', over10: '10亿元以上项目', over50: '50亿元以上项目' },
  kpiUnitProjects: '个',
  basis: { published: '已公布', derived: '推算', itemized: '仅点名项目', complete: '完整名录' },
  basisHelp: {
    published: '来源原文刊载的数字',
    derived: '由已公布数字相加减得出',
    itemized: '只统计来源中点名的项目，不是完整数字',
    complete: '由导入的完整项目名录计算',
  },
  notPublished: '此筛选组合的完整数字未公布。',
  coverage: ({ projects, of, amount, amountOf, unstated, notStated }) =>
    `点名项目 ${projects}/${of} 个，金额 ${amount}/${amountOf}` +
    (unstated > 0 ? `；其中 ${unstated} 个未公布金额` : '') +
    (notStated > 0 ? `；另有 ${notStated} 个两江新区项目未说明是否计入 92 个` : ''),
  derivation: (d) => `推算：${d}`,
  source: '来源',
  sources: '来源',
  sourcesTitle: '数据来源',
  sourcesIntro: '看板中的每个数字都来自下列公开来源。来源只公布了总数和少数点名项目，没有完整项目名录；未公布的数字不作估算。',
  sourceUse: '用途',
  sourceDate: '日期',
  sourceWhere: '出处',
  dateUnknown: '未注明',
  regions: { filters: '筛选', map: '区县地图', charts: '分项图表', projects: '点名项目', kpis: '关键数字' },
  summaryAll: '全部 92 个项目：已公布总数。',
  removeFilter: '移除筛选',
  clearAll: '清除全部筛选',
  noFilters: '未筛选：显示全部项目。',
  summaryPublished: '当前筛选：显示来源刊载（或由其推算）的数字。',
  summaryItemized: '当前筛选组合没有公布数字：只显示点名项目，并注明覆盖范围。',
  summaryComplete: '所有数字由导入的完整项目名录计算。',
  summaryMixed: '当前筛选：部分数字为来源刊载；其余未公布，只统计点名项目并注明覆盖范围。',
  dropped: {
    title: '链接中有无法识别的参数，已忽略：',
    dismiss: '关闭提示',
    item: (param, value, reason) => `${param}=${value}（${reason}）`,
    reasons: { 'unknown-param': '未知参数', 'unknown-value': '未知取值', 'duplicate-param': '重复参数' },
  },
  sector: {
    'smart-manufacturing': '智能制造',
    'digital-economy': '数字经济',
    'science-tech': '科技',
    health: '大健康',
    'new-materials-other': '新材料等其他',
  },
  investor: { 'central-soe': '央企', private: '民企', foreign: '外企', other: '外省市国企等其他' },
  size: { '5-10': '5–10亿元', '10-50': '10–50亿元', '50-plus': '50亿元以上' },
  signing: { 'venue-offline': '集中签约·线下', 'venue-online': '集中签约·线上', 'off-site': '场外签约' },
  dimension: { districts: '区县', sectors: '行业', investors: '投资方', sizes: '规模', signing: '签约方式' },
  unclassified: '未分类',
  unclassifiedRows: (n) => `另有 ${n} 个符合条件的点名项目在此维度未分类。`,
  tableKey: '类别',
  tableView: '表格视图',
  measureLabel: '度量',
  chartNotPublished: '来源未公布此组合的分项数字；下图只统计点名项目。',
  chartNoNamed: '没有符合当前筛选的点名项目，因此无法作图。来源未公布此组合的数字；可移除其他筛选查看已公布的分项。',
  noProjects: '没有符合当前筛选的点名项目。',
  noProjectsHint: '来源只点名了少数项目，多数未注明行业、投资方或金额：移除部分筛选（上方的筛选标签）即可扩大范围。',
  showOnMap: '在地图上显示',
  pager: { label: '分页', prev: '上一页', next: '下一页', status: (a, b, n) => `第 ${a}–${b} 个，共 ${n} 个` },
  colDistrict: '区县',
  colPartner: '签约方',
  colProject: '项目',
  colAmount: '投资额',
  tableProjects: '项目数',
  tableInvestment: '投资额',
  sizeNote: '来源只公布了 10亿元以上（81 个）和 50亿元以上（19 个）的项目数；5–10亿元、10–50亿元两档由此推算，各档金额未公布。',
  editionsTitle: '历届智博会签约',
  sectorNote: (amount, share) => `“数读”把大健康与新材料等其他合并为“其他产业”（${amount}，占${share}）。`,
  signingNote: (venue, offSite) => `集中签约 ${venue} 个、场外 ${offSite} 个见重庆日报；各方式的金额及线上线下拆分见 S3。`,
  editionsNote: '2018–2019 年统计全部签约项目，2020 年起只统计重大项目；2020、2022 年为线上举办。各届口径不同，不宜直接比较。',
  editionsFiltersIgnored: '历届数据只有总数，当前筛选不适用于此表。',
  editionsYear: '年份',
  editionsMethod: { 'all-signings': '全部签约', 'major-projects': '重大项目' },
  online: '线上',
  chartTitle: { sector: '按行业', investor: '按投资方', size: '按项目规模', signing: '按签约方式' },
  amountNotStated: '未公布',
  approx: '约',
  insideNotStated: '未说明是否计入 92 个',
  liangjiang: '两江新区',
  otherProvincesNote: (amount, total) => `四川、贵州等省另签约 ${amount}，不计入 ${total}。`,
  footerNote: '区县边界为示意。数据截至来源发布之日，未作估算。',
  exportMeta: { title: '标题', filters: '筛选', basis: '依据', source: '来源', lang: '语言', exported: '导出时间', url: '链接' },
  exportXlsx: { sheetData: '数据', sheetProvenance: '来源与说明', field: '项目', value: '内容' },
  exportUi: {
    menu: '导出',
    format: { png: 'PNG 图片（2 倍）', svg: 'SVG 矢量图', csv: 'CSV 数据', xlsx: 'Excel 表格（XLSX）', slide: '幻灯片 PNG 16:9（1920×1080）', slide4k: '幻灯片 PNG 16:9（3840×2160）' },
    pageSlide: '整页幻灯片 PNG 16:9（1920×1080）',
    pageSlide4k: '整页幻灯片 PNG 16:9（3840×2160）',
    failed: '导出失败：',
    nothingDrawn: '面板尚未绘制完成。',
    page: '整页 PNG',
    print: '打印 / 存为 PDF',
    columns: { key: '键', label: '类别', projects: '项目数', projectsBasis: '项目数依据', investment: '投资额（亿元）', investmentBasis: '投资额依据', code: '区划代码', district: '区县', named: '点名项目数', amount: '已公布金额（亿元）', unstated: '未公布金额的项目数', year: '年份', method: '统计口径', online: '线上', source: '来源' },
  },
  share: { button: '分享', title: '分享当前视图', intro: '链接和二维码打开的是与当前完全相同的视图（语言、筛选、场景）。', copy: '复制链接', copied: '已复制。', copyFailed: '无法自动复制，请手动复制上面的链接。', qr: '当前视图的二维码', close: '关闭' },
  present: {
    enter: '演示模式',
    tour: (n) => `导览（${n} 个场景）`,
    sceneOf: (n, of) => `场景 ${n}/${of}`,
    touring: (s) => `每 ${s} 秒自动切换`,
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
    sourcesNote: '每个数字的来源与依据见其所在面板；完整来源列表见看板页脚。区县边界为示意。',
    more: (n) => `另有 ${n} 个`,
    progress: '距下一场景',
  },
  tourEditor: {
    title: '编辑导览',
    intro: '导览由若干场景组成，每个场景是一组保存的筛选条件，带标题和一句讲解。导览保存在本浏览器中，可导出为 JSON 文件分享。',
    close: '关闭',
    scenes: '场景',
    up: '上移',
    down: '下移',
    remove: '删除',
    show: '放映',
    addTitle: '把当前视图加为场景',
    fieldTitleZh: '标题（中文）',
    fieldTitleEn: '标题（英文）',
    fieldPointZh: '讲解（中文）',
    fieldPointEn: '讲解（英文）',
    panels: '面板',
    add: '添加场景',
    added: '已添加。',
    full: '场景已达上限。',
    exportJson: '导出 JSON',
    importJson: '导入 JSON',
    reset: '恢复默认导览',
    importOk: (n) => `已导入 ${n} 个场景。`,
    importFailed: '文件未导入，原导览保持不变。问题：',
    unreadable: '无法读取：不是有效的 JSON 文件。',
    loadProblem: '保存的导览无法读取，已改用默认导览。',
    panelName: { map: '地图', sector: '行业', investor: '投资方', size: '规模', signing: '签约方式', editions: '历届', projects: '点名项目' },
    pickPanels: '选择一到两个面板',
  },
  map: {
    measureLabel: '地图着色',
    measure: { amount: '点名项目投资额', count: '点名项目数' },
    zoomAll: '全市',
    zoomCentral: '放大主城区',
    loading: '正在加载地图…',
    error: '地图未能加载；下方区县列表仍可使用。',
    legendTitle: (m) => `图例：${m}`,
    legendNone: '无点名项目',
    legendUnstated: '有点名项目，金额未公布',
    noNamed: '无点名项目',
    named: (n) => `点名项目 ${n} 个`,
    amountStated: (a) => `已公布金额合计 ${a}`,
    amountUnstated: (n) => `${n} 个未公布金额`,
    basisLine: '依据：仅点名项目（各区县完整数字未公布）',
    schematic: '边界为示意，不作为权属依据。',
    districtLevel: '项目位置只精确到区县。',
    liangjiangLabel: '两江新区（大致范围）',
    liangjiangNote: (n) => `两江新区为国家级新区，不是行政区，跨江北、渝北、北碚；图上为大致范围。` + (n > 0 ? `${n} 个两江新区点名项目未说明是否计入 92 个。` : ''),
    contextNote: (a, total) => `四川、贵州：另签约 ${a}，不计入 ${total}。`,
    listTitle: '区县列表',
    more: (n) => `……另有 ${n} 个`,
    search: '查找区县',
    searchPlaceholder: '名称或代码，如 綦江、Qijiang',
    noMatch: '没有匹配的区县。',
    selected: '已选',
    attribution: '边界：Apache ECharts 4.9.0（Apache-2.0），示意',
    sichuan: '四川',
    guizhou: '贵州',
  },
  data: {
    button: (name) => `数据：${name}`,
    published: '已公布数字（内置）',
    title: '数据与导入',
    intro: '可导入完整的项目名录（CSV、XLSX 或 JSON），看板的每个面板将由名录计算。文件只在本浏览器中读取和保存，不会上传。',
    close: '关闭',
    datasets: '数据集',
    rows: (n) => `${n.toLocaleString('zh-CN')} 行`,
    rejected: (n) => `拒收 ${n.toLocaleString('zh-CN')} 行`,
    importedOn: (d) => `导入于 ${d}`,
    show: '使用',
    shown: '当前使用',
    remove: '删除',
    confirmRemove: (name) => `删除名录“${name}”？此操作只影响本浏览器。`,
    cancel: '取消',
    storageFailed: (d) => `无法读写本浏览器的存储（${d}）。`,
    removed: (name) => `已删除“${name}”。`,
    importTitle: '导入名录',
    choose: '选择文件…',
    drop: '或把文件拖放到这里（CSV、XLSX、JSON）',
    dropActive: '松开即可导入',
    templates: '模板',
    templateZh: '中文表头模板（CSV）',
    templateEn: '英文表头模板（CSV）',
    rulesTitle: '名录格式要求',
    rules: [
      '必填列：项目名称、区县、投资额（亿元）；可选：编号、签约方、行业、投资方类型、签约方式、备注。表头可用中文或英文。',
      '区县可写区划代码（如 500110）、中文名（带或不带“区/县”，如 綦江区、綦江）或英文名（如 Qijiang）。',
      '投资额以亿元计，可带千分位或“亿元”；行业、投资方类型、签约方式按看板中的中文或英文名称填写。',
      'CSV 可为 UTF-8 或 GB18030（WPS、Excel 另存为 CSV 的默认编码）。',
    ],
    phase: { read: '读取文件', parse: '解析表格', check: '逐行检查', save: '保存到本浏览器' },
    progress: '导入进度',
    failed: {
      empty: '文件是空的，没有可读取的行。',
      binary: '这不是表格文件：请选择 CSV、XLSX 或 JSON 文件。',
      xlsx: '无法读取此 XLSX 文件（可能已损坏或不是 Excel 工作簿）。',
      'json-syntax': 'JSON 格式有误，无法解析。',
      'json-shape': 'JSON 应为项目对象的数组（或含 projects 数组的对象）。',
      'too-large': '文件太大（上限 200 MB）。',
      internal: '导入时出错。',
      worker: '导入程序未能启动。',
    },
    unchanged: '当前数据未改变。',
    fileLine: (name, kind, enc) => `文件：${name}（${kind.toUpperCase()}${enc ? `，${enc.toUpperCase()} 编码` : ''}）`,
    mappingTitle: '列对应',
    mappingIntro: '按表头（中文或英文）自动对应；如有不对可在此修改。',
    field: { id: '编号', project: '项目名称', partner: '签约方', district: '区县', sector: '行业', investor: '投资方类型', amount: '投资额（亿元）', signing: '签约方式', note: '备注' },
    required: '（必填）',
    none: '（无）',
    missing: (f) => `未找到必填列：${f}。请在下方选择对应的列。`,
    unused: (h) => `未使用的列：${h}`,
    parseProblems: 'CSV 读取提示（不影响上面的逐行检查）：',
    summary: (read, ok, bad) => `读取 ${read.toLocaleString('zh-CN')} 行：可导入 ${ok.toLocaleString('zh-CN')} 行，拒收 ${bad.toLocaleString('zh-CN')} 行。`,
    blank: (n) => `另跳过 ${n} 个空行。`,
    errorsTitle: '拒收的行',
    errorColumns: { row: '行号', column: '列', value: '值', problem: '原因' },
    problem: {
      missing: '必填项为空',
      'unknown-district': '无法识别的区县',
      'not-a-number': '投资额不是数字',
      negative: '投资额为负数',
      'duplicate-id': '编号重复',
      'unknown-sector': '无法识别的行业',
      'unknown-investor': '无法识别的投资方类型',
      'unknown-signing': '无法识别的签约方式',
    },
    errorsMore: (n) => `另有 ${n.toLocaleString('zh-CN')} 条未在此列出，请下载完整错误清单。`,
    downloadErrors: '下载错误清单（CSV）',
    name: '名录名称',
    importButton: (n) => `导入 ${n.toLocaleString('zh-CN')} 行`,
    nothingToImport: '没有可导入的行；请修改文件后重新选择。',
    imported: (name, n, ms) => `已导入“${name}”（${n.toLocaleString('zh-CN')} 行，用时 ${ms}），看板已切换到该名录。`,
    reconTitle: '与已公布数字核对',
    reconIntro: '名录合计与来源公布的总数及各项分项并列比较；差值 = 名录 − 已公布。',
    reconColumns: { dimension: '维度', key: '类别', published: '已公布', register: '名录', difference: '差值', projects: '项目数', amount: '投资额（亿元）' },
    reconTotal: '合计',
    notPublished: '未公布',
    missingTitle: '链接中的名录不在本浏览器中',
    missingBody: (id) => `此链接指向导入的名录 ${id}。名录只保存在导入它的浏览器中，不随链接分享；现在显示已公布数字。如有该名录文件，可在此导入。`,
    loadFailed: (id, d) => `无法从本浏览器的存储读取名录 ${id}（${d}）；现在显示已公布数字。`,
    showPublished: '显示已公布数字',
    openImport: '导入名录…',
    storageNote: '导入的名录保存在本浏览器（IndexedDB）中，清除网站数据会将其删除。',
  },
  pwa: {
    updateAvailable: '新版本可用',
    reload: '重新加载',
    later: '稍后',
    fullscreenReady: '演示已就绪：按 F 或点此进入全屏。',
    fullscreenGo: '全屏 (F)',
  },
  projectsUnit: () => '个',
  kpiUnpublished: { headline: '未公布', named: (v) => `点名项目合计：${v}` },
};

export const en: Messages = {
  appTitle: '2021 Smart China Expo: major-project investment dashboard',
  appSubtitle: 'Where the major projects signed in Chongqing go: districts, sectors and investors. Every figure shows its source and basis.',
  skipToContent: 'Skip to main content',
  langSwitch: 'Language',
  langName: { zh: '中文', en: 'English' },
  loading: 'Loading data…',
  loadError: 'The data could not be loaded.',
  retry: 'Try again',
  panelError: (panel) => `The “${panel}” panel failed; the other panels still work.`,
  panelErrorDetail: 'Error details',
  kpiLabel: { projects: 'Projects signed', investment: 'Contract investment', over10: 'Projects ≥ 1 billion yuan', over50: 'Projects ≥ 5 billion yuan' },
  kpiUnitProjects: 'projects',
  basis: { published: 'Published', derived: 'Derived', itemized: 'Named projects only', complete: 'Full register' },
  basisHelp: {
    published: 'Printed in the source',
    derived: 'Arithmetic on printed figures',
    itemized: 'Counts only the projects the sources name; not a full figure',
    complete: 'Computed from an imported full register',
  },
  notPublished: 'The full figure for this combination was not published.',
  coverage: ({ projects, of, amount, amountOf, unstated, notStated }) =>
    `${projects} of ${of} projects named, ${amount} of ${amountOf}` +
    (unstated > 0 ? `; ${unstated} without a published amount` : '') +
    (notStated > 0 ? `; plus ${notStated} Liangjiang project${notStated === 1 ? '' : 's'} not stated to be among the 92` : ''),
  derivation: (d) => `Derived: ${d}`,
  source: 'Source',
  sources: 'Sources',
  sourcesTitle: 'Sources',
  sourcesIntro: 'Every figure on this dashboard comes from the public sources below. They publish totals and a few named projects, not a full register; figures that were not published are not estimated.',
  sourceUse: 'Used for',
  sourceDate: 'Date',
  sourceWhere: 'Where',
  dateUnknown: 'not stated',
  regions: { filters: 'Filters', map: 'District map', charts: 'Breakdowns', projects: 'Named projects', kpis: 'Key figures' },
  summaryAll: 'All 92 projects: published totals.',
  removeFilter: 'Remove filter',
  clearAll: 'Clear all filters',
  noFilters: 'No filter: showing every project.',
  summaryPublished: 'This selection: figures as printed in the sources (or derived from them).',
  summaryItemized: 'No figure was published for this combination: only named projects are shown, with their coverage.',
  summaryComplete: 'Every figure is computed from the imported full register.',
  summaryMixed: 'This selection: some figures are as published; the others were not published and count named projects only, with their coverage.',
  dropped: {
    title: 'The link had values we could not read; they were ignored:',
    dismiss: 'Dismiss',
    item: (param, value, reason) => `${param}=${value} (${reason})`,
    reasons: { 'unknown-param': 'unknown parameter', 'unknown-value': 'unknown value', 'duplicate-param': 'repeated parameter' },
  },
  sector: {
    'smart-manufacturing': 'Smart manufacturing',
    'digital-economy': 'Digital economy',
    'science-tech': 'Science & technology',
    health: 'Health industry',
    'new-materials-other': 'New materials & other',
  },
  investor: { 'central-soe': 'Central SOEs', private: 'Private firms', foreign: 'Foreign firms', other: 'Other-province SOEs & others' },
  size: { '5-10': '0.5–1 billion yuan', '10-50': '1–5 billion yuan', '50-plus': '≥ 5 billion yuan' },
  signing: { 'venue-offline': 'At the venue, in person', 'venue-online': 'At the venue, online', 'off-site': 'Off-site' },
  dimension: { districts: 'District', sectors: 'Sector', investors: 'Investor', sizes: 'Size', signing: 'Signing' },
  unclassified: 'Unclassified',
  unclassifiedRows: (n) => `${n} more matching named project${n === 1 ? ' is' : 's are'} unclassified on this dimension.`,
  tableKey: 'Category',
  tableView: 'Table view',
  measureLabel: 'measure',
  chartNotPublished: 'The sources did not publish this breakdown for the current selection; the bars count named projects only.',
  chartNoNamed: 'No named project matches the current filters, so there is nothing to draw. The sources did not publish this combination; remove other filters to see the published breakdown.',
  noProjects: 'No named project matches the current filters.',
  noProjectsHint: 'The sources name only a few projects, and most have no stated sector, investor or amount: remove a filter (the chips above) to widen the view.',
  showOnMap: 'Show on map',
  pager: { label: 'Pages', prev: 'Previous', next: 'Next', status: (a, b, n) => `${a}–${b} of ${n}` },
  colDistrict: 'District',
  colPartner: 'Partner',
  colProject: 'Project',
  colAmount: 'Amount',
  tableProjects: 'Projects',
  tableInvestment: 'Investment',
  sizeNote: 'The source prints only the counts of projects of 1 billion yuan or more (81) and 5 billion yuan or more (19); the 0.5–1 and 1–5 billion bands are derived from them, and no band amounts were published.',
  editionsTitle: 'Smart China Expo signings by edition',
  sectorNote: (amount, share) => `The §数读 box merges health with new materials & other as “other industries” (${amount}, ${share}).`,
  signingNote: (venue, offSite) => `Counts (${venue} at the venue, ${offSite} off-site) are from Chongqing Daily; amounts and the online/offline split are from S3.`,
  editionsNote: '2018–2019 counted all signings; from 2020 only major projects. 2020 and 2022 were held online. Methods differ, so compare with care.',
  editionsFiltersIgnored: 'Editions publish totals only; the current filters do not apply to this table.',
  editionsYear: 'Year',
  editionsMethod: { 'all-signings': 'All signings', 'major-projects': 'Major projects' },
  online: 'online',
  chartTitle: { sector: 'By sector', investor: 'By investor type', size: 'By project size', signing: 'By signing mode' },
  amountNotStated: 'not published',
  approx: 'about',
  insideNotStated: 'not stated to be among the 92',
  liangjiang: 'Liangjiang New Area',
  otherProvincesNote: (amount, total) => `Sichuan, Guizhou and other provinces signed a further ${amount}, outside the ${total}.`,
  footerNote: 'District boundaries are schematic. Figures are as published; nothing is estimated.',
  exportMeta: { title: 'Title', filters: 'Filters', basis: 'Basis', source: 'Source', lang: 'Language', exported: 'Exported', url: 'URL' },
  exportXlsx: { sheetData: 'Data', sheetProvenance: 'Provenance', field: 'Field', value: 'Value' },
  exportUi: {
    menu: 'Export',
    format: { png: 'PNG image (2×)', svg: 'SVG vector', csv: 'CSV data', xlsx: 'Excel workbook (XLSX)', slide: 'Slide PNG 16:9 (1920×1080)', slide4k: 'Slide PNG 16:9 (3840×2160)' },
    pageSlide: 'Whole page as a slide, 16:9 (1920×1080)',
    pageSlide4k: 'Whole page as a slide, 16:9 (3840×2160)',
    failed: 'Export failed:',
    nothingDrawn: 'The panel has not finished drawing.',
    page: 'Page as PNG',
    print: 'Print / save as PDF',
    columns: { key: 'key', label: 'Category', projects: 'Projects', projectsBasis: 'Projects basis', investment: 'Investment (100 million yuan)', investmentBasis: 'Investment basis', code: 'GB code', district: 'District', named: 'Named projects', amount: 'Published amount (100 million yuan)', unstated: 'Named projects without amount', year: 'Year', method: 'Counting method', online: 'Online', source: 'Source' },
  },
  share: { button: 'Share', title: 'Share this view', intro: 'The link and the QR code open exactly this view (language, filters, scene).', copy: 'Copy link', copied: 'Copied.', copyFailed: 'Could not copy automatically; copy the link above by hand.', qr: 'QR code of this view', close: 'Close' },
  present: {
    enter: 'Present',
    tour: (n) => `Tour (${n} scenes)`,
    sceneOf: (n, of) => `Scene ${n} of ${of}`,
    touring: (s) => `advancing every ${s} s`,
    paused: 'paused',
    manual: 'manual',
    controls: 'Presentation controls',
    prev: 'Previous',
    next: 'Next',
    pause: 'Pause',
    resume: 'Resume',
    blackout: 'Blackout',
    blackoutLabel: 'Screen blacked out: press B or click to return',
    fullscreen: 'Full screen',
    editTour: 'Edit tour',
    leave: 'Leave',
    sourcesNote: 'Each panel states its sources and basis; the full list is in the dashboard footer. District boundaries are schematic.',
    more: (n) => `${n} more`,
    progress: 'Time to the next scene',
  },
  tourEditor: {
    title: 'Edit the tour',
    intro: 'A tour is a list of scenes; each scene is a saved set of filters with a title and a one-line talking point. The tour is kept in this browser and can be exported as a JSON file.',
    close: 'Close',
    scenes: 'Scenes',
    up: 'Move up',
    down: 'Move down',
    remove: 'Delete',
    show: 'Present',
    addTitle: 'Add the current view as a scene',
    fieldTitleZh: 'Title (Chinese)',
    fieldTitleEn: 'Title (English)',
    fieldPointZh: 'Talking point (Chinese)',
    fieldPointEn: 'Talking point (English)',
    panels: 'Panels',
    add: 'Add scene',
    added: 'Added.',
    full: 'The tour is full.',
    exportJson: 'Export JSON',
    importJson: 'Import JSON',
    reset: 'Restore the default tour',
    importOk: (n) => `Imported ${n} scenes.`,
    importFailed: 'The file was not imported; the tour is unchanged. Problems:',
    unreadable: 'Could not read it: not a valid JSON file.',
    loadProblem: 'The saved tour could not be read; the default tour is used instead.',
    panelName: { map: 'Map', sector: 'Sector', investor: 'Investor', size: 'Size', signing: 'Signing', editions: 'Editions', projects: 'Named projects' },
    pickPanels: 'Choose one or two panels',
  },
  map: {
    measureLabel: 'Colour districts by',
    measure: { amount: 'Named-project investment', count: 'Named-project count' },
    zoomAll: 'Whole city',
    zoomCentral: 'Zoom to central districts',
    loading: 'Loading the map…',
    error: 'The map could not be loaded; the district list below still works.',
    legendTitle: (m) => `Legend: ${m}`,
    legendNone: 'No named project',
    legendUnstated: 'Named project(s), amount not published',
    noNamed: 'No named project',
    named: (n) => `${n} named project${n === 1 ? '' : 's'}`,
    amountStated: (a) => `published amounts total ${a}`,
    amountUnstated: (n) => `${n} without a published amount`,
    basisLine: 'Basis: named projects only (district totals were not published)',
    schematic: 'Boundaries are schematic.',
    districtLevel: 'Project locations are district-level only.',
    liangjiangLabel: 'Liangjiang New Area (approximate)',
    liangjiangNote: (n) =>
      'Liangjiang New Area is a state-level new area, not a district; it spans Jiangbei, Yubei and Beibei and is drawn approximately.' +
      (n > 0 ? ` ${n} named Liangjiang project${n === 1 ? ' is' : 's are'} not stated to be among the 92.` : ''),
    contextNote: (a, total) => `Sichuan and Guizhou: a further ${a} signed, outside the ${total}.`,
    listTitle: 'District list',
    more: (n) => `… and ${n} more`,
    search: 'Find a district',
    searchPlaceholder: 'Name or code, e.g. Qijiang, 綦江',
    noMatch: 'No district matches.',
    selected: 'selected',
    attribution: 'Boundaries: Apache ECharts 4.9.0 (Apache-2.0), schematic',
    sichuan: 'Sichuan',
    guizhou: 'Guizhou',
  },
  data: {
    button: (name) => `Data: ${name}`,
    published: 'Published figures (built in)',
    title: 'Data and import',
    intro: 'Import the full project register (CSV, XLSX or JSON) and every panel is computed from it. The file is read and kept only in this browser; nothing is uploaded.',
    close: 'Close',
    datasets: 'Datasets',
    rows: (n) => `${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`,
    rejected: (n) => `${n.toLocaleString('en')} rejected`,
    importedOn: (d) => `imported ${d}`,
    show: 'Show',
    shown: 'Shown',
    remove: 'Delete',
    confirmRemove: (name) => `Delete the register “${name}”? This affects only this browser.`,
    cancel: 'Cancel',
    storageFailed: (d) => `This browser’s storage could not be read or written (${d}).`,
    removed: (name) => `Deleted “${name}”.`,
    importTitle: 'Import a register',
    choose: 'Choose a file…',
    drop: 'or drop it here (CSV, XLSX, JSON)',
    dropActive: 'Release to import',
    templates: 'Templates',
    templateZh: 'Template with Chinese headers (CSV)',
    templateEn: 'Template with English headers (CSV)',
    rulesTitle: 'What a register file needs',
    rules: [
      'Required columns: project, district, amount (100 million yuan); optional: id, partner, sector, investor type, signing mode, note. Headers may be in Chinese or English.',
      'A district may be its GB code (e.g. 500110), its Chinese name with or without 区/县 (綦江区, 綦江) or its English name (Qijiang).',
      'Amounts are in 100 million yuan (亿元), with or without thousands separators; sector, investor type and signing mode use the dashboard’s Chinese or English names.',
      'CSV may be UTF-8 or GB18030 (what WPS and Excel write when saving as CSV in Chinese).',
    ],
    phase: { read: 'Reading the file', parse: 'Parsing the table', check: 'Checking every row', save: 'Saving in this browser' },
    progress: 'Import progress',
    failed: {
      empty: 'The file is empty: there are no rows to read.',
      binary: 'This is not a table file: choose a CSV, XLSX or JSON file.',
      xlsx: 'This XLSX file cannot be read (it may be damaged or not an Excel workbook).',
      'json-syntax': 'The JSON is malformed and cannot be parsed.',
      'json-shape': 'The JSON must be an array of project objects (or an object with a "projects" array).',
      'too-large': 'The file is too large (the limit is 200 MB).',
      internal: 'The import failed.',
      worker: 'The importer could not start.',
    },
    unchanged: 'The data on screen has not changed.',
    fileLine: (name, kind, enc) => `File: ${name} (${kind.toUpperCase()}${enc ? `, ${enc.toUpperCase()}` : ''})`,
    mappingTitle: 'Columns',
    mappingIntro: 'Columns are matched by their header (Chinese or English); change a match here if it is wrong.',
    field: { id: 'ID', project: 'Project', partner: 'Partner', district: 'District', sector: 'Sector', investor: 'Investor type', amount: 'Amount (100 million yuan)', signing: 'Signing mode', note: 'Note' },
    required: ' (required)',
    none: '(none)',
    missing: (f) => `Required columns not found: ${f}. Choose the matching columns below.`,
    unused: (h) => `Columns not used: ${h}`,
    parseProblems: 'Notes from the CSV reader (the row checks above still apply):',
    summary: (read, ok, bad) => `${read.toLocaleString('en')} rows read: ${ok.toLocaleString('en')} can be imported, ${bad.toLocaleString('en')} rejected.`,
    blank: (n) => `${n} blank row${n === 1 ? '' : 's'} skipped.`,
    errorsTitle: 'Rejected rows',
    errorColumns: { row: 'Row', column: 'Column', value: 'Value', problem: 'Reason' },
    problem: {
      missing: 'required value is empty',
      'unknown-district': 'unknown district',
      'not-a-number': 'amount is not a number',
      negative: 'amount is negative',
      'duplicate-id': 'duplicate id',
      'unknown-sector': 'unknown sector',
      'unknown-investor': 'unknown investor type',
      'unknown-signing': 'unknown signing mode',
    },
    errorsMore: (n) => `${n.toLocaleString('en')} more not listed here: download the full error list.`,
    downloadErrors: 'Download the errors (CSV)',
    name: 'Register name',
    importButton: (n) => `Import ${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`,
    nothingToImport: 'No row can be imported; fix the file and choose it again.',
    imported: (name, n, ms) => `Imported “${name}” (${n.toLocaleString('en')} rows in ${ms}); the dashboard now shows it.`,
    reconTitle: 'Reconciliation with the published figures',
    reconIntro: 'The register’s totals next to the published total and every published breakdown; difference = register − published.',
    reconColumns: { dimension: 'Dimension', key: 'Category', published: 'Published', register: 'Register', difference: 'Difference', projects: 'Projects', amount: 'Investment (100 million yuan)' },
    reconTotal: 'Total',
    notPublished: 'not published',
    missingTitle: 'The register in this link is not in this browser',
    missingBody: (id) => `This link points to the imported register ${id}. Registers are kept only in the browser that imported them and are not shared by links, so the published figures are shown instead. If you have the register’s file, import it here.`,
    loadFailed: (id, d) => `The register ${id} could not be read from this browser’s storage (${d}); the published figures are shown instead.`,
    showPublished: 'Show the published figures',
    openImport: 'Import a register…',
    storageNote: 'Imported registers are kept in this browser (IndexedDB); clearing site data deletes them.',
  },
  pwa: {
    updateAvailable: 'A new version is available',
    reload: 'Reload',
    later: 'Later',
    fullscreenReady: 'Ready to present: press F or click here for full screen.',
    fullscreenGo: 'Full screen (F)',
  },
  projectsUnit: (n) => (EN_PLURAL.select(n) === 'one' ? 'project' : 'projects'),
  kpiUnpublished: { headline: 'not published', named: (v) => `Named projects only: ${v}` },
};
