/**
 * The bundled dataset: every figure from shared/FACTS.md, each with its source and locator.
 * Nothing here is estimated. Where a source prints no figure, the value is null.
 * Loaded lazily (through TanStack Query) so the shell paints before the data arrives.
 */
import { DISTRICTS } from './districts';
import { LOC, sourceRef, within } from './locators';
import { SOURCES } from './sources';
import type { Bilingual, Edition, EditionBreakdown, EditionCategory, Fact, InvestorKey, ItemizedProject, Marginal, SectorKey, SigningKey, SizeKey, SourceId, PublishedDataset } from './types';
import { INVESTORS, SECTORS, SIGNINGS, type Term } from './vocabularies';


/** Locators are given in both languages (a plain string is language-neutral). */
function pub(value: number, id: SourceId, locator: Bilingual | string): Fact {
  return { value, basis: 'published', source: sourceRef(id, locator) };
}

function der(value: number, id: SourceId, locator: Bilingual | string, derivation: string): Fact {
  return { value, basis: 'derived', source: sourceRef(id, locator), derivation };
}

/** "§各区县亮点看过来·綦江区" with the district's name in each language. */
function districtLoc(code: string) {
  const d = DISTRICTS.find((x) => x.code === code);
  if (!d) throw new Error(`unknown district ${code}`);
  return sourceRef('S1', within(LOC.districts, { zh: d.zh, en: d.en }));
}

