/**
 * What is known for a selection, in words (the decision is domain/what-is-known.ts): the page's
 * one banner (pageBannerText, from labels.ts), a named project's facts, the coverage line and the city totals. The KPI statement
 * uses these; presentation scenes and exports can say the same with them.
 */
import type { ItemizedProject } from '../data/types';
import { placeOf } from '../domain/places';
import type { WhatIsKnown } from '../domain/what-is-known';
import type { I18n } from './i18n';
import { categoryName, projectAmount, valueLabel } from './labels';

/** The page's one banner is worded beside the other one-line summaries of a view (labels.ts). */
export { pageBannerText } from './labels';

/** The decision when the sources published no figure for the selection. */
export type Unpublished = Extract<WhatIsKnown, { published: false }>;

export interface ProjectFacts {
  partner: string;
  name: string;
  /** The district or functional area, or null where the source names none. */
  place: string | null;
  /** Null where the source gives no sector. */
  sector: string | null;
  /** "35亿元", "约 10亿元", or "金额未公布". */
  amount: string;
  /** The row is named, but whether it is among the published total is not stated. */
  insideNotStated: boolean;
}

/** A named project's facts as the sources state them, in the reader's language. */
export function projectFacts(row: ItemizedProject, i18n: I18n): ProjectFacts {
  const place = placeOf(row);
  return {
    partner: i18n.pick(row.partner),
    name: i18n.pick(row.name),
    place: place === null ? null : valueLabel('districts', place, i18n),
    sector: row.sector === null ? null : categoryName('sector', row.sector, i18n),
    amount: row.amount === null ? i18n.t.known.amountUnstated : projectAmount(row, i18n),
    insideNotStated: row.inside92 === 'not-stated',
  };
}

/** "92个签约项目中，来源点名了其中1个，合计35亿元。" */
export function knownCoverage(known: Unpublished, i18n: I18n): string {
  const c = known.coverage;
  const allUnstated = c.projects > 0 && c.unstatedAmounts === c.projects;
  return i18n.t.known.coverage({
    of: c.projectsOf,
    named: c.projects,
    amount: allUnstated ? null : i18n.amount(c.amount),
    unstated: c.unstatedAmounts,
    notStated: c.notStatedInside,
  });
}

/** "全部项目（已公布）：92个，合同投资2524亿元" — its sources are `known.city.*.sources`. */
export function knownCity(known: Unpublished, i18n: I18n): string {
  const { projects, investment } = known.city;
  return i18n.t.known.city(i18n.t.projects(projects.value, i18n.count(projects.value)), i18n.amount(investment.value));
}
