/**
 * Editions 2018–2025 for the editions chart: how each year's total is drawn (exact, open-ended
 * lower bound, no count, or no Chongqing edition at all) and each edition's published
 * breakdowns with what they leave unpublished. Plain TS; nothing is estimated: the "not
 * published" rest is arithmetic on printed figures where the total is exact, else unknown.
 */
import type { Edition, EditionBreakdown, EditionCategory, Fact, SourceRef } from '../data/types';
import type { Figure } from './engine';

/** How an edition's bar is drawn. */
export type EditionMark =
  /** A bar of the printed amount. */
  | 'exact'
  /** "Above" the printed amount (2025): an open-ended mark, never read as an exact bar. */
  | 'lower-bound'
  /** No Chongqing edition that year (2024): no bar, the reason instead. */
  | 'absent';

export function editionMark(e: Edition): EditionMark {
  if (e.host !== 'chongqing' || e.investment === null) return 'absent';
  return e.investmentBound === 'lower' ? 'lower-bound' : 'exact';
}

/** The figure an edition's bar stands for in a measure, or null (no count published, no edition). */
export function editionFact(e: Edition, measure: 'projects' | 'investment'): Fact | null {
  if (e.host !== 'chongqing') return null;
  return measure === 'projects' ? e.projects : e.investment;
}

export interface BreakdownRest {
  /** What the categories leave of the edition's total, or null where it cannot be worked out (a lower bound, an unpublished total or category). */
  projects: Figure | null;
  investment: Figure | null;
}

export interface BreakdownView {
  id: EditionBreakdown['id'];
  title: EditionBreakdown['title'];
  categories: readonly EditionCategory[];
  complete: boolean;
  /** The unpublished remainder; null when the breakdown is complete. It is never a category. */
  rest: BreakdownRest | null;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function uniqueRefs(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.id}|${r.locator}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function restOf(e: Edition, b: EditionBreakdown, measure: 'projects' | 'investment'): Figure | null {
  const total = measure === 'projects' ? e.projects : e.investment;
  if (total === null) return null;
  if (measure === 'investment' && e.investmentBound !== 'exact') return null;
  const parts = b.categories.map((c) => c[measure]);
  if (parts.some((p) => p === null)) return null;
  const facts = parts.filter((p): p is Fact => p !== null);
  const value = round1(total.value - facts.reduce((s, f) => s + f.value, 0));
  return {
    value,
    basis: 'derived',
    sources: uniqueRefs([total.source, ...facts.map((f) => f.source)]),
    derivation: [total.value, ...facts.map((f) => f.value)].map((v) => String(round1(v))).join(' − '),
    fullPublished: true,
  };
}

/** The breakdowns of one edition as the sources print them, each with its unpublished rest. */
export function editionBreakdowns(e: Edition): BreakdownView[] {
  return e.breakdowns.map((b) => ({
    id: b.id,
    title: b.title,
    categories: b.categories,
    complete: b.complete,
    rest: b.complete ? null : { projects: restOf(e, b, 'projects'), investment: restOf(e, b, 'investment') },
  }));
}

/** Every source an edition's figures cite (totals, absence note, breakdowns), in order of appearance. */
export function editionSources(e: Edition): SourceRef[] {
  const refs: SourceRef[] = [];
  if (e.projects) refs.push(e.projects.source);
  if (e.investment) refs.push(e.investment.source);
  if (e.absence) refs.push(e.absence.source);
  for (const b of e.breakdowns) {
    for (const c of b.categories) {
      if (c.projects) refs.push(c.projects.source);
      if (c.investment) refs.push(c.investment.source);
      if (c.share) refs.push(c.share.source);
    }
  }
  return uniqueRefs(refs);
}
