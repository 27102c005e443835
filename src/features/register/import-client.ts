/**
 * The page's side of the import worker: one worker per import session, messages in and out.
 * The worker module (and the XLSX reader it loads on demand) are separate chunks, fetched
 * only when someone imports.
 */
import type { Field } from '../../domain/register/fields';
import type { FromWorker, ToWorker } from '../../workers/register-protocol';

export interface ImportSession {
  read: (file: File) => void;
  map: (columns: Record<Field, number | null>) => void;
  save: (name: string) => void;
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
    read: (file) => send({ type: 'read', file }),
    map: (columns) => send({ type: 'map', columns }),
    save: (name) => send({ type: 'save', name }),
    close: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