const PROJECTS: readonly ItemizedProject[] = [
  {
    id: 'qijiang-zhongnan',
    district: '500110',
    area: null,
    partner: { zh: '中南高科', en: 'Zhongnan Gaoke' },
    name: { zh: '智能制造产业园（永桐新城）', en: 'Smart manufacturing industrial park (Yongtong New Town)' },
    amount: 35,
    amountApprox: false,
    sector: 'smart-manufacturing',
    investor: null,
    signing: null,
    inside92: 'yes',
    progress: null,
    original: null,
    source: districtLoc('500110'),
    note: {
      zh: '以智能制造、电子信息、智能电器、新材料为主；行业按项目名称归类',
      en: 'Smart manufacturing, electronics, smart appliances, new materials; sector read from the project name',
    },
  },
  {
    id: 'bishan-csgc',
    district: '500120',
    area: null,
    partner: { zh: '中国兵器装备集团有限公司', en: 'China South Industries Group' },
    name: { zh: '智能装备产业集群（嘉陵特装、青山智能传动）', en: 'Smart equipment industry cluster (Jialing special equipment, Qingshan transmission park)' },
    amount: null,
    amountApprox: false,
    sector: 'smart-manufacturing',
    investor: 'central-soe',
    signing: null,
    inside92: 'yes',
    progress: null,
    original: null,
    source: districtLoc('500120'),
    note: {
      zh: '建设智能制造产业基地；投资额未公布',
      en: 'Builds a smart-manufacturing base; amount not published',
    },
  },
  {
    id: 'fuling-wulian',
    district: '500102',
    area: null,
    partner: { zh: '深圳市物联投资发展有限公司', en: 'Shenzhen Wulian Investment Development Co.' },
    name: { zh: '物联云智能项目', en: 'IoT cloud smart-products project' },
    amount: 18,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    progress: null,
    original: null,
    source: districtLoc('500102'),
    note: { zh: '智能家居系列产品生产线', en: 'Smart-home product lines' },
  },
  {
    id: 'dianjiang-yaoxing',
    district: '500231',
    area: null,
    partner: { zh: '云南耀兴集团', en: 'Yunnan Yaoxing Group' },
    name: { zh: '年产50万吨矿泉水智能产线', en: 'Smart mineral-water line, 500 000 t a year' },
    amount: 10,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    progress: null,
    original: null,
    source: districtLoc('500231'),
    note: {
      zh: '用地100亩，预计年产值20亿元、税收5000万元以上',
      en: '100 mu of land; expected output 2 billion yuan a year, tax of 50 million yuan or more',
    },
  },
  {
    id: 'jiangjin-manwah',
    district: '500116',
    area: null,
    partner: { zh: '敏华实业有限公司', en: 'Man Wah Holdings' },
    name: { zh: '敏华智能家居制造项目', en: 'Man Wah smart-furniture manufacturing' },
    amount: 15,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    progress: null,
    original: null,
    source: districtLoc('500116'),
    note: { zh: '珞璜工业园，新购地约300亩', en: 'Luohuang industrial park, about 300 mu of new land' },
  },
  {
    id: 'jiulongpo-bosch',
    district: '500107',
    area: null,
    partner: { zh: '博世集团', en: 'Bosch' },
    name: { zh: '氢能科技园、氢能产业园', en: 'Hydrogen technology park and hydrogen industrial park' },
    amount: null,
    amountApprox: false,
    sector: null,
    investor: 'foreign',
    signing: null,
    inside92: 'yes',
    progress: null,
    original: null,
    source: districtLoc('500107'),
    note: {
      zh: '博世全球首个氢燃料电池系统发展基地；投资额未公布',
      en: "Bosch's first global base for hydrogen fuel-cell systems; amount not published",
    },
  },
  {
    id: 'jiangbei-aulton',
    district: '500105',
    area: null,
    partner: { zh: '奥动新能源', en: 'Aulton New Energy' },
    name: { zh: '奥动新能源4.0换电站项目', en: 'Aulton 4.0 battery-swap stations' },
    amount: null,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    progress: null,
    original: null,
    source: districtLoc('500105'),
    note: {
      zh: '预计2023年在渝建站突破200座；投资额未公布',
      en: 'Over 200 stations in Chongqing expected by 2023; amount not published',
    },
  },
  {
    id: 'yongchuan-iflytek',
    district: '500118',
    area: null,
    partner: { zh: '科大讯飞', en: 'iFlytek' },
    name: { zh: '西部大数据产业人才教育基地', en: 'Western big-data talent education base' },
    amount: null,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    progress: null,
    original: null,
    source: districtLoc('500118'),
    note: {
      zh: '5年内合作院校不少于20所、培养不少于10000人；投资额未公布',
      en: 'At least 20 partner colleges and 10 000 trainees within 5 years; amount not published',
    },
  },
  {
    id: 'liangjiang-tencent',
    district: null,
    area: 'liangjiang',
    partner: { zh: '腾讯', en: 'Tencent' },
    name: { zh: '腾讯云工业互联网智能产业总部', en: 'Tencent Cloud industrial-internet smart-industry HQ' },
    amount: null,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'not-stated',
    progress: null,
    original: null,
    source: sourceRef('S1', LOC.liangjiang),
    note: { zh: '设立 WeMake 工业互联网研究中心；投资额未公布', en: 'Sets up the WeMake industrial-internet research centre; amount not published' },
  },
  {
    id: 'liangjiang-iat',
    district: null,
    area: 'liangjiang',
    partner: { zh: '阿尔特', en: 'IAT Automobile Technology' },
    name: { zh: '阿尔特两江国际汽车研发基地', en: 'IAT Liangjiang international automotive R&D base' },
    amount: 10,
    amountApprox: true,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'not-stated',
    progress: null,
    original: null,
    source: sourceRef('S1', LOC.liangjiang),
    note: { zh: '西南地区首家整车设计与新能源汽车研发基地', en: 'First in south-west China for vehicle design and EV R&D' },
  },
  {
    id: 'liangjiang-iflytek',
    district: null,
    area: 'liangjiang',
    partner: { zh: '科大讯飞', en: 'iFlytek' },
    name: { zh: '项目投资合作协议（教育、汽车等场景）', en: 'Investment cooperation agreement (education, automotive)' },
    amount: null,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'not-stated',
    progress: null,
    original: null,
    source: sourceRef('S1', LOC.liangjiang),
    note: null,
  },
  {
    id: 'liangjiang-qianxin',
    district: null,
    area: 'liangjiang',
    partner: { zh: '奇安信', en: 'QI-ANXIN' },
    name: { zh: '区域总部', en: 'Regional headquarters' },
    amount: null,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'not-stated',
    progress: null,
    original: null,
    source: sourceRef('S11', { zh: '两江新区签约', en: 'Liangjiang signings' }),
    note: null,
  },
];

/** 2021's breakdowns, as the editions chart shows them: the same printed marginals as the rest of the dashboard. */
function fromMarginals<K extends string>(
  id: EditionBreakdown['id'],
  title: EditionBreakdown['title'],
  marginals: readonly Marginal<K>[],
  label: (key: K) => { zh: string; en: string },
): EditionBreakdown {
  const categories: EditionCategory[] = marginals.map((m) => ({
    key: m.key,
    label: label(m.key),
    projects: m.projects,
    investment: m.investment,
    ...(m.share ? { share: m.share } : {}),
  }));
  return { id, title, categories, complete: true };
}

function termLabel<K extends string>(terms: readonly Term<K>[]) {
  return (key: K) => {
    const t = terms.find((x) => x.key === key);
    return { zh: t?.zh ?? key, en: t?.en ?? key };
  };
}

