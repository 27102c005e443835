/**
 * Chongqing's 38 county-level divisions with current GB/T 2260 codes
 * (from shared/geo/chongqing-districts.csv; 梁平 and 武隆 recoded after their 2016 change).
 */
import type { District } from './types';

type Row = readonly [code: string, geometryCode: string, zh: string, en: string, kind: District['kind'], lon: number, lat: number];

const ROWS: readonly Row[] = [
  ['500101', '500101', '万州区', 'Wanzhou District', 'district', 108.4074, 30.7041],
  ['500102', '500102', '涪陵区', 'Fuling District', 'district', 107.3342, 29.6587],
  ['500103', '500103', '渝中区', 'Yuzhong District', 'district', 106.5408, 29.5498],
  ['500104', '500104', '大渡口区', 'Dadukou District', 'district', 106.4592, 29.4187],
  ['500105', '500105', '江北区', 'Jiangbei District', 'district', 106.7079, 29.6138],
  ['500106', '500106', '沙坪坝区', 'Shapingba District', 'district', 106.3688, 29.625],
  ['500107', '500107', '九龙坡区', 'Jiulongpo District', 'district', 106.3647, 29.4288],
  ['500108', '500108', '南岸区', "Nan'an District", 'district', 106.6611, 29.536],
  ['500109', '500109', '北碚区', 'Beibei District', 'district', 106.5145, 29.8609],
  ['500110', '500110', '綦江区', 'Qijiang District', 'district', 106.7232, 28.8784],
  ['500111', '500111', '大足区', 'Dazu District', 'district', 105.7432, 29.6502],
  ['500112', '500112', '渝北区', 'Yubei District', 'district', 106.7477, 29.8105],
  ['500113', '500113', '巴南区', 'Banan District', 'district', 106.752, 29.3718],
  ['500114', '500114', '黔江区', 'Qianjiang District', 'district', 108.7092, 29.4351],
  ['500115', '500115', '长寿区', 'Changshou District', 'district', 107.1403, 29.9548],
  ['500116', '500116', '江津区', 'Jiangjin District', 'district', 106.2639, 29.0291],
  ['500117', '500117', '合川区', 'Hechuan District', 'district', 106.312, 30.1126],
  ['500118', '500118', '永川区', 'Yongchuan District', 'district', 105.8732, 29.2902],
  ['500119', '500119', '南川区', 'Nanchuan District', 'district', 107.1721, 29.1353],
  ['500120', '500120', '璧山区', 'Bishan District', 'district', 106.1923, 29.5614],
  ['500151', '500151', '铜梁区', 'Tongliang District', 'district', 106.0338, 29.8112],
  ['500152', '500152', '潼南区', 'Tongnan District', 'district', 105.8149, 30.1433],
  ['500153', '500153', '荣昌区', 'Rongchang District', 'district', 105.5073, 29.4651],
  ['500154', '500154', '开州区', 'Kaizhou District', 'district', 108.3826, 31.2735],
  ['500155', '500228', '梁平区', 'Liangping District', 'district', 107.7197, 30.6586],
  ['500156', '500232', '武隆区', 'Wulong District', 'district', 107.71, 29.3732],
  ['500229', '500229', '城口县', 'Chengkou County', 'county', 108.7361, 31.8818],
  ['500230', '500230', '丰都县', 'Fengdu County', 'county', 107.8317, 29.8845],
  ['500231', '500231', '垫江县', 'Dianjiang County', 'county', 107.4381, 30.2533],
  ['500233', '500233', '忠县', 'Zhongxian County', 'county', 107.9152, 30.3358],
  ['500235', '500235', '云阳县', 'Yunyang County', 'county', 108.8575, 31.0359],
  ['500236', '500236', '奉节县', 'Fengjie County', 'county', 109.3498, 30.9511],
  ['500237', '500237', '巫山县', 'Wushan County', 'county', 109.9016, 31.1149],
  ['500238', '500238', '巫溪县', 'Wuxi County', 'county', 109.3539, 31.5033],
  ['500240', '500240', '石柱土家族自治县', 'Shizhu Tujia Autonomous County', 'autonomous county', 108.2989, 30.0932],
  ['500241', '500241', '秀山土家族苗族自治县', 'Xiushan Tujia and Miao Autonomous County', 'autonomous county', 109.0183, 28.4916],
  ['500242', '500242', '酉阳土家族苗族自治县', 'Youyang Tujia and Miao Autonomous County', 'autonomous county', 108.8002, 28.8994],
  ['500243', '500243', '彭水苗族土家族自治县', 'Pengshui Miao and Tujia Autonomous County', 'autonomous county', 108.2664, 29.3535],
];

export const DISTRICTS: readonly District[] = ROWS.map(([code, geometryCode, zh, en, kind, lon, lat]) => ({
  code,
  geometryCode,
  zh,
  en,
  kind,
  centroid: [lon, lat] as const,
}));

/** The six central districts that are tiny at city scale. */
export const CENTRAL_DISTRICTS: readonly string[] = ['500103', '500104', '500105', '500106', '500107', '500108'];
