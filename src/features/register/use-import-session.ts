/**
 * The import session's hook: the reducer's state (import-session.ts) and one import worker per
 * chosen file, whose messages are dispatched to it. A saved register is shown at once and the
 * register list re-read; a list asked for as CSV is saved as a file. The worker goes when the
 * dialog closes.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef } from 'react';
import { loadChunk } from '../../components/load-chunk';
import { queryKeys } from '../../queries/keys';
import { dataIdOf } from '../../queries/registers';
import type { RegisterMeta } from '../../storage/registers';
import { setData } from '../../stores/view-store';
import type { DuplicateChoice } from '../../domain/register/import';
import type { FromWorker, WorkerSettings } from '../../workers/register-protocol';
import { startImportSession, type ImportSession } from './import-client';
import { IDLE, importReducer, saveConfirmed, type ImportSessionState } from './import-session';
import { baseName } from './import-steps';

export interface ImportControls {
  state: ImportSessionState;
  readFile: (file: File | undefined) => void;
  setTarget: (meta: RegisterMeta | null) => void;
  settings: (settings: WorkerSettings) => void;
  /** Saves with what the user confirmed (the worker refuses a save that lacks a needed confirmation). */
  save: (name: string) => void;
  confirmUnits: (confirmed: boolean) => void;
  /** The choice is the reducer's and the worker checks the rows again with it. */
  chooseDuplicates: (choice: DuplicateChoice) => void;
  setFullList: (value: boolean) => void;
  listCsv: ImportSession['listCsv'];
}

export function useImportSession(): ImportControls {
  const client = useQueryClient();
  const [state, dispatch] = useReducer(importReducer, IDLE);
  const session = useRef<ImportSession | null>(null);

  useEffect(function closeTheWorker() {
    return () => session.current?.close();
  }, []);

  const onMessage = (message: FromWorker) => {
    dispatch({ type: 'worker', message });
    if (message.type === 'saved') {
      void client.invalidateQueries({ queryKey: queryKeys.registers() });
      setData(dataIdOf(message.meta.id, message.version));
    } else if (message.type === 'list-csv') {
      const { blob, which, fileName } = message;
      void loadChunk(() => import('../../export/files')).then(({ saveBlob }) => saveBlob(`register-${which}_${baseName(fileName)}.csv`, blob));
    }
  };

  return {
    state,
    readFile: (file) => {
      if (!file) return;
      session.current?.close();
      session.current = startImportSession(onMessage);
      dispatch({ type: 'file', size: file.size });
      session.current.read(file, state.target?.id ?? null);
    },
    setTarget: (meta) => dispatch({ type: 'target', meta }),
    settings: (settings) => session.current?.settings(settings),
    save: (name) => session.current?.save(name, saveConfirmed(state)),
    confirmUnits: (confirmed) => dispatch({ type: 'confirm-units', confirmed }),
    chooseDuplicates: (choice) => {
      dispatch({ type: 'duplicates', choice });
      session.current?.settings({ duplicates: choice });
    },
    setFullList: (value) => dispatch({ type: 'full-list', value }),
    listCsv: (which, lang, header) => session.current?.listCsv(which, lang, header),
  };
}
