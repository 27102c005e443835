/**
 * The checked import, step by step: which sheet and header row hold the table, which column
 * is which field, the money units (stated by the file, else chosen by the user or remembered
 * from the earlier version, with a warning to confirm when the numbers look like another unit),
 * the office's own category values mapped to the dashboard's terms (with a proposal the user
 * confirms where the vocabulary supports one), duplicates and what to do with them, totals rows
 * checked, rows not imported and rows worth a look (both downloadable), what a new version
 * would change, whether the register is the city's full 2021 list, and saving.
 */
import { useEffect, useRef, useState } from 'react';
import type { CategoryField } from '../../data/types';
import { errorTable, remarkTable, type ErrorLabels, type RemarkCode, type RowProblem } from '../../domain/register/errors';
import { CATEGORY_FIELDS, FIELDS, MONEY_FIELDS, REQUIRED, type Field, type MoneyField } from '../../domain/register/fields';
import { MONEY_UNITS, type MoneyUnit } from '../../domain/register/money';
import { VOCABULARIES } from '../../data/vocabularies';
import { suggestTerm, type ValueMap } from '../../domain/register/values';
import type { DuplicateChoice } from '../../domain/register/import';
import type { I18n } from '../../i18n/i18n';
import type { ImportMessages } from '../../i18n/import-messages';
import type { CheckSummary, WorkerSettings } from '../../workers/register-protocol';
import { ReconciliationTable } from './reconciliation';
import { loadChunk } from '../../components/load-chunk';
import { safetyMessages } from '../../i18n/safety-messages';
import type { ImportConfirmations, SaveBlocker } from './import-session';

/** Distinct unmatched values listed per column (the rest keep unclassified, said so). */
const VALUES_SHOWN = 100;

