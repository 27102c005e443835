/** States the basis of a figure and its sources in visible text (the provenance line). */
import { locatorText } from '../i18n/cite';
import type { SourceRef } from '../data/types';
import type { Coverage, Figure } from '../domain/engine';
import type { I18n } from '../i18n/i18n';

export function BasisBadge({ figure, i18n }: { figure: Figure; i18n: I18n }) {
  return (
    <span className={`basis basis-${figure.basis}`} title={i18n.t.basisHelp[figure.basis]}>
      {i18n.t.basis[figure.basis]}
    </span>
  );
}

/**
 * An amount figure as text. A named-projects sum of 0 with no stated amount means "not
 * published", not zero yuan.
 */
export function amountText(figure: Figure, i18n: I18n): string {
  if (figure.basis === 'itemized' && figure.value === 0) return i18n.t.amountNotStated;
  return i18n.amount(figure.value);
}

/**
 * "1 of 92 projects named, 35亿 of 2524亿 …" for a figure's or a panel's coverage; where the
 * rows carry reporting dates, the rule they are counted by ("each project by its latest
 * report: 5 projects, latest reports 2021-08-23 to 2021-08-24").
 */
export function coverageText(c: Coverage | undefined, i18n: I18n): string | null {
  if (!c) return null;
  const reports = c.reports ? i18n.t.reportRule(c.reports) : null;
  if (c.complete) return reports;
  const named = i18n.t.coverage({
    projects: c.projects,
    of: c.projectsOf,
    amount: i18n.amount(c.amount),
    amountOf: i18n.amount(c.amountOf),
    unstated: c.unstatedAmounts,
    notStated: c.notStatedInside,
  });
  return reports ? `${named}${i18n.t.punct.semicolon}${reports}` : named;
}

/**
 * Refs grouped for reading: locators of one source that share a section ("§各区县亮点看过来·綦江区",
 * "…·璧山区") become one entry, "§各区县亮点看过来 · 綦江区、璧山区".
 */
export function groupRefs(refs: readonly SourceRef[], i18n: I18n): { id: SourceRef['id']; text: string }[] {
  const groups = new Map<string, { id: SourceRef['id']; section: string; parts: string[] }>();
  for (const r of refs) {
    const text = locatorText(r, i18n);
    const cut = text.indexOf('·');
    const section = cut > 0 ? text.slice(0, cut) : text;
    const part = cut > 0 ? text.slice(cut + 1) : '';
    const key = `${r.id}|${section}`;
    const g = groups.get(key) ?? { id: r.id, section, parts: [] };
    if (part && !g.parts.includes(part)) g.parts.push(part);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ id: g.id, text: g.parts.length > 0 ? `${g.section} · ${i18n.list(g.parts)}` : g.section }));
}

/** "Source: S1 §数读; S3 …" with each id linking to its entry in the sources footer. */
export function SourceRefs({ refs, i18n }: { refs: readonly SourceRef[]; i18n: I18n }) {
  const groups = groupRefs(refs, i18n);
  return (
    <>
      {i18n.t.source}
      {i18n.t.punct.colon}
      {groups.length === 0
        ? '—'
        : groups.map((g, i) => (
            <span key={`${g.id}-${g.text}`}>
              {i > 0 ? i18n.t.punct.semicolon : ''}
              <a href={`#source-${g.id}`}>{g.id}</a> {g.text}
            </span>
          ))}
    </>
  );
}
