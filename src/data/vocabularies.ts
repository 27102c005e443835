/**
 * The category vocabularies — sectors, investor types, signing modes, project stages — as data:
 * key, zh and en labels, and the other names registers use for them. The UI's labels and the
 * importer's value matching both read from here, so a category cannot mean one thing on screen
 * and another in a file. The filter keys (and their URL values) are these terms' keys, in this order.
 */
import type { CategoryField, InvestorKey, SectorKey, SigningKey, StageKey } from './types';

export interface Term<K extends string> {
  key: K;
  zh: string;
  en: string;
  /** Other names offices write for it; matched after trimming and case folding. */
  aliases: readonly string[];
}

export const SECTORS: readonly Term<SectorKey>[] = [
  { key: 'smart-manufacturing', zh: '智能制造', en: 'Smart manufacturing', aliases: ['smart manufacturing'] },
  { key: 'digital-economy', zh: '数字经济', en: 'Digital economy', aliases: ['digital economy'] },
  { key: 'science-tech', zh: '科技', en: 'Science & technology', aliases: ['科技创新', 'science and technology', 'sci-tech'] },
  { key: 'health', zh: '大健康', en: 'Health industry', aliases: ['大健康产业', 'health'] },
  { key: 'new-materials-other', zh: '新材料等其他', en: 'New materials & other', aliases: ['新材料及其他', 'new materials and other'] },
];

export const INVESTORS: readonly Term<InvestorKey>[] = [
  { key: 'central-soe', zh: '央企', en: 'Central SOEs', aliases: ['中央企业', 'central soe'] },
  { key: 'private', zh: '民企', en: 'Private firms', aliases: ['民营企业', 'private'] },
  { key: 'foreign', zh: '外企', en: 'Foreign firms', aliases: ['外资企业', '外商投资企业', 'foreign'] },
  { key: 'other', zh: '外省市国企等其他', en: 'Other-province SOEs & others', aliases: ['其他', 'other'] },
];

export const SIGNINGS: readonly Term<SigningKey>[] = [
  { key: 'venue-offline', zh: '集中签约·线下', en: 'At the venue, in person', aliases: ['集中签约线下', '现场签约', 'venue offline'] },
  { key: 'venue-online', zh: '集中签约·线上', en: 'At the venue, online', aliases: ['集中签约线上', '线上签约', '云签约', 'venue online'] },
  { key: 'off-site', zh: '场外签约', en: 'Off-site', aliases: ['场外', 'off site', 'offsite'] },
];

/** Project stages after the signing, in the order a project goes through them. */
export const STAGES: readonly Term<StageKey>[] = [
  { key: 'signed', zh: '签约未开工', en: 'Signed, not started', aliases: ['已签约', '签约', '未开工', '前期', '前期工作', 'signed', 'not started'] },
  { key: 'started', zh: '已开工', en: 'Under construction', aliases: ['开工', '在建', '已开工在建', '建设中', 'started', 'under construction'] },
  { key: 'producing', zh: '已投产', en: 'Producing', aliases: ['投产', '竣工', '竣工投产', '运营', '已运营', 'producing', 'in operation', 'completed'] },
  { key: 'stopped', zh: '终止', en: 'Stopped', aliases: ['已终止', '退出', '终止退出', '取消', 'stopped', 'terminated', 'withdrawn'] },
];

/** The key type of each category field. */
export interface CategoryKeys {
  sector: SectorKey;
  investor: InvestorKey;
  signing: SigningKey;
  stage: StageKey;
}

/** Each category field's vocabulary. */
export const VOCABULARIES: { [F in CategoryField]: readonly Term<CategoryKeys[F]>[] } = {
  sector: SECTORS,
  investor: INVESTORS,
  signing: SIGNINGS,
  stage: STAGES,
};

export const SECTOR_KEYS: readonly SectorKey[] = SECTORS.map((t) => t.key);
export const INVESTOR_KEYS: readonly InvestorKey[] = INVESTORS.map((t) => t.key);
export const SIGNING_KEYS: readonly SigningKey[] = SIGNINGS.map((t) => t.key);
export const STAGE_KEYS: readonly StageKey[] = STAGES.map((t) => t.key);