const SIZE_LABELS: Record<string, { zh: string; en: string }> = {
  '5-10': { zh: '5–10亿元', en: '5–10亿' },
  '10-50': { zh: '10–50亿元', en: '10–50亿' },
  '50-plus': { zh: '50亿元以上', en: '50亿 and above' },
};

const TITLES = {
  sector: { zh: '行业', en: 'Sector' },
  investor: { zh: '投资方', en: 'Investor' },
  size: { zh: '项目规模', en: 'Project size' },
  signing: { zh: '签约方式', en: 'Signing mode' },
  place: { zh: '签约地点', en: 'Where signed' },
} as const;

function cat(key: string, zh: string, en: string, projects: Fact | null, investment: Fact | null, share?: Fact): EditionCategory {
  return { key, label: { zh, en }, projects, investment, ...(share ? { share } : {}) };
}

const SECTOR_MARGINALS: readonly Marginal<SectorKey>[] = [
    { key: 'smart-manufacturing', projects: pub(32, 'S1', LOC.body), investment: pub(1016, 'S1', LOC.body), share: pub(40, 'S1', LOC.shuduSector) },
    { key: 'digital-economy', projects: pub(20, 'S1', LOC.body), investment: pub(428, 'S1', LOC.body), share: pub(17, 'S1', LOC.shuduSector) },
    { key: 'science-tech', projects: pub(17, 'S1', LOC.body), investment: pub(460, 'S1', LOC.body), share: pub(18, 'S1', LOC.shuduSector) },
    { key: 'health', projects: pub(8, 'S1', LOC.body), investment: pub(191, 'S1', LOC.body) },
    { key: 'new-materials-other', projects: pub(15, 'S1', LOC.body), investment: pub(429, 'S1', LOC.body) },
  ];

const INVESTOR_MARGINALS: readonly Marginal<InvestorKey>[] = [
    { key: 'central-soe', projects: pub(10, 'S1', LOC.shuduInvestor), investment: pub(463, 'S1', LOC.shuduInvestor), share: pub(18, 'S1', LOC.shuduInvestor) },
    { key: 'private', projects: pub(69, 'S1', LOC.shuduInvestor), investment: pub(1670, 'S1', LOC.shuduInvestor), share: pub(66, 'S1', LOC.shuduInvestor) },
    { key: 'foreign', projects: pub(5, 'S1', LOC.shuduInvestor), investment: pub(73, 'S1', LOC.shuduInvestor), share: pub(3, 'S1', LOC.shuduInvestor) },
    { key: 'other', projects: pub(8, 'S1', LOC.shuduInvestor), investment: pub(318, 'S1', LOC.shuduInvestor), share: pub(13, 'S1', LOC.shuduInvestor) },
  ];

const SIZE_MARGINALS: readonly Marginal<SizeKey>[] = [
    { key: '5-10', projects: der(11, 'S1', LOC.shuduSize, '92 − 81'), investment: null },
    { key: '10-50', projects: der(62, 'S1', LOC.shuduSize, '81 − 19'), investment: null },
    { key: '50-plus', projects: pub(19, 'S1', LOC.shuduSize), investment: null },
  ];

const SIGNING_MARGINALS: readonly Marginal<SigningKey>[] = [
    { key: 'venue-offline', projects: pub(50, 'S3', { zh: '现场签约·线下', en: 'venue signing·offline' }), investment: pub(1675, 'S3', { zh: '现场签约·线下', en: 'venue signing·offline' }) },
    { key: 'venue-online', projects: pub(16, 'S3', { zh: '现场签约·线上', en: 'venue signing·online' }), investment: pub(398, 'S3', { zh: '现场签约·线上', en: 'venue signing·online' }) },
    { key: 'off-site', projects: pub(26, 'S1', LOC.body), investment: pub(451, 'S3', { zh: '场外签约', en: 'off-site signing' }) },
  ];

