/**
 * Validation, one function per kind of dataset: every source id resolves, districts are the 38
 * current divisions, rows reference known districts; for the published one, every printed
 * breakdown sums to the printed totals. Returns plain-language problems (empty when consistent).
 */
import type { Dataset, Fact, Marginal, PublishedDataset, RegisterDataset } from './types';

const EPS = 1e-6;

function sum(facts: readonly (Fact | null)[]): number | null {
  let s = 0;
  for (const f of facts) {
    if (f === null) return null;
    s += f.value;
  }
  return s;
}

function checkBreakdown(name: string, marginals: readonly Marginal<string>[], total: PublishedDataset['totals'], problems: string[]): void {
  const projects = sum(marginals.map((m) => m.projects));
  if (projects !== null && Math.abs(projects - total.projects.value) > EPS) {
    problems.push(`${name}: projects sum to ${projects}, not ${total.projects.value}`);
  }
  const investment = sum(marginals.map((m) => m.investment));
  if (investment !== null && Math.abs(investment - total.investment.value) > EPS) {
    problems.push(`${name}: investment sums to ${investment}, not ${total.investment.value}`);
  }
  const keys = marginals.map((m) => m.key);
  if (new Set(keys).size !== keys.length) problems.push(`${name}: duplicate keys`);
}

/** Every Fact reachable in the dataset, with a path for messages. */
function facts(d: PublishedDataset): [string, Fact][] {
  const out: [string, Fact][] = [];
  for (const [k, f] of Object.entries(d.totals)) out.push([`totals.${k}`, f]);
  const groups: [string, readonly Marginal<string>[]][] = [
    ['sectors', d.sectors],
    ['investors', d.investors],
    ['sizes', d.sizes],
    ['signing', d.signing],
  ];
  for (const [g, ms] of groups) {
    for (const m of ms) {
      out.push([`${g}.${m.key}.projects`, m.projects]);
      if (m.investment) out.push([`${g}.${m.key}.investment`, m.investment]);
      if (m.share) out.push([`${g}.${m.key}.share`, m.share]);
    }
  }
  out.push(['sectorsMergedOther.investment', d.sectorsMergedOther.investment], ['sectorsMergedOther.share', d.sectorsMergedOther.share]);
  out.push(['signingVenueTotal.projects', d.signingVenueTotal.projects], ['signingVenueTotal.investment', d.signingVenueTotal.investment]);
  out.push(['otherProvinces.investment', d.otherProvinces.investment]);
  for (const e of d.editions) {
    if (e.projects) out.push([`editions.${e.year}.projects`, e.projects]);
    if (e.investment) out.push([`editions.${e.year}.investment`, e.investment]);
    for (const b of e.breakdowns) {
      for (const c of b.categories) {
        const at = `editions.${e.year}.${b.id}.${c.key}`;
        if (c.projects) out.push([`${at}.projects`, c.projects]);
        if (c.investment) out.push([`${at}.investment`, c.investment]);
        if (c.share) out.push([`${at}.share`, c.share]);
      }
    }
  }
  for (const [k, f] of Object.entries(d.followThrough)) out.push([`followThrough.${k}`, f]);
  return out;
}

