/** The source registry: every source a figure in the dataset may cite (FACTS.md, "Sources"). */
import type { Source, SourceId } from './types';

export const SOURCES: readonly Source[] = [
  {
    id: 'S1',
    title: '重庆日报：2021智博会重大项目招商签约（含“数读”与各区县亮点）',
    publisher: '重庆日报 Chongqing Daily',
    date: '2021-08-23',
    url: 'shared/source/smart-expo-2021-news.zh.txt',
    use: { zh: '主要来源：总数、行业、投资方、规模、签约方式、点名项目', en: 'Primary source: totals, sectors, investors, size, signing mode, named projects' },
  },
  {
    id: 'S2',
    title: 'Xinhua wire on the 2021 Smart China Expo signing',
    publisher: '新华社 Xinhua',
    date: null,
    url: 'czj.baotou.gov.cn/index/ttxw/19224.html',
    use: { zh: '印证 92 个、2524亿元及智能制造、数字经济数字', en: 'Confirms 92 / 2524亿 and the smart-manufacturing and digital-economy figures' },
  },
  {
    id: 'S3',
    title: 'Report on the 2021 Chongqing signing: venue vs off-site, online vs offline',
    publisher: 'INP',
    date: '2021-08-23',
    url: 'inp.net.pk (2021-08-23 story on the Chongqing signing)',
    use: { zh: '签约方式的金额（现场线下/线上、场外）及川黔 32亿元', en: 'Amounts by signing mode (venue offline/online, off-site) and the 32亿 from Sichuan/Guizhou' },
  },
  {
    id: 'S4',
    title: '2018 Smart China Expo signings: 501 projects, 6120亿',
    publisher: 'gmw.cn; ichongqing.info',
    date: '2018-08-26',
    url: 'gmw.cn 2018-08-26; ichongqing.info 2021-08-12',
    use: { zh: '2018 届签约', en: '2018 edition' },
  },
  {
    id: 'S5',
    title: '2019 Smart China Expo signings: 530 projects, 8169亿',
    publisher: 'Global Times',
    date: null,
    url: 'globaltimes.cn/content/1162708.shtml',
    use: { zh: '2019 届签约', en: '2019 edition' },
  },
  {
    id: 'S6',
    title: '2020 online Smart China Expo: 71 projects, 2712亿',
    publisher: "People's Daily Online",
    date: '2020-09-17',
    url: 'en.people.cn/n3/2020/0917/c90000-9761613.html',
    use: { zh: '2020 届（线上）签约', en: '2020 edition (online)' },
  },
  {
    id: 'S7',
    title: '重庆日报：2022智博会线上签约 70 个项目、2121亿元',
    publisher: '重庆日报 Chongqing Daily',
    date: '2022-08-23',
    url: 'epaper.cqrb.cn, 2022-08-23',
    use: { zh: '2022 届（线上）签约', en: '2022 edition (online)' },
  },
  {
    id: 'S8',
    title: '2023 Smart China Expo: 84 projects, 2138.6亿',
    publisher: "People's Daily Online",
    date: '2023-09-05',
    url: 'en.people.cn/n3/2023/0905/c90000-20067489.html',
    use: { zh: '2023 届签约', en: '2023 edition' },
  },
  {
    id: 'S9',
    title: 'Liangjiang New Area pre-expo cloud signing, 2021-08-18: 25 projects, 463亿',
    publisher: 'Liangjiang New Area',
    date: '2021-08-19',
    url: 'english.liangjiang.gov.cn/2021-08/19/content_37546317.htm',
    use: { zh: '另一场签约，不计入 92 个', en: 'A separate event, never added to the 92' },
  },
  {
    id: 'S10',
    title: '重庆日报智博会综述（转载）：市内签约 92 个项目、2524亿元',
    publisher: '重庆日报 Chongqing Daily (repost)',
    date: null,
    url: 'fastread.xyz/posts/411803',
    use: { zh: '印证总数', en: 'Confirms the totals' },
  },
  {
    id: 'S11',
    title: 'Opening-day report naming Liangjiang signings (IAT, Tencent Cloud, iFlytek, QI-ANXIN)',
    publisher: 'wire story (repost)',
    date: '2021-08-25',
    url: 'roboticulized.com/latest-news/2021/08/25/63932/',
    use: { zh: '两江新区点名项目（奇安信）', en: 'Liangjiang named projects (QI-ANXIN)' },
  },
  {
    id: 'S12',
    title: '市招商投资局：2018–2021 智博会集中签约项目推进情况',
    publisher: '重庆市招商投资局 Chongqing investment bureau',
    date: null,
    url: 'jrcq.cn/Release/txtlist_i16681v.html',
    use: { zh: '落地情况：253 个项目、约 63% 在建或投产', en: 'Follow-through: 253 projects, about 63% under construction or producing' },
  },
  {
    id: 'G1',
    title: 'Apache ECharts 4.9.0 map/json/province/chongqing.json (Apache-2.0)',
    publisher: 'Apache ECharts',
    date: null,
    url: 'npm package echarts@4.9.0',
    use: { zh: '区县边界（示意）', en: 'District boundaries (schematic)' },
  },
];

const byId = new Map<SourceId, Source>(SOURCES.map((s) => [s.id, s]));

export function getSource(id: SourceId): Source | undefined {
  return byId.get(id);
}
