/**
 * Short locators into the sources, in both languages, shared by the dataset and panels. A "·"
 * separates a section from a part; readers see one line per section ("§各区县亮点看过来 · 綦江区、璧山区").
 */
import type { Bilingual, SourceId, SourceRef } from './types';

export const LOC = {
  body: { zh: '招商签约活动（正文）', en: 'signing report (body text)' },
  shudu: { zh: '§数读', en: '§“数读” (by the numbers)' },
  shuduSize: { zh: '§数读·从项目投资上看', en: '§“数读” (by the numbers)·by project size' },
  shuduSector: { zh: '§数读·从行业领域看', en: '§“数读” (by the numbers)·by sector' },
  shuduInvestor: { zh: '§数读·从签约投资方看', en: '§“数读” (by the numbers)·by investor' },
  districts: { zh: '§各区县亮点看过来', en: '§district highlights' },
  liangjiang: { zh: '§两江新区签约一揽子智博会重点项目', en: '§Liangjiang New Area signings' },
  g1File: { zh: 'map/json/province/chongqing.json', en: 'map/json/province/chongqing.json' },
} as const satisfies Record<string, Bilingual>;

/** A part within a section: "§各区县亮点看过来·綦江区" / "§district highlights·Qijiang District". */
export function within(section: Bilingual, part: Bilingual): Bilingual {
  return { zh: `${section.zh}·${part.zh}`, en: `${section.en}·${part.en}` };
}

/** A reference with its locator in both languages (a plain string stays language-neutral). */
export function sourceRef(id: SourceId, locator: Bilingual | string): SourceRef {
  if (typeof locator === 'string') return { id, locator };
  return locator.en === locator.zh ? { id, locator: locator.zh } : { id, locator: locator.zh, locatorEn: locator.en };
}