export async function downloadText(name: string, lines: string[][]): Promise<void> {
  const [{ BOM, csvRow }, { saveBlob }] = await Promise.all([loadChunk(() => import('../../export/csv')), loadChunk(() => import('../../export/files'))]);
  saveBlob(name, new Blob([`${BOM}${lines.map(csvRow).join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
}

export function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || fileName;
}

interface StepProps {
  summary: CheckSummary;
  i18n: I18n;
  m: ImportMessages;
  onSettings: (s: WorkerSettings) => void;
}

function TableStep({ summary, m, onSettings }: StepProps) {
  return (
    <fieldset className="import-mapping" data-import-table="">
      <legend>{m.tableTitle}</legend>
      <div className="mapping-grid">
        {summary.sheets.length > 1 ? (
          <label>
            <span>{m.sheet}</span>
            <select data-import-sheet="" value={summary.sheet} onChange={(e) => onSettings({ sheet: e.target.value, headerRow: null, columns: null })}>
              {summary.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {`${s.name}${s.hidden ? m.hiddenSheet : ''} · ${m.sheetRows(s.rows)}`}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          <span>{m.headerRow}</span>
          <select data-import-header-row="" value={summary.headerRow} onChange={(e) => onSettings({ sheet: summary.sheet, headerRow: Number(e.target.value), columns: null })}>
            {summary.preview.map((p) => (
              <option key={p.row} value={p.row}>
                {m.headerRowOption(p.row + 1, p.text)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {summary.headerRows === 2 ? <p className="chart-note">{m.twoRowHeader}</p> : null}
      {summary.above.length > 0 ? (
        <p className="chart-note" data-import-above="">
          {m.above(summary.above.join(' / '))}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * Past this many columns a mapping dropdown lists only its chosen column until it is pointed
 * at, focused or touched: 13 dropdowns of 500 columns are 6 500 options, which took a
 * main-thread task of about 240 ms to mount (issue 14; docs/benchmarks.md "Limits").
 */
export const EAGER_COLUMNS = 60;

function ColumnSelect({ field, header, value, none, onChange }: { field: Field; header: readonly string[]; value: number | null; none: string; onChange: (column: number | null) => void }) {
  const [open, setOpen] = useState(header.length <= EAGER_COLUMNS);
  const label = (i: number) => `${i + 1}: ${header[i] || '—'}`;
  const wake = open ? undefined : () => setOpen(true);
  return (
    <select
      data-field={field}
      data-options={open ? 'all' : 'chosen'}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      onFocus={wake}
      onPointerDown={wake}
      onPointerEnter={wake}
      onTouchStart={wake}
    >
      <option value="">{none}</option>
      {open ? (
        header.map((h, i) => (
          <option key={`${i}-${h}`} value={i}>
            {label(i)}
          </option>
        ))
      ) : value !== null ? (
        <option value={value}>{label(value)}</option>
      ) : null}
    </select>
  );
}

function ColumnsStep({ summary, i18n, m, onSettings }: StepProps) {
  const { columns, missing, unknown } = summary.mapping;
  return (
    <fieldset className="import-mapping">
      <legend>{m.dialog.mappingTitle}</legend>
      <p>{m.dialog.mappingIntro}</p>
      {missing.length > 0 ? (
        <p role="alert" className="import-error">
          {m.dialog.missing(i18n.list(missing.map((f) => m.field[f])))}
        </p>
      ) : null}
      <div className="mapping-grid">
        {FIELDS.map((f) => (
          <label key={f}>
            <span>
              {m.field[f]}
              {REQUIRED.includes(f) ? m.dialog.required : ''}
            </span>
            <ColumnSelect
              field={f}
              header={summary.header}
              value={columns[f]}
              none={m.dialog.none}
              onChange={(c) => onSettings({ sheet: summary.sheet, headerRow: summary.headerRow, columns: { ...columns, [f]: c } })}
            />
          </label>
        ))}
      </div>
      {unknown.length > 0 ? <p className="chart-note">{m.kept(i18n.list(unknown))}</p> : null}
    </fieldset>
  );
}

function UnitsStep({ summary, m, onSettings, confirmed, onConfirm }: Omit<StepProps, 'i18n'> & { confirmed: boolean; onConfirm: (confirmed: boolean) => void }) {
  const mapped = MONEY_FIELDS.filter((f) => summary.mapping.columns[f] !== null);
  if (mapped.length === 0) return null;
  const headerOf = (f: MoneyField) => summary.header[summary.mapping.columns[f] ?? -1] ?? '';
  const setUnit = (f: MoneyField, unit: MoneyUnit) => onSettings({ units: { ...unitsChosen(summary), [f]: unit } });
  return (
    <fieldset className="import-mapping" data-import-units="">
      <legend>{m.unitsTitle}</legend>
      {mapped.map((f) => {
        const u = summary.units[f];
        const detail = u.source === 'header' ? headerOf(f) : u.source === 'unit-line' ? (summary.above.find((l) => l.includes('单位')) ?? '') : '';
        return (
          <div key={f} className="import-unit" data-unit-field={f} data-unit={u.unit ?? ''} data-unit-source={u.source}>
            <label>
              <span>{m.unitOf(m.field[f])}</span>
              <select value={u.unit ?? ''} onChange={(e) => setUnit(f, e.target.value as MoneyUnit)} required={u.unit === null} aria-invalid={u.unit === null}>
                {u.unit === null ? <option value="">{m.unitChoose}</option> : null}
                {MONEY_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {m.unitName[unit]}
                  </option>
                ))}
              </select>
            </label>{' '}
            <span className="chart-note">{m.unitSource[u.source](detail)}</span>
            {u.setAside ? (
              <p className="chart-note" data-unit-set-aside={u.setAside}>
                {m.unitSetAside(m.unitName[u.unit ?? '亿元'], m.unitName[u.setAside])}
              </p>
            ) : null}
            {u.unit === null ? (
              <p role="alert" className="import-error" data-unit-needed={f}>
                {m.unitNeeded(m.field[f])}
              </p>
            ) : null}
            {u.looksLike ? (
              <>
                <p role="alert" className="import-warning" data-unit-warning={f}>
                  {m.unitLooksLike(m.field[f], m.unitName[u.unit ?? '亿元'], m.unitName[u.looksLike])}
                </p>
                <label className="import-confirm">
                  <input type="checkbox" data-unit-confirm={f} checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} /> {m.unitConfirm(m.field[f], m.unitName[u.unit ?? '亿元'])}
                </label>
              </>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The units the user chose so far (a header's or line's unit is the file's, not a choice). */
function unitsChosen(summary: CheckSummary): Partial<Record<MoneyField, MoneyUnit>> {
  const out: Partial<Record<MoneyField, MoneyUnit>> = {};
  for (const f of MONEY_FIELDS) {
    const u = summary.units[f];
    if (u.source === 'user' && u.unit) out[f] = u.unit;
  }
  return out;
}


function ValuesStep({ summary, i18n, m, onSettings }: StepProps) {
  const fields = CATEGORY_FIELDS.filter((f) => summary.unmatched[f].length > 0);
  if (fields.length === 0) return null;
  const set = (f: CategoryField, value: string, key: string) => {
    const values: ValueMap = { ...summary.values, [f]: { ...(summary.values[f] ?? {}), [value]: key === '' ? null : key } };
    onSettings({ values });
  };
  return (
    <fieldset className="import-mapping" data-import-values="">
      <legend>{m.valuesTitle}</legend>
      <p>{m.valuesIntro}</p>
      {fields.map((f) => {
        const list = summary.unmatched[f];
        const chosen = (summary.values[f] ?? {}) as Record<string, string | null>;
        return (
          <div key={f} className="table-scroll">
            <table data-values-field={f}>
              <caption>{m.valuesField[f]}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.valuesColumns.value}</th>
                  <th scope="col">{m.valuesColumns.rows}</th>
                  <th scope="col">{m.valuesColumns.amount}</th>
                  <th scope="col">{m.suggestionColumn}</th>
                  <th scope="col">{m.valuesColumns.mapTo}</th>
                </tr>
              </thead>
              <tbody>
                {list.slice(0, VALUES_SHOWN).map((v) => {
                  const proposal = suggestTerm(f, v.value);
                  const term = proposal ? VOCABULARIES[f].find((x) => x.key === proposal.key) : undefined;
                  const taken = proposal !== null && chosen[v.value] === proposal.key;
                  return (
                  <tr key={v.value} data-value={v.value} data-suggestion={proposal?.key ?? ''}>
                    <th scope="row">{v.value}</th>
                    <td className="num">{v.rows.toLocaleString(i18n.lang)}</td>
                    <td className="num">{i18n.amount(v.amount)}</td>
                    <td>
                      {proposal && term ? (
                        <>
                          {m.suggestion(i18n.pick(term), proposal.name)}{' '}
                          {taken ? (
                            <span className="chart-note">{m.suggestionTaken}</span>
                          ) : (
                            <button type="button" data-accept-suggestion={v.value} onClick={() => set(f, v.value, proposal.key)}>
                              {m.acceptSuggestion}
                            </button>
                          )}
                        </>
                      ) : (
                        <span className="chart-note">{m.noSuggestion}</span>
                      )}
                    </td>
                    <td>
                      <select aria-label={`${m.valuesColumns.mapTo}${i18n.t.punct.colon}${v.value}`} value={chosen[v.value] ?? ''} onChange={(e) => set(f, v.value, e.target.value)}>
                        <option value="">{m.unclassified}</option>
                        {VOCABULARIES[f].map((term) => (
                          <option key={term.key} value={term.key}>
                            {i18n.pick(term)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                  );
                })}
              </tbody>
            </table>
            {summary.unmatchedTotal[f] > VALUES_SHOWN ? (
              <p className="chart-note" data-values-more={summary.unmatchedTotal[f] - VALUES_SHOWN}>
                {m.valuesMore(i18n.count(summary.unmatchedTotal[f] - VALUES_SHOWN))}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function DuplicatesStep({ summary, m, choice, onChoose }: Omit<StepProps, 'onSettings' | 'i18n'> & { choice: DuplicateChoice; onChoose: (choice: DuplicateChoice) => void }) {
  if (summary.duplicatesTotal === 0) return null;
  const options: [DuplicateChoice, string][] = [
    ['keep-both', m.duplicateKeepBoth],
    ['keep-later', m.duplicateKeepLater],
  ];
  return (
    <fieldset className="import-mapping" data-import-duplicates={summary.duplicatesTotal}>
      <legend>{m.duplicatesTitle}</legend>
      <p>{m.duplicatesIntro}</p>
      <ul>
        {summary.duplicates.map((g) => (
          <li key={`${g.kind}-${g.rows.join(',')}`} data-duplicate-rows={g.rows.join(',')} data-duplicate-kind={g.kind}>
            {m.duplicateLine(m.duplicateRows(g.rows), g.kind === 'id' ? m.duplicateId(g.value) : m.duplicateName(g.value), g.reportDate ?? '')}
          </li>
        ))}
      </ul>
      {summary.duplicatesTotal > summary.duplicates.length ? <p className="chart-note">{m.duplicatesMore(String(summary.duplicatesTotal - summary.duplicates.length))}</p> : null}
      <p className="chart-note">{m.duplicatesDefault}</p>
      {options.map(([value, label]) => (
        <label key={value} className="import-confirm">
          <input type="radio" name="import-duplicates" value={value} data-duplicates-choice={value} checked={choice === value} onChange={() => onChoose(value)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

function TotalsStep({ summary, i18n, m }: Omit<StepProps, 'onSettings'>) {
  if (summary.totalsTotal === 0 && summary.sectionsTotal === 0) return null;
  return (
    <section className="import-totals" aria-labelledby="import-totals-title" data-import-totals="">
      <h3 id="import-totals-title">{m.totalsTitle}</h3>
      <ul>
        {summary.totals.map((x) => (
          <li key={x.row} data-totals-row={x.row} data-totals-match={x.matches === null ? 'unchecked' : String(x.matches)}>
            {x.matches === null
              ? `${m.totalsKind[x.kind]} · ${m.rowNumber(x.row)}${i18n.t.punct.colon}${m.totalsUnchecked}`
              : `${m.totalsLine({ row: x.row, label: x.label, kind: m.totalsKind[x.kind], stated: i18n.amount(x.stated ?? 0), rows: i18n.amount(x.rows), covered: x.covered, rejected: x.rejectedInSpan })} — ${x.matches ? m.totalsOk : m.totalsMismatch}`}
          </li>
        ))}
      </ul>
      {summary.totalsTotal > summary.totals.length ? (
        <p className="chart-note" data-totals-more={summary.totalsTotal - summary.totals.length}>
          {m.totalsMore(i18n.count(summary.totalsTotal - summary.totals.length))}
        </p>
      ) : null}
      {summary.sectionsTotal > 0 ? <p className="chart-note">{m.sections(summary.sectionsTotal, summary.sections.map((s) => s.text).join('、'))}</p> : null}
    </section>
  );
}

/** Asks the worker for the full list as CSV (it holds every row; the page got a few per kind). */
export type ListDownload = (which: 'errors' | 'remarks', header: [string, string, string, string]) => void;

/** "… and 4,950 more of the same kind (reason)" per kind the worker did not send. */
function HiddenKinds({ hidden, label, i18n, attr }: { hidden: readonly { kind: string; count: number }[]; label: (kind: string) => string; i18n: I18n; attr: string }) {
  if (hidden.length === 0) return null;
  return (
    <ul className="chart-note" {...{ [attr]: '' }}>
      {hidden.map((h) => (
        <li key={h.kind}>{safetyMessages(i18n.lang).moreOfKind(h.count, label(h.kind))}</li>
      ))}
    </ul>
  );
}

export function RejectedRows({ summary, i18n, m, onDownload }: Omit<StepProps, 'onSettings'> & { onDownload: ListDownload }) {
  const c = m.dialog.errorColumns;
  if (summary.errorsTotal === 0) return null;
  const labels: ErrorLabels = { header: [c.row, c.column, c.value, c.problem], column: (f) => m.field[f], problem: (p) => m.problem[p] };
  const shown = errorTable(summary.errors, labels).slice(1);
  return (
    <section className="import-errors" aria-labelledby="import-errors-title" data-errors-total={summary.errorsTotal}>
      <h3 id="import-errors-title">{m.dialog.errorsTitle}</h3>
      <button type="button" data-download-errors="" onClick={() => onDownload('errors', [c.row, c.column, c.value, c.problem])}>
        {m.dialog.downloadErrors}
      </button>
      <RowsTable head={[c.row, c.column, c.value, c.problem]} rows={shown} attr="data-import-errors" />
      <HiddenKinds hidden={summary.errorsHidden} label={(k) => m.problem[k as RowProblem]} i18n={i18n} attr="data-errors-hidden" />
      {summary.errorsTotal > shown.length ? <p>{m.dialog.errorsMore(summary.errorsTotal - shown.length)}</p> : null}
    </section>
  );
}

function Remarks({ summary, i18n, m, onDownload }: Omit<StepProps, 'onSettings'> & { onDownload: ListDownload }) {
  if (summary.remarksTotal === 0) return null;
  const c = m.remarkColumns;
  const table = remarkTable(summary.remarks, { header: [c.row, c.column, c.value, c.remark], column: (f) => m.field[f], remark: (r) => m.remark[r] });
  return (
    <section className="import-errors" aria-labelledby="import-remarks-title" data-remarks-total={summary.remarksTotal}>
      <h3 id="import-remarks-title">{m.remarksTitle}</h3>
      <button type="button" data-download-remarks="" onClick={() => onDownload('remarks', [c.row, c.column, c.value, c.remark])}>
        {m.downloadRemarks}
      </button>
      <RowsTable head={table[0] ?? []} rows={table.slice(1)} attr="data-import-remarks" />
      <HiddenKinds hidden={summary.remarksHidden} label={(k) => m.remark[k as RemarkCode]} i18n={i18n} attr="data-remarks-hidden" />
    </section>
  );
}

function RowsTable({ head, rows, attr }: { head: readonly string[]; rows: readonly (readonly string[])[]; attr: string }) {
  return (
    <div className="table-scroll import-errors-scroll">
      <table {...{ [attr]: '' }}>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) => (
                <td key={j} className={j === 0 ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UpdateStep({ summary, m, i18n }: Omit<StepProps, 'onSettings'>) {
  const u = summary.update;
  if (!u) return null;
  const { diff } = u;
  return (
    <section className="import-diff" aria-labelledby="import-diff-title" data-import-diff="" data-added={diff.added} data-removed={diff.removed} data-changed={diff.changed}>
      <h3 id="import-diff-title">{m.updateTitle(u.name, u.version)}</h3>
      <p>{m.diffLine(diff)}</p>
      {diff.sample.added.length > 0 ? <p>{`${m.diffAdded}${i18n.t.punct.colon}${i18n.list(diff.sample.added)}`}</p> : null}
      {diff.sample.removed.length > 0 ? <p>{`${m.diffRemoved}${i18n.t.punct.colon}${i18n.list(diff.sample.removed)}`}</p> : null}
      {diff.sample.changed.length > 0 ? (
        <ul>
          {diff.sample.changed.map((c) => (
            <li key={c.id}>{`${m.diffChanged}${i18n.t.punct.colon}${c.name}${i18n.t.punct.paren(i18n.list(c.fields.map((f) => m.comparedField[f])))}`}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** What the user confirms in the dialog (the session reducer holds it) and why saving waits. */
export interface ConfirmProps {
  confirm: ImportConfirmations;
  unitsConfirmed: boolean;
  blockers: readonly SaveBlocker[];
  onConfirmUnits: (confirmed: boolean) => void;
  onDuplicates: (choice: DuplicateChoice) => void;
  onFullList: (value: boolean) => void;
}

export function Checked({
  summary,
  i18n,
  m,
  saving,
  onSettings,
  onSave,
  onDownload,
  saveFailed,
  confirm,
  unitsConfirmed,
  blockers,
  onConfirmUnits,
  onDuplicates,
  onFullList,
}: StepProps & ConfirmProps & { saving: boolean; onSave: (name: string) => void; onDownload: ListDownload; saveFailed?: { reason: string; text: string } }) {
  const { t } = i18n;
  const [name, setName] = useState(() => baseName(summary.fileName));
  // Saving waits only for what the user must still decide; a missing column or no rows stop it outright.
  const canSave = !blockers.includes('columns-missing') && !blockers.includes('nothing') && !blockers.includes('unit-needed');
  const waiting = blockers.filter((b): b is 'unit-unconfirmed' | 'duplicates' => b === 'unit-unconfirmed' || b === 'duplicates');
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(function showResult() {
    // On a small screen the result starts below the fold: bring it into view once.
    ref.current?.scrollIntoView({ block: 'start', behavior: 'auto' });
  }, []);
  const fieldList = (fs: readonly Field[]) => i18n.list(fs.map((f) => m.field[f]));
  return (
    <div className="import-checked" ref={ref}>
      <p>{m.dialog.fileLine(summary.fileName, summary.kind, summary.encoding)}</p>
      <TableStep summary={summary} i18n={i18n} m={m} onSettings={onSettings} />
      <ColumnsStep summary={summary} i18n={i18n} m={m} onSettings={onSettings} />
      <UnitsStep summary={summary} m={m} onSettings={onSettings} confirmed={unitsConfirmed} onConfirm={onConfirmUnits} />
      <ValuesStep summary={summary} i18n={i18n} m={m} onSettings={onSettings} />
      {summary.mapping.missing.length === 0 ? (
        <p role="status" data-import-summary="" data-accepted={summary.rowsAccepted} data-rejected={summary.rowsRejected} data-remarks={summary.remarksTotal}>
          {m.dialog.summary(summary.rowsRead, summary.rowsAccepted, summary.rowsRejected)} {summary.blankRows > 0 ? m.dialog.blank(summary.blankRows) : ''}
        </p>
      ) : null}
      <DuplicatesStep summary={summary} m={m} choice={confirm.duplicates} onChoose={onDuplicates} />
      <TotalsStep summary={summary} i18n={i18n} m={m} />
      <UpdateStep summary={summary} m={m} i18n={i18n} />
      <RejectedRows summary={summary} i18n={i18n} m={m} onDownload={onDownload} />
      <Remarks summary={summary} i18n={i18n} m={m} onDownload={onDownload} />
      {summary.problems.length > 0 ? (
        <div className="chart-note" data-parse-problems="">
          {m.dialog.parseProblems}
          <ul>
            {summary.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {saveFailed ? (
        // Beside the save button the user just pressed (the dialog is long), not at its top.
        <p role="alert" className="import-error" data-save-failed={saveFailed.reason}>
          {saveFailed.text}
        </p>
      ) : null}
      {canSave ? (
        <div className="import-before-save">
          <label className="import-confirm">
            <input type="checkbox" data-full-list="" checked={confirm.fullList2021} onChange={(e) => onFullList(e.target.checked)} /> {m.fullList}
          </label>
          {waiting.map((b) => (
            <p key={b} className="import-error" data-save-waits={b}>
              {b === 'unit-unconfirmed' ? m.unitUnconfirmed : m.duplicatesChoose}
            </p>
          ))}
        </div>
      ) : null}
      {canSave ? (
        <form
          className="import-save"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(name.trim() || baseName(summary.fileName));
          }}
        >
          {summary.update ? null : (
            <label>
              {m.dialog.name} <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
            </label>
          )}
          <button type="submit" className="primary" disabled={saving || waiting.length > 0} data-import-save="">
            {summary.update ? m.saveVersion(summary.rowsAccepted, summary.update.version + 1) : m.dialog.importButton(summary.rowsAccepted)}
          </button>
        </form>
      ) : summary.mapping.missing.length === 0 && summary.needsUnit.length === 0 ? (
        <p role="alert" className="import-error">
          {m.dialog.nothingToImport}
        </p>
      ) : summary.needsUnit.length > 0 ? (
        <p className="import-error">{m.unitNeeded(fieldList(summary.needsUnit))}</p>
      ) : null}
      {summary.rowsAccepted > 0 && !confirm.fullList2021 ? <p className="chart-note" data-recon-skipped="">{m.reconSkipped}</p> : null}
      {summary.rowsAccepted > 0 && confirm.fullList2021 ? (
        <details className="import-recon">
          <summary>{t.data.reconTitle}</summary>
          <p>{t.data.reconIntro}</p>
          <ReconciliationTable lines={summary.reconciliation} i18n={i18n} />
        </details>
      ) : null}
    </div>
  );
}
