/**
 * The register import's words in both languages: fields, units, the value mapping, totals,
 * versions, registers published with the site, row problems and remarks, the format guide.
 * Kept apart from the main catalog because only the data dialog (a lazy chunk) uses it.
 */
import type { CategoryField } from '../data/types';
import type { RemarkCode, RowProblem } from '../domain/register/errors';
import type { Field } from '../domain/register/fields';
import type { TotalsKind } from '../domain/register/table';
import type { UnitSource } from '../domain/register/money';
import type { ComparedField } from '../domain/register/versions';
import type { ReadLimit } from '../domain/register/limits';

export interface ImportMessages {
  field: Record<Field, string>;
  problem: Record<RowProblem, string>;
  remark: Record<RemarkCode, string>;
  failed: Record<'empty' | 'binary' | 'xlsx' | 'json-syntax' | 'json-shape' | 'too-large' | 'limit' | 'internal' | 'worker' | 'fetch' | 'site-unit' | 'site-missing', string>;
  /** A reader's limit, named with the file's number and the maximum (issue 14). */
  limit: Record<ReadLimit, (actual: string, max: string, where: string) => string>;
  rulesTitle: string;
  rules: string[];
  tableTitle: string;
  sheet: string;
  hiddenSheet: string;
  sheetRows: (n: number) => string;
  headerRow: string;
  headerRowOption: (row: number, text: string) => string;
  twoRowHeader: string;
  above: (lines: string) => string;
  unitsTitle: string;
  unitOf: (field: string) => string;
  unitSource: Record<UnitSource, (detail: string) => string>;
  unitChoose: string;
  unitNeeded: (fields: string) => string;
  unitLooksLike: (field: string, unit: string, other: string) => string;
  valuesTitle: string;
  valuesIntro: string;
  valuesColumns: { value: string; rows: string; amount: string; mapTo: string };
  unclassified: string;
  valuesField: Record<CategoryField, string>;
  totalsTitle: string;
  totalsKind: Record<TotalsKind, string>;
  totalsLine: (t: { row: number; label: string; kind: string; stated: string; rows: string; covered: number; rejected: number }) => string;
  totalsOk: string;
  totalsMismatch: string;
  totalsUnchecked: string;
  sections: (n: number, list: string) => string;
  /** Past the lists' caps (issue 14). */
  totalsMore: (n: string) => string;
  valuesMore: (n: string) => string;
  remarksTitle: string;
  downloadRemarks: string;
  remarkColumns: { row: string; column: string; value: string; remark: string };
  kept: (headers: string) => string;
  updateTitle: (name: string, version: number) => string;
  diffLine: (d: { added: number; removed: number; changed: number; unchanged: number }) => string;
  diffAdded: string;
  diffRemoved: string;
  diffChanged: string;
  comparedField: Record<ComparedField, string>;
  saveVersion: (n: number, version: number) => string;
  updateButton: string;
  updateLabel: (name: string) => string;
  versions: string;
  version: (n: number) => string;
  latest: string;
  deleteVersion: string;
  confirmDeleteVersion: (name: string, n: number) => string;
  site: string;
  siteIntro: string;
  siteNone: string;
  siteLoadFailed: (name: string, detail: string) => string;
  savedVersion: (name: string, version: number) => string;
  /** The browser refused to store the register: what was not saved, and that nothing changed (issue 14). */
  saveFailed: Record<'quota' | 'unavailable', (name: string, version: number, rows: string) => string>;
}

