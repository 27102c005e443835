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
  /**
   * APPROXIMATE outline, one [lon, lat] ring (closed implicitly), drawn dashed and labelled
   * 大致范围 / approximate. Hand-placed from the zone's public description inside the schematic
   * district geometry (public/geo); not a surveyed boundary and never used to assign rows.
   */
  outline: readonly (readonly [number, number])[];
  /** [lon, lat] for the overlay's label and the marker of its projects, inside the outline. */
  labelAt: readonly [number, number];
  /** A short name for the map's label (the full name is in its tooltip and the list). */
  short: { zh: string; en: string };
}

export const AREAS: readonly FunctionalArea[] = [
  {
    key: 'liangjiang',
    zh: '两江新区',
    en: 'Liangjiang New Area',
    aliases: ['两江', '重庆两江新区', 'liangjiang', 'liangjiang new area'],
    liesIn: ['500105', '500112', '500109'],
    note: { zh: '国家级新区（2010），跨江北、渝北、北碚部分地区；不是行政区', en: 'State-level new area (2010) across parts of Jiangbei, Yubei and Beibei; not an administrative division' },
    // North of the Yangtze and east of the Jialing: 蔡家/水土 (北碚) to 龙兴/鱼嘴 (渝北, 江北) down to 寸滩.
    outline: [[106.46, 29.72], [106.5, 29.81], [106.58, 29.86], [106.7, 29.81], [106.84, 29.76], [106.88, 29.66], [106.8, 29.6], [106.66, 29.6], [106.56, 29.6], [106.5, 29.64]],
    labelAt: [106.66, 29.72],
    short: { zh: '两江新区', en: 'Liangjiang' },
  },
  {
    key: 'gaoxin',
    zh: '重庆高新区',
    en: 'Chongqing High-tech Zone',
    aliases: ['西部科学城重庆高新区', '高新区', '重庆高新技术产业开发区', '西部（重庆）科学城', 'chongqing high-tech zone', 'western (chongqing) science city'],
    liesIn: ['500106', '500107'],
    note: { zh: '国家高新区（1991），直管园 313 km²，在沙坪坝区、九龙坡区部分地区；不是行政区', en: 'National high-tech zone (1991); its directly managed area (313 km²) lies in parts of Shapingba and Jiulongpo; not an administrative division' },
    // The directly managed area west of the central city: 曾家/虎溪/西永/香炉山 (沙坪坝) and
    // 含谷/白市驿/走马/金凤/巴福/石板 (九龙坡); not the wider science city.
    outline: [[106.3, 29.66], [106.36, 29.66], [106.39, 29.58], [106.4, 29.5], [106.38, 29.44], [106.34, 29.38], [106.32, 29.43], [106.28, 29.54]],
    labelAt: [106.35, 29.53],
    short: { zh: '重庆高新区', en: 'High-tech Zone' },
  },
  {
    key: 'wansheng',
    zh: '万盛经开区',
    en: 'Wansheng Economic and Technological Development Zone',
    aliases: ['万盛经济技术开发区', '万盛', '重庆万盛经开区', 'wansheng', 'wansheng etdz'],
    liesIn: ['500110'],
    note: { zh: '原万盛区，今在綦江区内，2011 年合并后单独管理；不是行政区', en: 'The former Wansheng District, inside today\u2019s Qijiang; managed apart since the 2011 merger; not an administrative division' },
    // The former 万盛区 in south-east 綦江, around 106.9E 28.95N.
    outline: [[106.84, 29.06], [106.9, 29.07], [106.98, 29.0], [107.03, 28.94], [107.0, 28.86], [106.9, 28.84], [106.82, 28.9], [106.8, 28.98]],
    labelAt: [106.91, 28.95],
    short: { zh: '万盛经开区', en: 'Wansheng' },
  },
];

export const AREA_KEYS: readonly AreaKey[] = AREAS.map((a) => a.key);
