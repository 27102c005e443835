/**
 * The basis policy: every rule that depends on what kind of dataset is on screen (the
 * published figures or a full register), in one place: the rules, and the decisions panels
 * show (what is published, what comes from the rows, and why). Panels, wordings and the engine
 * read these instead of testing `dataset.kind`, so a new kind of dataset changes one module.
 */
import { DATASET } from '../data/dataset';
import type { Dataset, PublishedDataset, RegisterDataset, RegisterInfo } from '../data/types';

export interface BasisPolicy {
  /** The basis of any figure summed over the dataset's rows. */
  rows: 'itemized' | 'complete';
  /** Row sums state their coverage ("3 of 92 projects named, 63亿 of 2524亿"): the rows are not the full list. */
  coverage: boolean;
  /** Rows may lack an amount (shown as "not published", hatched on the map). */
  amountsMayBeUnstated: boolean;
  /** The charts' notes that explain the published figures (merged sectors, derived bands, signing counts). */
  publishedFigureNotes: boolean;
  /** A bar that is derived from printed figures says so on the bar. */
  derivedBarNotes: boolean;
  /** Which wording the catalogue uses: "named projects" / "published amounts", or the register's. */
  wording: 'published' | 'register';
  /** Presentation mode names the data on screen (the default tour's points were written for the published figures). */
  announceDataset: boolean;
  /** The dashboard shows the register's reconciliation with the published figures. */
  reconciliation: boolean;
}

const PUBLISHED: BasisPolicy = {
  rows: 'itemized',
  coverage: true,
  amountsMayBeUnstated: true,
  publishedFigureNotes: true,
  derivedBarNotes: true,
  wording: 'published',
  announceDataset: false,
  reconciliation: false,
};

const REGISTER: BasisPolicy = {
  rows: 'complete',
  coverage: false,
  amountsMayBeUnstated: false,
  publishedFigureNotes: false,
  derivedBarNotes: false,
  wording: 'register',
  announceDataset: true,
  reconciliation: true,
};

/**
 * Whether the dashboard sets the dataset beside the published 92: only a register the user
 * called the city's full list for 2021 on import — a partial register compared with the
 * city's totals would show large negative differences that mean nothing.
 */
export function showsReconciliation(dataset: Dataset): boolean {
  return basisPolicy(dataset).reconciliation && dataset.kind === 'register' && dataset.register.fullList2021 === true;
}

/** The rules for a dataset (or just its kind, where only the kind is at hand, e.g. i18n). */
export function basisPolicy(dataset: Pick<Dataset, 'kind'>): BasisPolicy {
  switch (dataset.kind) {
    case 'published':
      return PUBLISHED;
    case 'register':
      return REGISTER;
  }
}

/** The published figures a panel's notes set beside its bars (null for a register: its figures are all its rows'). */
export interface PublishedNotes {
  /** 大健康 + 新材料等其他, printed merged: amount (亿元) and share (percent). */
  mergedOther: { investment: number; share: number };
  /** Projects signed at the venue, and off site. */
  venueProjects: number;
  offSiteProjects: number;
  /** 亿元 signed in other provinces, outside the published total beside it. */
  otherProvinces: number;
  publishedTotal: number;
}

export function publishedNotes(dataset: Dataset): PublishedNotes | null {
  if (dataset.kind !== 'published') return null;
  return {
    mergedOther: { investment: dataset.sectorsMergedOther.investment.value, share: dataset.sectorsMergedOther.share.value },
    venueProjects: dataset.signingVenueTotal.projects.value,
    offSiteProjects: dataset.signing.find((m) => m.key === 'off-site')?.projects.value ?? 0,
    otherProvinces: dataset.otherProvinces.investment.value,
    publishedTotal: dataset.totals.investment.value,
  };
}

/**
 * Where the progress panel's figures come from: a register's own rows (its stages, funds and
 * reporting dates), or — the published sources giving no stage per project — the one published
 * follow-through (S12, city-wide), with the reason.
 */
export type ProgressSource =
  /** `followThrough`: the published one, shown where the register's rows carry no progress column. */
  | { from: 'rows'; dataset: RegisterDataset; followThrough: PublishedDataset['followThrough'] }
  | { from: 'published'; followThrough: PublishedDataset['followThrough']; why: 'no-stage-per-project' };

export function progressSource(dataset: Dataset): ProgressSource {
  return dataset.kind === 'register' ? { from: 'rows', dataset, followThrough: DATASET.followThrough } : { from: 'published', followThrough: dataset.followThrough, why: 'no-stage-per-project' };
}

/** The register on screen (name, versions, columns), or null for the published figures. */
export function registerOf(dataset: Dataset): RegisterInfo | null {
  return dataset.kind === 'register' ? dataset.register : null;
}