const zh: ImportMessages = {
  field: {
    id: '编号',
    project: '项目名称',
    partner: '签约方',
    district: '区县 / 功能区',
    sector: '行业',
    investor: '投资方类型',
    amount: '投资额',
    signing: '签约方式',
    stage: '项目进展',
    funds: '到位资金',
    startDate: '开工日期',
    reportDate: '填报日期',
    edition: '届次 / 年份',
    note: '备注',
  },
  problem: {
    missing: '必填项为空',
    'unknown-district': '无法识别的区县或功能区',
    'not-a-number': '金额不是数字',
    negative: '金额为负数',
    'duplicate-id': '编号重复',
    'ambiguous-unit': '金额单位与该列单位不一致（或未说明单位）',
    'totals-mismatch': '合计/小计与所含各行之和不符',
  },
  remark: {
    'unreadable-date': '日期无法识别，未读取',
    'unreadable-edition': '届次/年份无法识别，未读取',
    'unreadable-funds': '到位资金不是数字，未读取',
    'negative-funds': '到位资金为负数，未读取',
    'funds-above-amount': '到位资金高于投资额（按原值计入）',
  },
  failed: {
    empty: '文件是空的，没有可读取的行。',
    binary: '这不是表格文件：请选择 CSV、XLSX 或 JSON 文件。',
    xlsx: '无法读取此 XLSX 文件（可能已损坏或不是 Excel 工作簿）。',
    'json-syntax': 'JSON 格式有误，无法解析。',
    'json-shape': 'JSON 应为项目对象的数组（或含 projects 数组的对象）。',
    'too-large': '文件太大（上限 200 MB）。',
    limit: '文件超出导入上限：',
    internal: '导入时出错。',
    worker: '导入程序未能启动。',
    fetch: '无法从本站取得该名录文件。',
    'site-unit': '站点发布的名录未说明金额单位（请部署方在 index.json 中注明 unit）。',
    'site-missing': '站点上找不到该名录文件。',
  },
  limit: {
    rows: (a, m, w) => `工作表${w ? `“${w}”` : ''}有 ${a} 行，上限为 ${m} 行（含表头）。`,
    columns: (a, m, w) => `工作表${w ? `“${w}”` : ''}有 ${a} 列，上限为 ${m} 列。`,
    cell: (a, m) => `有一个单元格长 ${a} 个字符，上限为 ${m} 个字符。`,
    entries: (a, m) => `压缩包内有 ${a} 个文件，上限为 ${m} 个。`,
    'total-bytes': (a, m) => `解压后共 ${a}，上限为 ${m}（XLSX 是压缩包，按解压后的大小计）。`,
    'entry-bytes': (a, m, w) => `其中的 ${w || '一个文件'} 解压后为 ${a}，上限为 ${m}。`,
    inconsistent: (_a, _m, w) => `压缩包内 ${w} 的大小前后记录不一致（可能是恶意构造的文件）。`,
  },
  rulesTitle: '可导入的文件',
  rules: [
    '文件：Excel 工作簿（.xlsx，可多个工作表，默认取第一个表头相符的工作表，隐藏工作表跳过）、CSV（UTF-8 或 GB18030，即 WPS/Excel 另存为 CSV 的默认编码）、JSON。',
    '表格可以带标题行、填报单位、“单位：万元”等说明行，表头可在前 30 行中任一行，也可是两行表头（如“投资额”下分“亿元”）；合计、小计、总计、其中行不计为项目，但会与所含各行核对。',
    '必填列：项目名称、区县（或功能区）、投资额。常见表头都能识别：总投资、计划总投资、签约金额、合同金额；属地、所在地；行业类别、产业类别、所属行业；企业性质、投资主体；签约单位等。',
    '金额单位取自表头（如“投资额（万元）”）、“单位：”说明行或由您确认；单元格可写 3.5亿、35000万元、¥1,016、全角数字或千分位。',
    '区县可写区划代码（现行或 2016 年前）、名称（可带“重庆市”、可不带“区/县”）、简称或英文名；两江新区、重庆高新区（西部科学城重庆高新区）、万盛经开区作为功能区单独统计，不拆分到区县。',
    '行业、投资方类型、签约方式、项目进展：看板以外的分类（如 汽车、电子信息）逐值对应到看板分类或保留为“未分类”，原文保留；不会因分类拒收任何行。',
    '未对应到任何字段的列按原文保留，在项目表的行详情和导出中可见。',
  ],
  tableTitle: '表格位置',
  sheet: '工作表',
  hiddenSheet: '（隐藏）',
  sheetRows: (n) => `${n.toLocaleString('zh-CN')} 行`,
  headerRow: '表头所在行',
  headerRowOption: (row, text) => `第 ${row} 行：${text || '（空行）'}`,
  twoRowHeader: '（两行表头，已合并）',
  above: (lines) => `表头以上的说明行（不作为数据）：${lines}`,
  unitsTitle: '金额单位',
  unitOf: (f) => `${f}的单位`,
  unitSource: {
    header: (d) => `取自表头“${d}”`,
    'unit-line': (d) => `取自说明行“${d}”`,
    user: () => '由您选择',
    none: () => '文件未说明单位',
  },
  unitChoose: '请选择单位',
  unitNeeded: (f) => `文件没有说明${f}的单位：请选择单位后才能导入。`,
  unitLooksLike: (f, u, other) => `注意：按“${u}”读取，${f}的中位数对重大项目来说不太合理，更像是以“${other}”填写的。请核对单位。`,
  valuesTitle: '分类对应',
  valuesIntro: '下列取值不是看板的分类。请逐项选择对应的分类，或保留为“未分类”（原文会保留并在项目表和导出中显示）。',
  valuesColumns: { value: '文件中的取值', rows: '行数', amount: '投资额', mapTo: '对应到' },
  unclassified: '未分类（保留原文）',
  valuesField: { sector: '行业', investor: '投资方类型', signing: '签约方式', stage: '项目进展' },
  totalsTitle: '合计行核对',
  totalsKind: { total: '合计', subtotal: '小计', 'of-which': '其中' },
  totalsLine: (t) => `第 ${t.row} 行（${t.label}）：填写 ${t.stated}，所含 ${t.covered} 个项目之和 ${t.rows}${t.rejected > 0 ? `（另有 ${t.rejected} 行未导入，不在和内）` : ''}`,
  totalsOk: '相符',
  totalsMismatch: '不符',
  totalsUnchecked: '“其中”行：不计为项目，未核对',
  sections: (n, list) => `表中 ${n} 个分组标题行（不计为项目）：${list}`,
  totalsMore: (n) => `另有 ${n} 个合计/小计行未在此列出（不符的已列入拒收的行）。`,
  valuesMore: (n) => `另有 ${n} 个取值未在此列出，保留为“未分类”（原文保留）。`,
  remarksTitle: '已导入但需留意的行',
  downloadRemarks: '下载提示清单（CSV）',
  remarkColumns: { row: '行号', column: '列', value: '值', remark: '提示' },
  kept: (h) => `以下列未对应到字段，按原文保留：${h}`,
  updateTitle: (name, v) => `更新名录“${name}”（当前第 ${v} 版）：与上一版相比`,
  diffLine: (d) => `新增 ${d.added} 行，删除 ${d.removed} 行，修改 ${d.changed} 行，未变 ${d.unchanged} 行（按编号匹配，无编号时按项目名称和地点）。`,
  diffAdded: '新增',
  diffRemoved: '删除',
  diffChanged: '修改',
  comparedField: { amount: '投资额', place: '地点', sector: '行业', investor: '投资方类型', signing: '签约方式', stage: '进展', funds: '到位资金', partner: '签约方' },
  saveVersion: (n, v) => `保存为第 ${v} 版（${n.toLocaleString('zh-CN')} 行）`,
  updateButton: '更新此名录',
  updateLabel: (name) => `导入新版本：${name}`,
  versions: '版本',
  version: (n) => `第 ${n} 版`,
  latest: '最新',
  deleteVersion: '删除此版本',
  confirmDeleteVersion: (name, n) => `删除“${name}”的第 ${n} 版？`,
  site: '随本站发布的名录',
  siteIntro: '部署方随站点提供的名录，所有访问本站的人都可以打开和分享。',
  siteNone: '本站未发布名录。',
  siteLoadFailed: (name, d) => `无法打开站点名录“${name}”：${d}`,
  savedVersion: (name, v) => `已保存“${name}”第 ${v} 版。`,
  saveFailed: {
    quota: (name, v, rows) => `未保存：名录“${name}”第 ${v} 版（${rows} 行）——此浏览器的存储空间已满。已保存的名录和屏幕上的数据都没有变化。可删除较旧的名录或版本后再保存。`,
    unavailable: (name, v, rows) => `未保存：名录“${name}”第 ${v} 版（${rows} 行）——此浏览器不允许本网站存储数据（如无痕/隐私模式或已禁止网站数据）。屏幕上的数据没有变化。请在普通窗口中导入。`,
  },
};

