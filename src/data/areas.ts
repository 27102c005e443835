/**
 * Functional areas: reporting units that registers name as a project's place beside the 38
 * districts. They are not administrative divisions: a row in an area counts in the city total
 * and in the area, and is never split among the districts it lies in (FACTS.md, "Functional areas").
 */
import type { AreaKey } from './types';

export interface FunctionalArea {
  key: AreaKey;
  zh: string;
  en: string;
  /** Other names registers use for it (matched after trimming and case folding). */
  aliases: readonly string[];
  /** Current GB codes of the districts it lies (partly) in. */
  liesIn: readonly string[];
  note: { zh: string; en: string };
}

export const AREAS: readonly FunctionalArea[] = [
  {
    key: 'liangjiang',
    zh: '两江新区',
    en: 'Liangjiang New Area',
    aliases: ['两江', '重庆两江新区', 'liangjiang', 'liangjiang new area'],
    liesIn: ['500105', '500112', '500109'],
    note: { zh: '国家级新区（2010），跨江北、渝北、北碚部分地区；不是行政区', en: 'State-level new area (2010) across parts of Jiangbei, Yubei and Beibei; not an administrative division' },
  },
  {
    key: 'gaoxin',
    zh: '重庆高新区',
    en: 'Chongqing High-tech Zone',
    aliases: ['西部科学城重庆高新区', '高新区', '重庆高新技术产业开发区', '西部（重庆）科学城', 'chongqing high-tech zone', 'western (chongqing) science city'],
    liesIn: ['500106', '500107'],
    note: { zh: '国家高新区（1991），直管园 313 km²，在沙坪坝区、九龙坡区部分地区；不是行政区', en: 'National high-tech zone (1991); its directly managed area (313 km²) lies in parts of Shapingba and Jiulongpo; not an administrative division' },
  },
  {
    key: 'wansheng',
    zh: '万盛经开区',
    en: 'Wansheng Economic and Technological Development Zone',
    aliases: ['万盛经济技术开发区', '万盛', '重庆万盛经开区', 'wansheng', 'wansheng etdz'],
    liesIn: ['500110'],
    note: { zh: '原万盛区，今在綦江区内，2011 年合并后单独管理；不是行政区', en: 'The former Wansheng District, inside today\u2019s Qijiang; managed apart since the 2011 merger; not an administrative division' },
  },
];

export const AREA_KEYS: readonly AreaKey[] = AREAS.map((a) => a.key);