/** Paths of this repository or a machine: shared/…, src/…, public/…, file:, /home/…, C:\…. */
const REPO_PATH = /(?:^|[\s(])(?:shared|src|public|dist|tests|node_modules)\/|file:|(?:^|\s)\/(?:home|tmp|work|usr|Users)\/|[A-Z]:\\/;
/**
 * Editions: one per year from 2018, in order; a year without a Chongqing edition says why and
 * carries no figure; an edition's breakdown never adds up to more than its total, and a
 * complete one adds up to it exactly.
 */
function checkEditions(d: PublishedDataset, sourceIds: ReadonlySet<string>, problems: string[]): void {
  d.editions.forEach((e, i) => {
    const at = `editions.${e.year}`;
    const first = d.editions[0];
    if (first && e.year !== first.year + i) problems.push(`${at}: years are not consecutive and ascending`);
    if (e.host === 'tianjin') {
      if (e.projects !== null || e.investment !== null) problems.push(`${at}: held in Tianjin, so it carries no Chongqing figure`);
      if (e.breakdowns.length > 0) problems.push(`${at}: held in Tianjin, so it has no breakdown`);
      if (e.absence === null) problems.push(`${at}: no Chongqing edition without a stated reason`);
    } else {
      if (e.investment === null) problems.push(`${at}: a Chongqing edition without an amount`);
      if (e.absence !== null) problems.push(`${at}: a Chongqing edition with an absence note`);
      if (e.method === null) problems.push(`${at}: a Chongqing edition without a counting method`);
    }
    if (e.absence && !sourceIds.has(e.absence.source.id)) problems.push(`${at}.absence: source ${e.absence.source.id} is not in the registry`);
    if (e.investmentBound === 'lower' && e.investment === null) problems.push(`${at}: a lower bound needs an amount`);
    const ids = e.breakdowns.map((b) => b.id);
    if (new Set(ids).size !== ids.length) problems.push(`${at}: duplicate breakdowns`);
    for (const b of e.breakdowns) {
      const keys = b.categories.map((c) => c.key);
      if (keys.length === 0) problems.push(`${at}.${b.id}: no categories`);
      if (new Set(keys).size !== keys.length) problems.push(`${at}.${b.id}: duplicate category keys`);
      const checks: ['projects' | 'investment', Fact | null, 'exact' | 'lower'][] = [
        ['projects', e.projects, 'exact'],
        ['investment', e.investment, e.investmentBound],
      ];
      for (const [measure, total, bound] of checks) {
        const parts = b.categories.map((c) => c[measure]);
        const s = sum(parts);
        const known = parts.filter((f): f is Fact => f !== null).reduce((acc, f) => acc + f.value, 0);
        if (total !== null && bound === 'exact' && known > total.value + EPS) problems.push(`${at}.${b.id}: ${measure} add up to ${known}, more than the total ${total.value}`);
        if (b.complete && total !== null && s !== null && Math.abs(s - total.value) > EPS) problems.push(`${at}.${b.id}: complete, but ${measure} add up to ${s}, not ${total.value}`);
      }
    }
  });
  const y2021 = d.editions.find((e) => e.year === 2021);
  if (y2021 && (y2021.projects?.value !== d.totals.projects.value || y2021.investment?.value !== d.totals.investment.value)) {
    problems.push('editions.2021: differs from the dataset totals');
  }
}

/**
 * What every dataset must hold: sources a reader can follow, facts that cite them, the 38
 * districts, and rows that are placed and cited. `bilingual`: locators must read in English
 * too (the published figures'; a register's file name needs no translation).
 */
function checkShared(d: Dataset, allFacts: readonly [string, Fact][], bilingual: boolean, problems: string[]): void {
  const sourceIds = new Set(d.sources.map((s) => s.id));
  if (sourceIds.size !== d.sources.length) problems.push('sources: duplicate ids');

  // A citation a reader can follow: never a path of this repository or of a machine.
  for (const src of d.sources) {
    const text = [src.url ?? '', src.headline ?? '', src.about.zh, src.about.en, src.page?.zh ?? '', src.page?.en ?? '', src.note?.zh ?? '', src.note?.en ?? ''].join(' ');
    if (REPO_PATH.test(text)) problems.push(`sources.${src.id}: cites a local path`);
    if (src.url !== null && (!/^[a-z0-9.-]+\.[a-z]{2,}\//i.test(src.url) || /\s/.test(src.url))) problems.push(`sources.${src.id}: url ${src.url} is not a public address`);
  }

  for (const [path, f] of allFacts) {
    if (!sourceIds.has(f.source.id)) problems.push(`${path}: source ${f.source.id} is not in the registry`);
    if (f.source.locator.trim() === '') problems.push(`${path}: empty locator`);
    if (bilingual && f.source.locatorEn === undefined && /[\u3400-\u9fff]/.test(f.source.locator)) problems.push(`${path}: locator has no English text`);
    if (!Number.isFinite(f.value) || f.value < 0) problems.push(`${path}: value ${f.value} is not a non-negative number`);
    if (f.basis === 'derived' && !f.derivation) problems.push(`${path}: derived without a derivation`);
  }

  const codes = d.districts.map((x) => x.code);
  if (codes.length !== 38) problems.push(`districts: ${codes.length} divisions, expected 38`);
  if (new Set(codes).size !== codes.length) problems.push('districts: duplicate codes');
  for (const c of codes) if (!/^50\d{4}$/.test(c)) problems.push(`districts: ${c} is not a Chongqing GB code`);

  const known = new Set(codes);
  const ids = new Set<string>();
  for (const p of d.projects) {
    // One id per report: a register lists a project once per reporting date (current-rows.ts).
    const key = `${p.progress?.reportDate ?? ''}\u0000${p.id}`;
    if (ids.has(key)) problems.push(`projects: duplicate id ${p.id}`);
    ids.add(key);
    if (p.district !== null && !known.has(p.district)) problems.push(`projects.${p.id}: unknown district ${p.district}`);
    if (p.district === null && p.area === null) problems.push(`projects.${p.id}: neither a district nor an area`);
    if (!sourceIds.has(p.source.id)) problems.push(`projects.${p.id}: source ${p.source.id} is not in the registry`);
    if (bilingual && p.source.locatorEn === undefined && /[\u3400-\u9fff]/.test(p.source.locator)) problems.push(`projects.${p.id}: locator has no English text`);
    if (p.amount !== null && (!Number.isFinite(p.amount) || p.amount < 0)) problems.push(`projects.${p.id}: bad amount`);
  }
}

/** The published dataset: the shared checks, and its printed figures add up. */
export function validateDataset(d: PublishedDataset): string[] {
  const problems: string[] = [];
  checkEditions(d, new Set(d.sources.map((s) => s.id)), problems);
  checkShared(d, facts(d), true, problems);

  checkBreakdown('sectors', d.sectors, d.totals, problems);
  checkBreakdown('investors', d.investors, d.totals, problems);
  checkBreakdown('sizes', d.sizes, d.totals, problems);
  checkBreakdown('signing', d.signing, d.totals, problems);

  const merged = d.sectors.filter((m) => d.sectorsMergedOther.keys.includes(m.key));
  const mergedSum = sum(merged.map((m) => m.investment));
  if (mergedSum !== d.sectorsMergedOther.investment.value) problems.push(`sectorsMergedOther: ${mergedSum} ≠ ${d.sectorsMergedOther.investment.value}`);

  const venue = d.signing.filter((m) => m.key !== 'off-site');
  if (sum(venue.map((m) => m.projects)) !== d.signingVenueTotal.projects.value) problems.push('signing: venue projects do not add up to the venue total');
  if (sum(venue.map((m) => m.investment)) !== d.signingVenueTotal.investment.value) problems.push('signing: venue investment does not add up to the venue total');

  const over10 = d.sizes.filter((m) => m.key !== '5-10');
  if (sum(over10.map((m) => m.projects)) !== d.totals.over10.value) problems.push('sizes: bands ≥ 10亿 do not add up to the ≥ 10亿 count');
  const over50 = d.sizes.find((m) => m.key === '50-plus');
  if (over50?.projects.value !== d.totals.over50.value) problems.push('sizes: ≥ 50亿 band differs from the ≥ 50亿 count');
  return problems;
}

/** A register's dataset: the shared checks; its totals are its own rows' and cite the register. */
export function validateRegisterDataset(d: RegisterDataset): string[] {
  const problems: string[] = [];
  checkShared(d, [['totals.projects', d.totals.projects], ['totals.investment', d.totals.investment]], false, problems);
  return problems;
}
