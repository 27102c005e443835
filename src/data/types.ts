/**
 * Types for the bundled dataset and for everything the engine returns.
 * The one place where data shapes are defined (src/data and src/domain import from here).
 */

export type SourceId =
  | 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8' | 'S9' | 'S10' | 'S11' | 'S12'
  | 'S13' | 'S14' | 'S15' | 'S16' | 'S17' | 'S18' | 'G1'
  /** A register the user imported (its own entry in that dataset's sources). */
  | 'R';

/** Text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * A citation a reader can follow: publication, headline (or, where the exact headline is not
 * on record, a description shown in brackets), date, page or section, and the public address
 * where one exists. Never a path of this repository or of a build machine.
 */
export interface Source {
  id: SourceId;
  /** Newspaper, agency or site, in both languages ("重庆日报" / "Chongqing Daily"). */
  publication: Bilingual;
  /** The headline as printed, in the source's own language; null where it is not on record. */
  headline: string | null;
  /** What the item is, in both languages: shown [in brackets] when there is no headline, and as a gloss otherwise. */
  about: Bilingual;
  /** ISO date of publication where the source or its address states it; else null. */
  date: string | null;
  /** Page or section where known ("第1版" / "p. 1"). */
  page: Bilingual | null;
  /** Public address (host and path, as a reader types it) where one exists; null otherwise. */
  url: string | null;
  /** Anything else a reader needs to find it (a repost, a second outlet, a package file). */
  note: Bilingual | null;
  /** What the dashboard uses it for, one line per language. */
  use: Bilingual;
}

/**
 * A pointer into a source: its id and a short locator (section, paragraph, table). `locator`
 * is the Chinese (or language-neutral, e.g. a file name) text and the key; `locatorEn` the
 * English text where it differs. A "·" separates a section from a part ("§各区县亮点看过来·綦江区").
 */
export interface SourceRef {
  id: SourceId;
  locator: string;
  locatorEn?: string;
}

/**
 * How a figure is known.
 * - published: printed in a source as it is shown
 * - derived: arithmetic on printed figures (the derivation is stated)
 * - itemized: a sum over the named projects only (always with coverage)
 * - complete: computed from a full project register imported by the user
 */
export type Basis = 'published' | 'derived' | 'itemized' | 'complete';

/** A printed (or derived) number in the dataset, always with its source. */
export interface Fact {
  value: number;
  basis: 'published' | 'derived';
  source: SourceRef;
  /** For derived facts: the arithmetic, e.g. "92 − 81". */
  derivation?: string;
}

export type SectorKey =
  | 'smart-manufacturing'
  | 'digital-economy'
  | 'science-tech'
  | 'health'
  | 'new-materials-other';

export type InvestorKey = 'central-soe' | 'private' | 'foreign' | 'other';

export type SizeKey = '5-10' | '10-50' | '50-plus';

export type SigningKey = 'venue-offline' | 'venue-online' | 'off-site';

/** Functional areas: reporting units beside the 38 districts, not administrative divisions (src/data/areas.ts). */
export type AreaKey = 'liangjiang' | 'gaoxin' | 'wansheng';

/** Stage of a signed project after the signing, as registers track it (src/data/vocabularies.ts). */
export type StageKey = 'signed' | 'started' | 'producing' | 'stopped';

/** What a register says of a project after its signing; every field null where the register lacks it. */
export interface ProjectProgress {
  stage: StageKey | null;
  /** Funds in place, 亿元. */
  fundsInPlace: number | null;
  /** ISO dates (yyyy-mm-dd). */
  startDate: string | null;
  reportDate: string | null;
  /** Edition (signing year) the register gives for the project, e.g. 2021. */
  edition: number | null;
}

/** Category columns whose file text a register row keeps when the text is not the dashboard's own term. */
export type CategoryField = 'sector' | 'investor' | 'signing' | 'stage';

/** What a register row said that the dashboard does not show as a field: kept, never lost. */
export interface RowOriginal {
  /** The file's own text for a category that was mapped to a term or left unclassified. */
  categories: Partial<Record<CategoryField, string>>;
  /** Cells of the columns that map to no field, aligned with RegisterInfo.extraHeaders. */
  extra: readonly string[];
}

/** About the register a dataset was built from (null for the published figures). */
export interface RegisterInfo {
  /** Register id ("r-…" for one imported in this browser, "site:<name>" for one published with the site). */
  id: string;
  name: string;
  fileName: string;
  /** Version number shown (1 = first import). */
  version: number;
  /** Every version this browser or site holds, oldest first. */
  versions: readonly { version: number; fileName: string; importedAt: string; rows: number }[];
  origin: 'browser' | 'site';
  /** Headers of the file's columns that map to no field (their cells are in RowOriginal.extra). */
  extraHeaders: readonly string[];
  /** The optional fields the file had a column for (what a panel may say the register lacks). */
  columns: readonly string[];
  /** The user said on import that this is the city's full list for 2021 (then it is reconciled with the published 92). */
  fullList2021?: boolean;
}

export type DistrictKind = 'district' | 'county' | 'autonomous county';

export interface District {
  /** Current GB/T 2260 code. */
  code: string;
  /** Code used in the G1 geometry, where it differs (梁平, 武隆 before 2016). */
  geometryCode: string;
  zh: string;
  en: string;
  kind: DistrictKind;
  /** Area-weighted centroid [lon, lat], inside the district. */
  centroid: readonly [number, number];
}

