/**
 * The columns of a project register and the header names offices give them (zh and en, as
 * Chinese office software, investment bureaus' own tables and the downloadable template write
 * them). A header is matched after removing spaces, brackets, punctuation and any unit, so
 * "投资额（万元）", "计划总投资(亿元)" and "签约金额" all name the amount. Plain TS.
 */
import { withoutUnit } from './money';

export const FIELDS = [
  'id',
  'project',
  'partner',
  'district',
  'sector',
  'investor',
  'amount',
  'signing',
  'stage',
  'funds',
  'startDate',
  'reportDate',
  'edition',
  'note',
] as const;
export type Field = (typeof FIELDS)[number];

export const REQUIRED: readonly Field[] = ['project', 'district', 'amount'];

/** Columns read as money (in any unit, through money.ts). */
export const MONEY_FIELDS = ['amount', 'funds'] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];

/** Columns whose values are terms of a vocabulary, mapped value by value (src/data/vocabularies.ts). */
export const CATEGORY_FIELDS = ['sector', 'investor', 'signing', 'stage'] as const;

/** Header names per field; compared after normalising (see normaliseHeader). */
export const HEADER_NAMES: Record<Field, readonly string[]> = {
  // 序号 is a running number (it restarts per section in many registers), not an id: kept as a column.
  id: ['id', '编号', '项目编号', '项目代码', 'projectid'],
  project: ['project', 'projectname', 'name', '项目名称', '项目', '签约项目', '签约项目名称', '项目名'],
  partner: ['partner', 'investorname', 'company', '签约方', '投资方', '企业名称', '签约企业', '签约单位', '投资企业', '投资单位', '合作方', '签约主体', '投资方名称'],
  district: ['district', 'county', 'districtcode', 'place', 'location', '区县', '区县代码', '所在区县', '落地区县', '属地', '所在地', '项目所在地', '落地区域', '区县（开发区）', '区县开发区', '所属区县', '落地地点', '项目落地', '实施地点', '属地单位', '责任单位', '地区'],
  sector: ['sector', 'industry', '行业', '产业', '行业领域', '行业类别', '产业类别', '所属行业', '所属产业', '产业领域', '产业方向', '行业分类', '产业分类'],
  investor: ['investortype', '投资方类型', '投资主体', '投资主体类型', '企业性质', '企业类型', '投资方性质', '企业类别', '所有制', '资本类型'],
  amount: ['amount', 'investment', 'contractinvestment', 'totalinvestment', '投资额', '合同投资额', '合同投资', '总投资', '计划总投资', '项目总投资', '签约金额', '合同金额', '签约额', '投资总额', '协议投资额', '协议金额', '签约投资额'],
  signing: ['signing', 'signingmode', '签约方式', '签约形式', '签约类型'],
  stage: ['stage', 'status', 'progress', '项目进展', '进展', '进度', '状态', '项目状态', '推进情况', '项目进度', '进展情况', '目前进展', '项目阶段', '阶段'],
  funds: ['funds', 'fundsinplace', 'fundsarrived', '资金到位', '到位资金', '资金到位额', '累计到位资金', '到位资金额', '已到位资金', '累计资金到位', '实际到位资金'],
  startDate: ['startdate', 'started', '开工日期', '开工时间', '实际开工时间', '实际开工日期', '开工'],
  reportDate: ['reportdate', 'asof', 'reportingdate', '填报日期', '报告日期', '统计日期', '截至日期', '截止日期', '填报时间', '更新日期'],
  edition: ['edition', 'year', 'signingyear', '届次', '年份', '签约年份', '年度', '签约年度', '智博会届次'],
  note: ['note', 'notes', 'remark', 'remarks', 'comment', '备注', '说明', '情况说明', '备注说明'],
};

/** Lower case, no spaces, brackets, punctuation, unit, leading 序号 marks or BOM: comparable header text. */
export function normaliseHeader(h: string): string {
  return withoutUnit(h.replace(/^\uFEFF/, ''))
    .toLowerCase()
    .replace(/[\s_\-()（）[\]【】:：/、,，.。*＊#]/g, '');
}

const HEADER_INDEX = new Map<string, Field>(FIELDS.flatMap((f) => HEADER_NAMES[f].map((n) => [normaliseHeader(n), f] as const)));

/** The field a header names, or null. */
export function headerField(header: string): Field | null {
  const n = normaliseHeader(header);
  return n === '' ? null : (HEADER_INDEX.get(n) ?? null);
}

export interface HeaderMapping {
  /** Column index per field, or null when the file has no such column. */
  columns: Record<Field, number | null>;
  /** Headers that match no field (kept per row as text, shown in the table's row details). */
  unknown: string[];
  /** Required fields with no column. */
  missing: Field[];
  /** Headers that name a field already taken by an earlier column. */
  duplicates: string[];
}

export function emptyColumns(): Record<Field, number | null> {
  return Object.fromEntries(FIELDS.map((f) => [f, null])) as Record<Field, number | null>;
}

/** A mapping with columns chosen by the user: which headers stay unused, which required fields are unmapped. */
export function withColumns(headers: readonly string[], columns: Record<Field, number | null>): HeaderMapping {
  const used = new Set(Object.values(columns).filter((c): c is number => c !== null));
  return {
    columns: { ...emptyColumns(), ...columns },
    unknown: headers.filter((h, i) => !used.has(i) && h.trim() !== ''),
    duplicates: [],
    missing: REQUIRED.filter((f) => columns[f] === null || columns[f] === undefined),
  };
}

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const columns = emptyColumns();
  const unknown: string[] = [];
  const duplicates: string[] = [];
  headers.forEach((h, i) => {
    const field = headerField(h);
    if (!field) {
      if (h.trim() !== '') unknown.push(h);
    } else if (columns[field] !== null) duplicates.push(h);
    else columns[field] = i;
  });
  return { columns, unknown, duplicates, missing: REQUIRED.filter((f) => columns[f] === null) };
}

/**
 * The mapping a register used for its previous version, applied to a new file by header text:
 * a column keeps its field when the new file has a header of the same (normalised) text.
 */
export function columnsByHeaderText(headers: readonly string[], previous: Partial<Record<Field, string>>): Record<Field, number | null> {
  const columns = mapHeaders(headers).columns;
  for (const f of FIELDS) {
    const text = previous[f];
    if (text === undefined) continue;
    const i = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(text));
    if (i >= 0) columns[f] = i;
  }
  return columns;
}

/** The downloadable template's header row, in Chinese or English (both map back to the same fields). */
export const TEMPLATE_HEADERS: Record<'zh' | 'en', Record<Field, string>> = {
  zh: {
    id: '编号',
    project: '项目名称',
    partner: '签约方',
    district: '区县',
    sector: '行业',
    investor: '投资方类型',
    amount: '投资额（亿元）',
    signing: '签约方式',
    stage: '项目进展',
    funds: '到位资金（亿元）',
    startDate: '开工日期',
    reportDate: '填报日期',
    edition: '届次',
    note: '备注',
  },
  en: {
    id: 'id',
    project: 'project',
    partner: 'partner',
    district: 'district',
    sector: 'sector',
    investor: 'investor type',
    amount: 'amount (100 million yuan)',
    signing: 'signing mode',
    stage: 'stage',
    funds: 'funds in place (100 million yuan)',
    startDate: 'start date',
    reportDate: 'report date',
    edition: 'edition',
    note: 'note',
  },
};
