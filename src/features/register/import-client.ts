/**
 * The page's side of the import worker: one worker per import session, messages in and out.
 * The worker module (and the XLSX reader it loads on demand) are separate chunks, fetched
 * only when someone imports.
 */
import type { FromWorker, ToWorker, WorkerSettings } from '../../workers/register-protocol';

export interface ImportSession {
  /** `update`: the id of a stored register the file is a new version of. */
  read: (file: File, update: string | null) => void;
  settings: (settings: WorkerSettings) => void;
  save: (name: string) => void;
  /** Ask the worker for the full error or remark list as CSV (answered with a 'list-csv' message). */
  listCsv: (which: 'errors' | 'remarks', lang: 'zh-CN' | 'en', header: [string, string, string, string]) => void;
  close: () => void;
}

export function startImportSession(onMessage: (message: FromWorker) => void): ImportSession {
  let worker: Worker | null = null;
  const send = (message: ToWorker) => {
    if (!worker) {
      try {
        worker = new Worker(new URL('../../workers/register.worker.ts', import.meta.url), { type: 'module', name: 'register-import' });
      } catch (e) {
        onMessage({ type: 'failed', code: 'worker', detail: e instanceof Error ? e.message : String(e) });
        return;
      }
      worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onMessage({ type: 'failed', code: 'worker', detail: event.message || 'worker error' });
      };
    }
    worker.postMessage(message);
  };
  return {
    read: (file, update) => send({ type: 'read', file, update }),
    settings: (settings) => send({ type: 'settings', settings }),
    save: (name) => send({ type: 'save', name }),
    listCsv: (which, lang, header) => send({ type: 'list-csv', which, lang, header }),
    close: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
