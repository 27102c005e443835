/**
 * Month over month (月通报): the register on screen against an earlier report — another version
 * of the same register (read from this browser on demand) or an earlier reporting date in its
 * rows. Shows the projects newly started, producing or stopped, the funds added, and each
 * district's and area's started rate and rank then and now. Filters other than the stage one
 * apply to both reports alike.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { ItemizedProject, RegisterDataset } from '../../data/types';
import { matcher } from '../../domain/filters';
import { activeDimensions, type Filters } from '../../domain/filters';
import { compareRows, rowsReportedOn, type ChangedProject, type MonthDiff, type UnitChange } from '../../domain/progress';
import type { ProgressView } from '../../domain/progress-view';
import type { I18n } from '../../i18n/i18n';
import { registerVersionRowsQueryOptions } from '../../queries/register-version';
import { rateText, unitName } from './progress-text';
import { progressMessages } from '../../i18n/progress-messages';

type Choice = { kind: 'version'; version: number } | { kind: 'date'; date: string };

/** What the register on screen can be compared with: its other versions (this browser), else its earlier reporting dates. */
export function comparisons(dataset: RegisterDataset, pv: ProgressView): Choice[] {
  const info = dataset.register;
  const out: Choice[] = [];
  if (info.origin === 'browser' && info.versions.length >= 2) {
    for (const v of [...info.versions].reverse()) if (v.version !== info.version) out.push({ kind: 'version', version: v.version });
  }
  if (pv.reportDates.length >= 2) {
    for (const d of [...pv.reportDates].reverse().slice(1)) out.push({ kind: 'date', date: d });
  }
  return out;
}

function choiceKey(c: Choice): string {
  return c.kind === 'version' ? `v${c.version}` : `d${c.date}`;
}