export const EDITIONS: readonly Edition[] = [
  {
    year: 2018,
    host: 'chongqing',
    projects: pub(501, 'S4', { zh: '2018 届签约', en: '2018 signings' }),
    investment: pub(6120, 'S4', { zh: '2018 届签约', en: '2018 signings' }),
    investmentBound: 'exact',
    method: 'all-signings',
    online: false,
    note: null,
    absence: null,
    breakdowns: [],
  },
  {
    year: 2019,
    host: 'chongqing',
    projects: pub(530, 'S5', { zh: '2019 届签约', en: '2019 signings' }),
    investment: pub(8169, 'S5', { zh: '2019 届签约', en: '2019 signings' }),
    investmentBound: 'exact',
    method: 'all-signings',
    online: false,
    note: { zh: '现场签约89个，场外441个', en: '89 signed at the venue, 441 elsewhere' },
    absence: null,
    breakdowns: [
      {
        id: 'place',
        title: TITLES.place,
        complete: true,
        categories: [
          cat('venue', '现场签约', 'At the venue', pub(89, 'S5', { zh: '2019 届签约·现场', en: '2019 signings·at the venue' }), null),
          cat('elsewhere', '场外签约', 'Elsewhere', pub(441, 'S5', { zh: '2019 届签约·场外', en: '2019 signings·elsewhere' }), null),
        ],
      },
    ],
  },
  {
    year: 2020,
    host: 'chongqing',
    projects: pub(71, 'S6', { zh: '2020 线上签约', en: '2020 online signing' }),
    investment: pub(2712, 'S6', { zh: '2020 线上签约', en: '2020 online signing' }),
    investmentBound: 'exact',
    method: 'major-projects',
    online: true,
    note: null,
    absence: null,
    breakdowns: [
      {
        id: 'size',
        title: TITLES.size,
        complete: false,
        categories: [cat('50-plus', '50亿元以上', '50亿 and above', pub(17, 'S6', { zh: '2020 线上签约·50亿元以上', en: '2020 online signing·above 50亿' }), null)],
      },
    ],
  },
  {
    year: 2021,
    host: 'chongqing',
    projects: pub(92, 'S1', LOC.body),
    investment: pub(2524, 'S1', LOC.body),
    investmentBound: 'exact',
    method: 'major-projects',
    online: false,
    note: null,
    absence: null,
    breakdowns: [
      fromMarginals('sector', TITLES.sector, SECTOR_MARGINALS, termLabel(SECTORS)),
      fromMarginals('investor', TITLES.investor, INVESTOR_MARGINALS, termLabel(INVESTORS)),
      fromMarginals('size', TITLES.size, SIZE_MARGINALS, (k) => SIZE_LABELS[k] ?? { zh: k, en: k }),
      fromMarginals('signing', TITLES.signing, SIGNING_MARGINALS, termLabel(SIGNINGS)),
    ],
  },
  {
    year: 2022,
    host: 'chongqing',
    projects: pub(70, 'S7', { zh: '2022 线上签约', en: '2022 online signing' }),
    investment: pub(2121, 'S7', { zh: '2022 线上签约', en: '2022 online signing' }),
    investmentBound: 'exact',
    method: 'major-projects',
    online: true,
    note: null,
    absence: null,
    breakdowns: [
      {
        id: 'sector',
        title: TITLES.sector,
        // S14: the rest (new energy, new materials, equity funds) is not quantified.
        complete: false,
        categories: [
          cat('nev', '智能网联新能源汽车', 'Intelligent connected & new-energy vehicles', pub(18, 'S13', { zh: '第1版·智能网联新能源汽车', en: 'p. 1·intelligent connected & new-energy vehicles' }), pub(833, 'S13', { zh: '第1版·智能网联新能源汽车', en: 'p. 1·intelligent connected & new-energy vehicles' })),
          cat('software', '软件信息与科创', 'Software, information & sci-tech', pub(14, 'S14', { zh: '软件信息与科创', en: 'software, information & sci-tech' }), pub(330, 'S14', { zh: '软件信息与科创', en: 'software, information & sci-tech' })),
          cat('electronics', '电子与装备智能制造', 'Electronics & smart equipment manufacturing', pub(13, 'S14', { zh: '电子与装备智能制造', en: 'electronics & smart equipment manufacturing' }), pub(224, 'S14', { zh: '电子与装备智能制造', en: 'electronics & smart equipment manufacturing' })),
          cat('biomedicine', '生物医药', 'Biomedicine', pub(6, 'S14', { zh: '生物医药', en: 'biomedicine' }), pub(128, 'S14', { zh: '生物医药', en: 'biomedicine' })),
        ],
      },
      {
        id: 'size',
        title: TITLES.size,
        complete: false,
        categories: [cat('10-plus', '10亿元以上', '10亿 and above', pub(54, 'S13', { zh: '第1版·10亿元以上', en: 'p. 1·10亿 and above' }), null)],
      },
    ],
  },
  {
    year: 2023,
    host: 'chongqing',
    projects: pub(84, 'S8', { zh: '2023 届签约', en: '2023 signing' }),
    investment: pub(2138.6, 'S8', { zh: '2023 届签约', en: '2023 signing' }),
    investmentBound: 'exact',
    method: 'major-projects',
    online: false,
    note: null,
    absence: null,
    breakdowns: [
      {
        id: 'size',
        title: TITLES.size,
        complete: false,
        categories: [
          cat('50-100', '50–100亿元', '50–100亿', pub(11, 'S15', { zh: '50–100亿元', en: '50–100亿' }), null),
          cat('100-plus', '100亿元以上', '100亿 and above', pub(5, 'S15', { zh: '100亿元以上', en: '100亿 and above' }), null),
        ],
      },
      {
        id: 'sector',
        title: TITLES.sector,
        complete: false,
        categories: [
          cat('nev', '智能网联新能源汽车', 'Intelligent connected & new-energy vehicles', pub(19, 'S15', { zh: '智能网联新能源汽车', en: 'intelligent connected & new-energy vehicles' }), pub(688, 'S15', { zh: '智能网联新能源汽车', en: 'intelligent connected & new-energy vehicles' }), pub(32.2, 'S15', { zh: '智能网联新能源汽车', en: 'intelligent connected & new-energy vehicles' })),
        ],
      },
      {
        id: 'investor',
        title: TITLES.investor,
        complete: false,
        categories: [cat('foreign', '外资项目', 'Foreign-invested', pub(7, 'S15', { zh: '外资项目', en: 'foreign-invested projects' }), pub(96.2, 'S15', { zh: '外资项目', en: 'foreign-invested projects' }))],
      },
    ],
  },
  {
    year: 2024,
    host: 'tianjin',
    projects: null,
    investment: null,
    investmentBound: 'exact',
    method: null,
    online: false,
    note: null,
    absence: {
      reason: {
        zh: '智博会与天津世界智能大会合并为世界智能产业博览会，津渝轮流举办；2024 年在天津举办，没有重庆届次（天津的签约数字不是重庆的）',
        en: 'The Smart China Expo merged with Tianjin’s World Intelligence Expo, hosted by Tianjin and Chongqing in turn; 2024 was held in Tianjin, so there is no Chongqing edition (Tianjin’s signings are not Chongqing’s)',
      },
      source: sourceRef('S16', { zh: '两展合并；2024 年在天津举办', en: 'merger; 2024 held in Tianjin' }),
    },
    breakdowns: [],
  },
  {
    year: 2025,
    host: 'chongqing',
    projects: null,
    investment: pub(2000, 'S17', { zh: '签约额 2000亿元以上', en: 'contract value above 200 billion yuan' }),
    investmentBound: 'lower',
    method: 'major-projects',
    online: false,
    note: { zh: '世界智能产业博览会（重庆）；项目数未公布', en: 'World Intelligence Expo, in Chongqing; project count not published' },
    absence: null,
    breakdowns: [
      {
        id: 'signing',
        title: TITLES.signing,
        complete: false,
        categories: [cat('on-site', '现场签约', 'Signed on site', null, pub(1200, 'S18', { zh: '现场签约 1200亿元', en: '1200亿 signed on site' }))],
      },
    ],
  },
];

