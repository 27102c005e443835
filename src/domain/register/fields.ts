/**
 * The columns of a project register and the header names they are recognised by (zh and en,
 * as Chinese office software and the downloadable template write them), plus the matchers
 * that read a cell into a dataset value. Plain TS.
 */
import { DISTRICTS } from '../../data/districts';
import type { District, InvestorKey, SectorKey, SigningKey } from '../../data/types';
import { INVESTOR_KEYS, SECTOR_KEYS, SIGNING_KEYS } from '../filters';

export const FIELDS = ['id', 'project', 'partner', 'district', 'sector', 'investor', 'amount', 'signing', 'note'] as const;
export type Field = (typeof FIELDS)[number];

export const REQUIRED: readonly Field[] = ['project', 'district', 'amount'];

/** Header names per field; compared after removing spaces, brackets and case. */
export const HEADER_NAMES: Record<Field, readonly string[]> = {
  id: ['id', '编号', '序号', '项目编号', 'projectid'],
  project: ['project', 'projectname', 'name', '项目名称', '项目'],
  partner: ['partner', 'investor name', 'company', '签约方', '投资方', '企业名称', '签约企业'],
  district: ['district', 'county', 'districtcode', '区县', '区县代码', '所在区县', '落地区县'],
  sector: ['sector', 'industry', '行业', '产业', '行业领域'],
  investor: ['investortype', 'investor type', '投资方类型', '投资主体', '投资主体类型'],
  amount: ['amount', 'investment', 'amount(100millionyuan)', 'investment(100millionyuan)', '投资额', '投资额（亿元）', '投资额(亿元)', '合同投资额', '合同投资额（亿元）'],
  signing: ['signing', 'signingmode', '签约方式', '签约形式'],
  note: ['note', 'notes', 'remark', '备注', '说明'],
};

export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_\-()（）[\]【】:：]/g, '');
}

const HEADER_INDEX = new Map<string, Field>(FIELDS.flatMap((f) => HEADER_NAMES[f].map((n) => [normaliseHeader(n), f] as const)));

export interface HeaderMapping {
  /** Column index per field, or null when the file has no such column. */
  columns: Record<Field, number | null>;
  /** Headers that match no field (kept, reported, not imported). */
  unknown: string[];
  /** Required fields with no column. */
  missing: Field[];
  /** Headers that name a field already taken by an earlier column. */
  duplicates: string[];
}

/** A mapping with columns chosen by the user: which headers stay unused, which required fields are unmapped. */
export function withColumns(headers: readonly string[], columns: Record<Field, number | null>): HeaderMapping {
  const used = new Set(Object.values(columns).filter((c): c is number => c !== null));
  return {
    columns: { ...columns },
    unknown: headers.filter((h, i) => !used.has(i) && h.trim() !== ''),
    duplicates: [],
    missing: REQUIRED.filter((f) => columns[f] === null),
  };
}

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const columns = Object.fromEntries(FIELDS.map((f) => [f, null])) as Record<Field, number | null>;
  const unknown: string[] = [];
  const duplicates: string[] = [];
  headers.forEach((h, i) => {
    const field = HEADER_INDEX.get(normaliseHeader(h));
    if (!field) {
      if (h.trim() !== '') unknown.push(h);
    } else if (columns[field] !== null) duplicates.push(h);
    else columns[field] = i;
  });
  return { columns, unknown, duplicates, missing: REQUIRED.filter((f) => columns[f] === null) };
}

function norm(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

const SUFFIX_ZH = /(土家族苗族自治县|苗族土家族自治县|土家族自治县|自治县|区|县)$/;
const SUFFIX_EN = / (district|county|autonomous county|tujia autonomous county|tujia and miao autonomous county|miao and tujia autonomous county)$/;

const DISTRICT_INDEX = (() => {
  const index = new Map<string, District>();
  for (const d of DISTRICTS) {
    for (const key of [d.code, d.geometryCode, d.zh, d.zh.replace(SUFFIX_ZH, ''), norm(d.en), norm(d.en).replace(SUFFIX_EN, '')]) {
      if (key !== '' && !index.has(key)) index.set(key, d);
    }
  }
  return index;
})();

/** A district by current or 2016-era GB code, zh name (with or without 区/县), or en name. */
export function matchDistrict(value: string): District | null {
  const v = value.trim();
  return DISTRICT_INDEX.get(v) ?? DISTRICT_INDEX.get(v.replace(SUFFIX_ZH, '')) ?? DISTRICT_INDEX.get(norm(v)) ?? DISTRICT_INDEX.get(norm(v).replace(SUFFIX_EN, '')) ?? null;
}

function keyMatcher<K extends string>(keys: readonly K[], labels: readonly Record<K, string>[]): (value: string) => K | null {
  const index = new Map<string, K>();
  for (const k of keys) {
    index.set(norm(k), k);
    for (const l of labels) index.set(norm(l[k]), k);
  }
  return (value) => index.get(norm(value)) ?? null;
}

export interface Vocabulary {
  sector: Record<SectorKey, string>;
  investor: Record<InvestorKey, string>;
  signing: Record<SigningKey, string>;
}

/** Matchers for sector, investor type and signing mode by key, zh label or en label. */
export function valueMatchers(vocabularies: readonly Vocabulary[]) {
  return {
    sector: keyMatcher(SECTOR_KEYS, vocabularies.map((v) => v.sector)),
    investor: keyMatcher(INVESTOR_KEYS, vocabularies.map((v) => v.investor)),
    signing: keyMatcher(SIGNING_KEYS, vocabularies.map((v) => v.signing)),
  };
}

/** The downloadable template's header row, in Chinese or English (both map back to the same fields). */
export const TEMPLATE_HEADERS: Record<'zh' | 'en', Record<Field, string>> = {
  zh: { id: '编号', project: '项目名称', partner: '签约方', district: '区县', sector: '行业', investor: '投资方类型', amount: '投资额（亿元）', signing: '签约方式', note: '备注' },
  en: { id: 'id', project: 'project', partner: 'partner', district: 'district', sector: 'sector', investor: 'investor type', amount: 'amount (100 million yuan)', signing: 'signing mode', note: 'note' },
};
