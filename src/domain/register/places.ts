/**
 * Where a register row is: one of the 38 districts — by GB code (current or pre-2016), zh name
 * with or without 重庆市 / 区 / 县, short name, or English name — or one of the functional areas
 * (两江新区, 重庆高新区, 万盛经开区 and their aliases), which are reporting units of their own and
 * never split among districts. Plain TS; the tables are src/data/districts.ts and areas.ts.
 */
import { AREAS } from '../../data/areas';
import { DISTRICTS } from '../../data/districts';
import type { AreaKey } from '../../data/types';
import { halfWidth } from './money';

export type Place = { kind: 'district'; code: string } | { kind: 'area'; key: AreaKey };

function fold(s: string): string {
  return halfWidth(s).trim().toLowerCase().replace(/\s+/g, ' ');
}

const ZH_SUFFIX = /(土家族苗族自治县|苗族土家族自治县|土家族自治县|自治县|区|县)$/;
const EN_SUFFIX = / (district|county|autonomous county|tujia autonomous county|tujia and miao autonomous county|miao and tujia autonomous county)$/;
const ZH_PREFIX = /^(中国)?重庆(市)?/;
const EN_PREFIX = /^(chongqing(,)?\s+)/;

/**
 * County-level codes from before the 2011–2016 changes (counties that became districts), as old
 * registers still write them. 500110 was 万盛区 until 2011; today it is 綦江区, and the current
 * code wins.
 */
const PREVIOUS_CODES: Record<string, string> = {
  '500222': '500110', // 綦江县 → 綦江区 (2011)
  '500225': '500111', // 大足县 → 大足区 (2011)
  '500227': '500120', // 璧山县 → 璧山区 (2014)
  '500224': '500151', // 铜梁县 → 铜梁区 (2014)
  '500223': '500152', // 潼南县 → 潼南区 (2015)
  '500226': '500153', // 荣昌县 → 荣昌区 (2015)
  '500234': '500154', // 开县 → 开州区 (2016)
  '500228': '500155', // 梁平县 → 梁平区 (2016)
  '500232': '500156', // 武隆县 → 武隆区 (2016)
};

const INDEX = (() => {
  const index = new Map<string, Place>();
  const put = (key: string, place: Place) => {
    if (key !== '' && !index.has(key)) index.set(key, place);
  };
  // Areas first: 万盛经开区 must not fall through to a district by its short name.
  for (const a of AREAS) {
    const place: Place = { kind: 'area', key: a.key };
    for (const name of [a.key, a.zh, a.en, ...a.aliases]) put(fold(name), place);
  }
  for (const d of DISTRICTS) {
    const place: Place = { kind: 'district', code: d.code };
    const en = fold(d.en);
    for (const key of [d.code, d.geometryCode, d.zh, d.zh.replace(ZH_SUFFIX, ''), en, en.replace(EN_SUFFIX, '')]) put(fold(key), place);
  }
  for (const [old, current] of Object.entries(PREVIOUS_CODES)) put(old, { kind: 'district', code: current });
  return index;
})();

/** The place a cell names, or null. Tries the text as written, then without 重庆市 and without 区/县. */
export function matchPlace(value: string): Place | null {
  const v = fold(value).replace(/[()（）]/g, (c) => (c === '（' ? '(' : c === '）' ? ')' : c));
  if (v === '') return null;
  // "江津区人民政府", "两江新区管委会": the office that reports stands for its place.
  const bare = v.replace(ZH_PREFIX, '').replace(EN_PREFIX, '').replace(/(人民政府|政府|管委会|管理委员会)$/, '').trim();
  for (const candidate of [v, bare, bare.replace(ZH_SUFFIX, ''), bare.replace(EN_SUFFIX, ''), bare.replace(/^(.+?)\s*\(.*\)$/, '$1')]) {
    const hit = INDEX.get(candidate);
    if (hit) return hit;
  }
  return null;
}