const en: ImportMessages = {
  field: {
    id: 'ID',
    project: 'Project',
    partner: 'Partner',
    district: 'District / area',
    sector: 'Sector',
    investor: 'Investor type',
    amount: 'Investment',
    signing: 'Signing mode',
    stage: 'Stage',
    funds: 'Funds in place',
    startDate: 'Start date',
    reportDate: 'Report date',
    edition: 'Edition / year',
    note: 'Note',
  },
  problem: {
    missing: 'required value is empty',
    'unknown-district': 'unknown district or functional area',
    'not-a-number': 'amount is not a number',
    negative: 'amount is negative',
    'duplicate-id': 'duplicate ID',
    'ambiguous-unit': "the amount's unit contradicts its column's unit (or no unit is stated)",
    'totals-mismatch': 'a total or subtotal row does not equal the sum of its rows',
  },
  remark: {
    'unreadable-date': 'date not recognised, not read',
    'unreadable-edition': 'edition/year not recognised, not read',
    'unreadable-funds': 'funds in place is not a number, not read',
    'negative-funds': 'funds in place is negative, not read',
    'funds-above-amount': 'funds in place exceed the investment (counted as stated)',
  },
  failed: {
    empty: 'The file is empty: there are no rows to read.',
    binary: 'This is not a table file: choose a CSV, XLSX or JSON file.',
    xlsx: 'This XLSX file cannot be read (it may be damaged or not an Excel workbook).',
    'json-syntax': 'The JSON is malformed and cannot be parsed.',
    'json-shape': 'The JSON should be an array of project objects (or an object with a projects array).',
    'too-large': 'The file is too large (limit 200 MB).',
    limit: 'The file is past an import limit:',
    internal: 'Something went wrong during the import.',
    worker: 'The importer could not start.',
    fetch: 'The register file could not be fetched from this site.',
    'site-unit': "The site's register does not state its money unit (the deployer should add unit to index.json).",
    'site-missing': 'The register file is not on this site.',
  },
  limit: {
    rows: (a, m, w) => `the sheet${w ? ` “${w}”` : ''} has ${a} rows; the limit is ${m} rows (header included).`,
    columns: (a, m, w) => `the sheet${w ? ` “${w}”` : ''} has ${a} columns; the limit is ${m} columns.`,
    cell: (a, m) => `a cell holds ${a} characters; the limit is ${m} characters.`,
    entries: (a, m) => `the archive holds ${a} files; the limit is ${m}.`,
    'total-bytes': (a, m) => `it unpacks to ${a}; the limit is ${m} (an XLSX file is a zip archive, counted unpacked).`,
    'entry-bytes': (a, m, w) => `${w || 'a part of it'} unpacks to ${a}; the limit is ${m}.`,
    inconsistent: (_a, _m, w) => `the archive records two different sizes for ${w} (a crafted file?).`,
  },
  rulesTitle: 'Files you can import',
  rules: [
    'Files: Excel workbooks (.xlsx; several sheets allowed — the first whose header matches is taken, hidden sheets are skipped), CSV (UTF-8 or GB18030, the default of WPS/Excel "save as CSV"), JSON.',
    'A table may have a title row, a 填报单位 line and a "单位：万元" line above it; the header may be on any of the first 30 rows, or two rows (投资额 over 亿元). Totals rows (合计, 小计, 总计, 其中) are not counted as projects but are checked against the rows they cover.',
    'Required columns: project, district (or functional area), investment. Usual headers are recognised: 总投资, 计划总投资, 签约金额, 合同金额; 属地, 所在地; 行业类别, 产业类别, 所属行业; 企业性质, 投资主体; 签约单位 and more, and their English equivalents.',
    'The money unit comes from the header ("投资额（万元）"), a "单位：" line or your confirmation; cells may read 3.5亿, 35000万元, ¥1,016, full-width digits or thousands separators.',
    'Districts by GB code (current or pre-2016), name (with or without 重庆市 / 区 / 县), short name or English name; 两江新区, 重庆高新区 (Western (Chongqing) Science City) and 万盛经开区 count as functional areas of their own, never split among districts.',
    "Sector, investor type, signing mode, stage: the office's own categories (e.g. 汽车, 电子信息) are mapped value by value to the dashboard's, or kept as unclassified with the original text; no row is rejected for its category.",
    "Columns that map to no field are kept as text, shown in the project table's row details and in exports.",
  ],
  tableTitle: 'Where the table is',
  sheet: 'Sheet',
  hiddenSheet: ' (hidden)',
  sheetRows: (n) => `${n.toLocaleString('en')} rows`,
  headerRow: 'Header row',
  headerRowOption: (row, text) => `Row ${row}: ${text || '(empty)'}`,
  twoRowHeader: '(a two-row header, merged)',
  above: (lines) => `Lines above the header (not data): ${lines}`,
  unitsTitle: 'Money units',
  unitOf: (f) => `Unit of ${f.toLowerCase()}`,
  unitSource: {
    header: (d) => `from the header "${d}"`,
    'unit-line': (d) => `from the line "${d}"`,
    user: () => 'chosen by you',
    none: () => 'the file states no unit',
  },
  unitChoose: 'Choose a unit',
  unitNeeded: (f) => `The file does not state the unit of ${f.toLowerCase()}: choose one to import.`,
  unitLooksLike: (f, u, other) => `Check the unit: read as ${u}, the median ${f.toLowerCase()} is implausible for a major project; the values look like ${other}.`,
  valuesTitle: 'Category mapping',
  valuesIntro: "These values are not the dashboard's categories. Map each to a category, or keep it as unclassified (the original text is kept and shown in the project table and exports).",
  valuesColumns: { value: 'Value in the file', rows: 'Rows', amount: 'Investment', mapTo: 'Map to' },
  unclassified: 'Unclassified (keep the text)',
  valuesField: { sector: 'Sector', investor: 'Investor type', signing: 'Signing mode', stage: 'Stage' },
  totalsTitle: 'Totals rows checked',
  totalsKind: { total: 'total', subtotal: 'subtotal', 'of-which': 'of which' },
  totalsLine: (t) => `Row ${t.row} (${t.label}): states ${t.stated}; its ${t.covered} projects sum to ${t.rows}${t.rejected > 0 ? ` (${t.rejected} more rows were not imported and are not in the sum)` : ''}`,
  totalsOk: 'matches',
  totalsMismatch: 'does not match',
  totalsUnchecked: '"of which" line: not a project, not checked',
  sections: (n, list) => `${n} section heading row${n === 1 ? '' : 's'} in the table (not projects): ${list}`,
  totalsMore: (n) => `${n} more totals rows not listed here (any that do not add up are among the rejected rows).`,
  valuesMore: (n) => `${n} more values not listed here stay unclassified (their text is kept).`,
  remarksTitle: 'Imported rows worth a look',
  downloadRemarks: 'Download the remarks (CSV)',
  remarkColumns: { row: 'Row', column: 'Column', value: 'Value', remark: 'Remark' },
  kept: (h) => `Columns that map to no field, kept as text: ${h}`,
  updateTitle: (name, v) => `Updating "${name}" (version ${v} now): compared with the last version`,
  diffLine: (d) => `${d.added} added, ${d.removed} removed, ${d.changed} changed, ${d.unchanged} unchanged (matched by ID, else by project name and place).`,
  diffAdded: 'Added',
  diffRemoved: 'Removed',
  diffChanged: 'Changed',
  comparedField: { amount: 'investment', place: 'place', sector: 'sector', investor: 'investor type', signing: 'signing mode', stage: 'stage', funds: 'funds in place', partner: 'partner' },
  saveVersion: (n, v) => `Save as version ${v} (${n.toLocaleString('en')} rows)`,
  updateButton: 'Update this register',
  updateLabel: (name) => `Import a new version: ${name}`,
  versions: 'Versions',
  version: (n) => `version ${n}`,
  latest: 'latest',
  deleteVersion: 'Delete this version',
  confirmDeleteVersion: (name, n) => `Delete version ${n} of "${name}"?`,
  site: 'Published with this site',
  siteIntro: 'Registers the deployer ships with the site: everyone who reaches this site can open and share them.',
  siteNone: 'This site publishes no register.',
  siteLoadFailed: (name, d) => `The site register "${name}" could not be opened: ${d}`,
  savedVersion: (name, v) => `Saved version ${v} of "${name}".`,
  saveFailed: {
    quota: (name, v, rows) => `Not saved: register "${name}", version ${v} (${rows} rows) — this browser's storage is full. The registers already stored and the data on screen have not changed. Delete an older register or version, then save again.`,
    unavailable: (name, v, rows) => `Not saved: register "${name}", version ${v} (${rows} rows) — this browser does not let the site store data (a private window, or site data blocked). The data on screen has not changed. Import it in an ordinary window.`,
  },
};

export function importMessages(lang: 'zh-CN' | 'en'): ImportMessages {
  return lang === 'en' ? en : zh;
}