/** A published marginal: one key of one dimension, its project count and amount. */
export interface Marginal<K extends string> {
  key: K;
  projects: Fact;
  /** 亿元; null where the source prints no amount for this key. */
  investment: Fact | null;
  /** Share of the total investment as printed (percent, rounded by the source). */
  share?: Fact;
}

/** A named project from the sources: the only project-level rows that exist. */
export interface ItemizedProject {
  id: string;
  /** Current GB code; null for rows placed in a functional area (not an administrative division). */
  district: string | null;
  /** Set when the project is placed in a functional area (e.g. Liangjiang New Area, across 江北/渝北/北碚). */
  area: AreaKey | null;
  partner: { zh: string; en: string };
  name: { zh: string; en: string };
  /** 亿元, null where the source states no amount for this signing. */
  amount: number | null;
  /** True where the source says "about" (约). */
  amountApprox: boolean;
  /** Only where the text supports it; null = unclassified. */
  sector: SectorKey | null;
  investor: InvestorKey | null;
  signing: SigningKey | null;
  /**
   * The published rows only: whether the row is one of the 92, 'yes' (listed in the signing's
   * district highlights) or 'not-stated'. A register's rows do not carry it: each is its own count.
   */
  inside92?: 'yes' | 'not-stated';
  source: SourceRef;
  note: { zh: string; en: string } | null;
  /** After the signing: only registers carry it; null for the published dataset's named projects. */
  progress: ProjectProgress | null;
  /** Register rows only: the file's own category texts and unmapped cells. */
  original: RowOriginal | null;
}

/** One category of an edition's published breakdown, in that edition's own words (never mapped onto 2021's keys). */
export interface EditionCategory {
  /** Stable within its breakdown, for marks and tests (e.g. 'nev', '50-100'). */
  key: string;
  label: { zh: string; en: string };
  /** null where the source prints no count (or no amount) for it. */
  projects: Fact | null;
  investment: Fact | null;
  /** A share printed beside it (percent), where the source prints one. */
  share?: Fact;
}

/**
 * A breakdown of one edition as the sources print it: a few categories of one dimension.
 * What the categories leave of the edition's total is "not published" (the engine works it out
 * as arithmetic where the total is exact), never a category of its own.
 */
export interface EditionBreakdown {
  id: 'sector' | 'investor' | 'size' | 'signing' | 'place';
  title: { zh: string; en: string };
  categories: readonly EditionCategory[];
  /** True when the categories are the whole published list of this dimension (2021's breakdowns); false when the sources name only some. */
  complete: boolean;
}

export interface Edition {
  year: number;
  /** Where the expo was held; 'tianjin' = no Chongqing edition that year (S16): its figures are Tianjin's and never shown. */
  host: 'chongqing' | 'tianjin';
  /** null where no count was published (2025) or there was no Chongqing edition (2024). */
  projects: Fact | null;
  investment: Fact | null;
  /** 'lower': the source says "above" this amount (2025): drawn open-ended, never as an exact bar. */
  investmentBound: 'exact' | 'lower';
  /** How the edition counted its signings; null for a year without a Chongqing edition. */
  method: 'all-signings' | 'major-projects' | null;
  online: boolean;
  note: { zh: string; en: string } | null;
  /** Why a year has no figures (2024), with its source; null otherwise. */
  absence: { reason: { zh: string; en: string }; source: SourceRef } | null;
  /** Published breakdowns of this edition, in its own categories. */
  breakdowns: readonly EditionBreakdown[];
}

/** What every dataset has: its name, the sources it cites, the places its rows lie in, and its rows. */
interface DatasetBase {
  id: string;
  title: { zh: string; en: string };
  /** Every source a figure or note on screen may cite. */
  sources: readonly Source[];
  districts: readonly District[];
  projects: readonly ItemizedProject[];
}

/** The published figures: printed totals and marginals, the editions, and the named projects among them. */
export interface PublishedDataset extends DatasetBase {
  kind: 'published';
  totals: { projects: Fact; investment: Fact; over10: Fact; over50: Fact; minAmount: Fact };
  sectors: readonly Marginal<SectorKey>[];
  /** §数读 prints 大健康 + 新材料等其他 merged as 其他产业 (23 / 620, 25%). */
  sectorsMergedOther: { keys: readonly SectorKey[]; investment: Fact; share: Fact };
  investors: readonly Marginal<InvestorKey>[];
  sizes: readonly Marginal<SizeKey>[];
  signing: readonly Marginal<SigningKey>[];
  /** The venue / off-site split as printed in S1 (counts only). */
  signingVenueTotal: { projects: Fact; investment: Fact };
  otherProvinces: { investment: Fact; provinces: readonly string[]; outsideTotal: true };
  editions: readonly Edition[];
  followThrough: { projects: Fact; sharePercent: Fact; fundsInPlace: Fact };
}

/** An imported or site-published register: its rows (every project, with its versions, mapping and reporting dates), and its own totals. */
export interface RegisterDataset extends DatasetBase {
  kind: 'register';
  /** Its rows counted (what coverage is "of"); cited to the register itself. */
  totals: { projects: Fact; investment: Fact };
  register: RegisterInfo;
}

/** The data on screen. Only src/domain/ looks at `kind`: panels read its decisions (basis-policy.ts). */
export type Dataset = PublishedDataset | RegisterDataset;
