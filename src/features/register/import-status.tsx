/**
 * Where an import stands, in the dialog's live region: the step in progress (with a bar where
 * its progress is known), a refusal with its reason (a limit named with the file's number),
 * or the saved register with the time it took. The data on screen is unchanged by a refusal.
 */
import type { RefObject } from 'react';
import { limitDetail } from '../../domain/register/limits';
import type { I18n } from '../../i18n/i18n';
import type { ImportMessages } from '../../i18n/import-messages';
import type { ImportStep } from './import-session';

/** A limit refusal in words: which limit, the file's number and the maximum. */
function limitText(m: ImportMessages, detail: string, count: (n: number) => string): string {
  const d = limitDetail(detail);
  if (!d) return detail;
  const bytes = d.limit === 'total-bytes' || d.limit === 'entry-bytes';
  const num = (n: number) => (bytes ? `${count(Math.round(n / 1048576))} MB` : count(n));
  return m.limit[d.limit](num(d.actual), num(d.max), d.where);
}

function seconds(ms: number, i18n: I18n, m: ImportMessages): string {
  return m.seconds((ms / 1000).toLocaleString(i18n.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }));
}

function Progress({ state, m }: { state: Extract<ImportStep, { step: 'working' }>; m: ImportMessages }) {
  // Parsing a CSV and checking rows report how far they are; reading and saving do not.
  const determinate = (state.phase === 'parse' || state.phase === 'check') && state.total > 1;
  const pct = determinate ? Math.round((state.done / state.total) * 100) : undefined;
  return (
    <div className="import-progress" data-import-progress={state.phase}>
      <p id="import-progress-label">
        {m.dialog.phase[state.phase]}
        {pct !== undefined ? ` — ${pct}%` : '…'}
      </p>
      <progress aria-labelledby="import-progress-label" max={100} {...(pct !== undefined ? { value: pct } : {})} />
    </div>
  );
}

export function ImportStatus({ state, i18n, m, doneRef }: { state: ImportStep; i18n: I18n; m: ImportMessages; doneRef: RefObject<HTMLParagraphElement | null> }) {
  const st = m.storage;
  return (
    <div aria-live="polite">
      {state.step === 'working' ? <Progress state={state} m={m} /> : null}
      {state.step === 'failed' ? (
        <p role="alert" className="import-error" data-import-failed={state.code}>
          {m.failed[state.code]} {state.code === 'limit' ? limitText(m, state.detail, i18n.count) : state.detail ? `(${state.detail})` : ''} {m.dialog.unchanged}
        </p>
      ) : null}
      {state.step === 'saved' ? (
        <p
          role="status"
          tabIndex={-1}
          ref={doneRef}
          className="import-done"
          data-import-done={state.meta.id}
          data-ms-read={Math.round(state.summary.ms.read)}
          data-ms-parse={Math.round(state.summary.ms.parse)}
          data-ms-check={Math.round(state.summary.ms.check)}
          data-ms-save={Math.round(state.ms)}
        >
          {m.dialog.imported(state.meta.name, state.meta.rows, seconds(state.summary.ms.read + state.summary.ms.parse + state.summary.ms.check + state.ms, i18n, m))}
          {state.version > 1 ? ` ${m.savedVersion(state.meta.name, state.version)}` : ''}
          {state.meanwhile === 'newer' ? ` ${st.savedAfterNewer(state.meta.name, state.version)}` : ''}
          {state.meanwhile === 'gone' ? ` ${st.savedAfterGone(state.meta.name)}` : ''}
          {state.thisTab ? ` ${st.savedThisTab(state.meta.name)}` : ''}
        </p>
      ) : null}
    </div>
  );
}