function ProjectsList({ title, list, i18n }: { title: string; list: readonly ChangedProject[]; i18n: I18n }) {
  const m = progressMessages(i18n.lang).month;
  return (
    <details className="mom-list">
      <summary>
        {title}
        {i18n.t.punct.colon}
        {m.projectsList(list.length)}
      </summary>
      {list.length === 0 ? (
        <p className="chart-note">{m.none}</p>
      ) : (
        <ul>
          {list.slice(0, 50).map((p) => (
            <li key={p.key}>{p.name}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

function rankText(r: number | null | undefined): string {
  return r === null || r === undefined ? '—' : String(r);
}

function UnitRows({ units, i18n }: { units: readonly UnitChange[]; i18n: I18n }) {
  return (
    <>
      {units.map((u) => {
        const k = u.unit.kind === 'district' ? u.unit.code : u.unit.key;
        const before = u.before?.rank ?? null;
        const after = u.after?.rank ?? null;
        const moved = before !== null && after !== null ? before - after : null;
        return (
          <tr key={k} data-mom-unit={k}>
            <th scope="row">{unitName(u.unit, i18n)}</th>
            <td>{u.before ? rateText(u.before.rate, i18n) : '—'}</td>
            <td>{u.after ? rateText(u.after.rate, i18n) : '—'}</td>
            <td>{rankText(before)}</td>
            <td>{rankText(after)}</td>
            <td>{moved === null || moved === 0 ? '' : moved > 0 ? `↑${moved}` : `↓${-moved}`}</td>
          </tr>
        );
      })}
    </>
  );
}

export function DiffView({ diff, i18n }: { diff: MonthDiff; i18n: I18n }) {
  const m = progressMessages(i18n.lang).month;
  const c = m.cols;
  return (
    <div className="mom-diff" data-mom-diff="true">
      <dl className="follow-figures mom-figures">
        <div data-mom="started">
          <dt>{m.newlyStarted}</dt>
          <dd>
            <span className="follow-number">{i18n.count(diff.newlyStarted.length)}</span> {i18n.t.projectsUnit(diff.newlyStarted.length)}
          </dd>
        </div>
        <div data-mom="producing">
          <dt>{m.newlyProducing}</dt>
          <dd>
            <span className="follow-number">{i18n.count(diff.newlyProducing.length)}</span> {i18n.t.projectsUnit(diff.newlyProducing.length)}
          </dd>
        </div>
        <div data-mom="funds">
          <dt>{m.fundsAdded}</dt>
          <dd>
            <span className="follow-number">{i18n.amount(diff.fundsAdded)}</span>
            {diff.fundsNewProjects > 0 ? <span className="rate-detail"> {m.fundsNew(i18n.amount(diff.fundsNewProjects))}</span> : null}
          </dd>
        </div>
        <div data-mom="rate">
          <dt>{progressMessages(i18n.lang).panel.startedRate}</dt>
          <dd>
            <span className="follow-number">{`${rateText(diff.before.startedRate.byCount, i18n)} → ${rateText(diff.after.startedRate.byCount, i18n)}`}</span>
          </dd>
        </div>
      </dl>
      <p className="chart-note">
        {m.matched(diff.matched, diff.added, diff.removed)}
        {i18n.t.punct.gap}
        {m.stoppedNote(diff.newlyStopped.length)}
      </p>
      <ProjectsList title={m.newlyStarted} list={diff.newlyStarted} i18n={i18n} />
      <ProjectsList title={m.newlyProducing} list={diff.newlyProducing} i18n={i18n} />
      {diff.districts.length + diff.areas.length > 0 ? (
        <div className="table-scroll">
          <table className="chart-table" data-mom-table="true">
            <thead>
              <tr>
                <th scope="col">{c.unit}</th>
                <th scope="col">{c.before}</th>
                <th scope="col">{c.after}</th>
                <th scope="col">{c.rankBefore}</th>
                <th scope="col">{c.rankAfter}</th>
                <th scope="col">{c.change}</th>
              </tr>
            </thead>
            <tbody>
              <UnitRows units={diff.districts} i18n={i18n} />
              <UnitRows units={diff.areas} i18n={i18n} />
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

export function MonthOverMonth({ dataset, pv, filters, i18n }: { dataset: RegisterDataset; pv: ProgressView; filters: Filters; i18n: I18n }) {
  const m = progressMessages(i18n.lang).month;
  const headId = useId();
  const choices = useMemo(() => comparisons(dataset, pv), [dataset, pv]);
  const [picked, setPicked] = useState<string | null>(null);
  const choice = choices.find((c) => choiceKey(c) === picked) ?? choices[0] ?? null;
  const info = dataset.register;
  const version = choice?.kind === 'version' ? choice.version : null;
  const other = useQuery({
    ...registerVersionRowsQueryOptions(info.id, version ?? 0),
    enabled: version !== null,
  });
  const diff = useMemo((): MonthDiff | null => {
    if (!choice) return null;
    const others = activeDimensions(filters).filter((d) => d !== 'stages');
    const match = matcher(filters, others);
    const keep = (rows: readonly ItemizedProject[]) => (others.length === 0 ? rows : rows.filter(match));
    if (choice.kind === 'date') return compareRows(rowsReportedOn(keep(dataset.projects), choice.date), pv.rows);
    if (!other.data) return null;
    const then = keep(other.data);
    // The earlier report is "then" whichever version is on screen.
    return choice.version < info.version ? compareRows(then, pv.rows) : compareRows(pv.rows, then);
  }, [choice, filters, dataset, pv, other.data, info]);
  return (
    <section className="month-over-month" data-month-over-month="true" aria-labelledby={headId}>
      <h4 id={headId}>{m.title}</h4>
      {choices.length === 0 ? (
        <p className="chart-note" data-mom-unavailable="true">
          {m.unavailable}
        </p>
      ) : (
        <>
          <label className="mom-pick">
            {m.compareWith}{' '}
            <select value={choice ? choiceKey(choice) : ''} onChange={(e) => setPicked(e.target.value)} data-mom-select="true">
              {choices.map((c) => (
                <option key={choiceKey(c)} value={choiceKey(c)}>
                  {c.kind === 'version' ? m.version(c.version, info.versions.find((v) => v.version === c.version)?.fileName ?? '') : m.reportDate(c.date)}
                </option>
              ))}
            </select>{' '}
            <span className="cell-basis">{choice?.kind === 'version' ? m.thisVersion(info.version) : pv.rule?.to ? m.latestDate(pv.rule.to) : ''}</span>
          </label>
          {choice?.kind === 'version' && other.isPending ? (
            <p className="loading" role="status">
              {m.loading}
            </p>
          ) : choice?.kind === 'version' && other.error ? (
            <p className="error-card" role="alert">
              {m.failed}
            </p>
          ) : diff ? (
            <DiffView diff={diff} i18n={i18n} />
          ) : null}
        </>
      )}
    </section>
  );
}
