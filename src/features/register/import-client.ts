/**
 * The page's side of the import worker: one worker per import session, messages in and out.
 * The worker module (and the XLSX reader it loads on demand) are separate chunks, fetched
 * only when someone imports. A session closed while it saves is not cut short: the worker
 * finishes the save and the outcome goes to the page's save notice (save-outcome.ts); leaving
 * the page during a save is asked first (beforeunload). A
 * register saved where the browser stores nothing is kept for this tab (storage/this-tab.ts).
 */
import { canStore } from '../../storage/db';
import { keepInThisTab } from '../../storage/this-tab';
import type { FromWorker, SaveConfirmed, ToWorker, WorkerSettings } from '../../workers/register-protocol';
import { setSaveOutcome } from './save-outcome';

export interface ImportSession {
  /** `update`: the id of a stored register the file is a new version of. */
  read: (file: File, update: string | null) => void;
  settings: (settings: WorkerSettings) => void;
  save: (name: string, confirmed: SaveConfirmed) => void;
  /** Ask the worker for the full error or remark list as CSV (answered with a 'list-csv' message). */
  listCsv: (which: 'errors' | 'remarks', lang: 'zh-CN' | 'en', header: [string, string, string, string]) => void;
  /** Ends the session; a save in progress is finished first, its outcome told by the page's notice. */
  close: () => void;
}

export function startImportSession(onMessage: (message: FromWorker) => void): ImportSession {
  let worker: Worker | null = null;
  /** The name of the register being saved, while a save is in progress. */
  let saving: string | null = null;
  let closed = false;
  // Leaving the page would end the worker mid-save (nothing stored): the browser asks first.
  const askBeforeLeaving = (e: BeforeUnloadEvent) => e.preventDefault();
  const saveEnded = () => {
    saving = null;
    window.removeEventListener('beforeunload', askBeforeLeaving);
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  /** After close: only the save's outcome matters, and it goes to the page's notice. */
  const afterClose = (m: FromWorker) => {
    const name = saving ?? '';
    if (m.type === 'saved') setSaveOutcome({ kind: 'saved', name: m.meta.name, id: m.meta.id, version: m.version, rows: m.meta.rows, thisTab: m.unstored !== undefined, meanwhile: m.meanwhile });
    else if (m.type === 'save-failed') setSaveOutcome({ kind: 'failed', name, detail: m.detail });
    else if (m.type === 'failed') setSaveOutcome({ kind: 'failed', name, detail: `${m.code}${m.detail ? `: ${m.detail}` : ''}` });
    else return;
    saveEnded();
    stop();
  };
  const receive = (m: FromWorker) => {
    if (m.type === 'saved' && m.unstored) keepInThisTab(m.meta, m.unstored);
    if (closed) {
      afterClose(m);
      return;
    }
    if (m.type === 'saved' || m.type === 'save-failed' || m.type === 'failed') saveEnded();
    onMessage(m);
  };
  const send = (message: ToWorker) => {
    if (!worker) {
      try {
        worker = new Worker(new URL('../../workers/register.worker.ts', import.meta.url), { type: 'module', name: 'register-import' });
      } catch (e) {
        receive({ type: 'failed', code: 'worker', detail: e instanceof Error ? e.message : String(e) });
        return;
      }
      worker.onmessage = (event: MessageEvent<FromWorker>) => receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        receive({ type: 'failed', code: 'worker', detail: event.message || 'worker error' });
      };
    }
    worker.postMessage(message);
  };
  return {
    read: (file, update) => send({ type: 'read', file, update }),
    settings: (settings) => send({ type: 'settings', settings }),
    save: (name, confirmed) => {
      saving = name;
      window.addEventListener('beforeunload', askBeforeLeaving);
      // Where this page cannot store, the worker is told not to try (it hands the rows back).
      void canStore().then((store) => {
        if (worker || !closed) send({ type: 'save', name, store, confirmed });
      });
    },
    listCsv: (which, lang, header) => send({ type: 'list-csv', which, lang, header }),
    close: () => {
      closed = true;
      if (saving === null) {
        stop();
        return;
      }
      setSaveOutcome({ kind: 'saving', name: saving });
    },
  };
}