export const DATASET: PublishedDataset = {
  id: 'published',
  kind: 'published',
  title: { zh: '2021智博会重大项目签约（公开数据）', en: '2021 Smart China Expo major-project signing (published data)' },
  sources: SOURCES,
  totals: {
    projects: pub(92, 'S1', LOC.body),
    investment: pub(2524, 'S1', LOC.body),
    over10: pub(81, 'S1', LOC.shuduSize),
    over50: pub(19, 'S1', LOC.shuduSize),
    minAmount: pub(5, 'S1', LOC.shuduSize),
  },
  sectors: SECTOR_MARGINALS,
  sectorsMergedOther: {
    keys: ['health', 'new-materials-other'],
    investment: pub(620, 'S1', LOC.shuduSector),
    share: pub(25, 'S1', LOC.shuduSector),
  },
  investors: INVESTOR_MARGINALS,
  sizes: SIZE_MARGINALS,
  signing: SIGNING_MARGINALS,
  signingVenueTotal: { projects: pub(66, 'S1', LOC.body), investment: pub(2073, 'S3', { zh: '现场签约', en: 'venue signing' }) },
  otherProvinces: {
    investment: pub(32, 'S3', { zh: '贵州、四川等省', en: 'Guizhou, Sichuan and other provinces' }),
    provinces: ['四川省', '贵州省'],
    outsideTotal: true,
  },
  editions: EDITIONS,
  followThrough: {
    projects: pub(253, 'S12', { zh: '2018–2021 集中签约项目', en: '2018–2021 central signings' }),
    sharePercent: pub(63, 'S12', { zh: '截至2022年6月底在建或投产', en: 'under construction or producing, end-June 2022' }),
    fundsInPlace: pub(1310.6, 'S12', { zh: '截至2022年6月底资金到位', en: 'funds in place, end-June 2022' }),
  },
  projects: PROJECTS,
  districts: DISTRICTS,
};
