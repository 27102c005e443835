/**
 * One edition's published breakdowns, shown when the edition is selected in the editions
 * chart: each breakdown in the edition's own categories with its sources, and what the
 * categories leave of the total as "not published" — a hatched remainder, never a category.
 * 2024 shows why there is no Chongqing edition.
 */
import { useId } from 'react';
import { SourceRefs } from '../../components/source-note';
import type { Edition, Fact } from '../../data/types';
import { editionBreakdowns, type BreakdownView } from '../../domain/editions';
import type { Figure } from '../../domain/engine';
import type { I18n } from '../../i18n/i18n';
import { progressMessages } from '../../i18n/progress-messages';

/** Neutral segment colours: an edition's categories are its own, so they do not reuse 2021's sector colours. */
const SEGMENT_COLORS = ['#0072B2', '#56B4E9', '#009E73', '#CC79A7', '#E69F00', '#D55E00', '#8C8C8C'];

type Measure = 'projects' | 'investment';

function valueText(f: Pick<Fact | Figure, 'value'>, measure: Measure, i18n: I18n): string {
  return measure === 'projects' ? i18n.count(f.value) : i18n.amount(f.value);
}

/** The measure a proportion bar can be drawn in: every part known, and the rest known (or none). */
function barMeasure(b: BreakdownView, e: Edition): Measure | null {
  for (const m of ['investment', 'projects'] as const) {
    const total = m === 'projects' ? e.projects : e.investment;
    if (total === null || (m === 'investment' && e.investmentBound !== 'exact')) continue;
    if (b.categories.some((c) => c[m] === null)) continue;
    if (b.rest !== null && b.rest[m] === null) continue;
    return m;
  }
  return null;
}

function ProportionBar({ b, e, i18n }: { b: BreakdownView; e: Edition; i18n: I18n }) {
  const m = barMeasure(b, e);
  const total = m === null ? null : m === 'projects' ? e.projects : e.investment;
  if (m === null || total === null || total.value <= 0) return null;
  const p = progressMessages(i18n.lang).editions;
  const rest = b.rest?.[m] ?? null;
  return (
    <div className="proportion" aria-hidden="true">
      {b.categories.map((c, i) => {
        const v = c[m]?.value ?? 0;
        return <span key={c.key} className="segment" style={{ width: `${(v / total.value) * 100}%`, background: SEGMENT_COLORS[i % SEGMENT_COLORS.length] }} title={`${i18n.pick(c.label)}${i18n.t.punct.colon}${valueText({ value: v }, m, i18n)}`} />;
      })}
      {rest && rest.value > 0 ? <span className="segment rest-segment" style={{ width: `${(rest.value / total.value) * 100}%` }} title={`${p.rest}${i18n.t.punct.colon}${valueText(rest, m, i18n)}`} /> : null}
    </div>
  );
}

function restText(b: BreakdownView, i18n: I18n): string {
  const p = progressMessages(i18n.lang).editions;
  const rest = b.rest;
  if (!rest) return '';
  const parts: string[] = [];
  if (rest.projects) parts.push(i18n.t.projects(rest.projects.value, i18n.count(rest.projects.value)));
  if (rest.investment) parts.push(i18n.amount(rest.investment.value));
  if (parts.length === 0) return p.restUnknown;
  return p.restWorked(i18n.list(parts));
}

function Breakdown({ b, e, i18n }: { b: BreakdownView; e: Edition; i18n: I18n }) {
  const { t } = i18n;
  const p = progressMessages(i18n.lang).editions;
  const headId = useId();
  const refs = b.categories.flatMap((c) => [c.projects?.source, c.investment?.source, c.share?.source].filter((r) => r !== undefined));
  const hasShare = b.categories.some((c) => c.share);
  const derivations = b.rest ? [b.rest.projects?.derivation, b.rest.investment?.derivation].filter((d): d is string => d !== undefined) : [];
  return (
    <div className="edition-breakdown" data-breakdown={b.id}>
      <h5 id={headId}>{i18n.pick(b.title)}</h5>
      <p className="chart-note">{b.complete ? p.completeNote : p.partialNote}</p>
      <ProportionBar b={b} e={e} i18n={i18n} />
      <table className="chart-table" aria-labelledby={headId}>
        <thead>
          <tr>
            <th scope="col">{p.category}</th>
            <th scope="col">{t.tableProjects}</th>
            <th scope="col">{t.tableInvestment}</th>
            {hasShare ? <th scope="col">{p.share}</th> : null}
          </tr>
        </thead>
        <tbody>
          {b.categories.map((c, i) => (
            <tr key={c.key} data-category={c.key}>
              <th scope="row">
                <span className="swatch" style={{ background: SEGMENT_COLORS[i % SEGMENT_COLORS.length] }} aria-hidden="true" /> {i18n.pick(c.label)}
              </th>
              <td data-basis={c.projects?.basis ?? 'none'}>
                {c.projects ? valueText(c.projects, 'projects', i18n) : t.amountNotStated}
                {c.projects?.basis === 'derived' ? <span className="cell-basis"> ({t.basis.derived})</span> : null}
              </td>
              <td>{c.investment ? valueText(c.investment, 'investment', i18n) : t.amountNotStated}</td>
              {hasShare ? <td>{c.share ? `${c.share.value}%` : ''}</td> : null}
            </tr>
          ))}
          {b.rest ? (
            <tr className="rest-row" data-rest="true">
              <th scope="row">
                <span className="swatch rest-swatch" aria-hidden="true" /> {p.rest}
              </th>
              <td data-basis={b.rest.projects ? 'derived' : 'none'}>{b.rest.projects ? valueText(b.rest.projects, 'projects', i18n) : '—'}</td>
              <td data-basis={b.rest.investment ? 'derived' : 'none'}>{b.rest.investment ? valueText(b.rest.investment, 'investment', i18n) : '—'}</td>
              {hasShare ? <td /> : null}
            </tr>
          ) : null}
        </tbody>
      </table>
      {b.rest ? (
        <p className="chart-note rest-note">
          {restText(b, i18n)}
          {derivations.length > 0 ? t.punct.paren(`${t.basis.derived}${t.punct.colon}${derivations.join(t.punct.semicolon)}`) : ''}
        </p>
      ) : null}
      <p className="source-note">
        <span className="basis basis-published">{t.basis.published}</span> <SourceRefs refs={refs} i18n={i18n} />
      </p>
    </div>
  );
}

export function EditionDetail({ edition, onClose, i18n }: { edition: Edition; onClose: () => void; i18n: I18n }) {
  const p = progressMessages(i18n.lang).editions;
  const titleId = useId();
  const breakdowns = editionBreakdowns(edition);
  return (
    <section className="edition-detail" data-edition-detail={edition.year} aria-labelledby={titleId}>
      <div className="chart-head">
        <h4 id={titleId}>{p.detailTitle(edition.year)}</h4>
        <button type="button" className="edition-close" onClick={onClose}>
          {p.close}
        </button>
      </div>
      {edition.absence ? (
        <p className="edition-absence" role="note">
          {i18n.pick(edition.absence.reason)}. <SourceRefs refs={[edition.absence.source]} i18n={i18n} />
        </p>
      ) : breakdowns.length === 0 ? (
        <p className="chart-note">{p.noBreakdown}</p>
      ) : (
        breakdowns.map((b) => <Breakdown key={b.id} b={b} e={edition} i18n={i18n} />)
      )}
    </section>
  );
}
