/**
 * The registers' IndexedDB database (cq-expo-registers, one object store "registers", string
 * keys as idb-keyval wrote them): opening it so that it heals — a database that exists without
 * its store (an interrupted first open, another app version) is opened again one version up and
 * the store recreated — and running work in one transaction, so a change is all made or not at
 * all. A browser that refuses IndexedDB raises StorageUnavailableError, which the page words as
 * "this browser does not let the site store data". Plain TS; the page and the import worker use it.
 */

export const DB_NAME = 'cq-expo-registers';
export const STORE = 'registers';

/** IndexedDB is absent, switched off or refuses to open: nothing can be stored in this browser. */
export class StorageUnavailableError extends Error {
  constructor(detail: string) {
    super(`IndexedDB is unavailable: ${detail}`);
    this.name = 'StorageUnavailableError';
  }
}

function describe(e: unknown): string {
  return e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
}

/** One open attempt; `version` undefined opens the current version (creating the database at 1). */
function openOnce(factory: IDBFactory, version: number | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
    } catch (e) {
      reject(new StorageUnavailableError(describe(e)));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new StorageUnavailableError(describe(request.error)));
    // Another tab holds an older connection: it closes on 'versionchange' (below), then this open goes on.
    request.onblocked = () => undefined;
  });
}

let opening: Promise<IDBDatabase> | null = null;

/** The database with its store, opened once per context; a store found missing is recreated. */
export function openDb(): Promise<IDBDatabase> {
  opening ??= (async () => {
    const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (!factory) throw new StorageUnavailableError('indexedDB is not defined');
    let db = await openOnce(factory, undefined);
    if (!db.objectStoreNames.contains(STORE)) {
      const next = db.version + 1;
      db.close();
      db = await openOnce(factory, next);
    }
    // Let another tab (or this page's worker) upgrade to recreate the store: close, reopen next time.
    db.onversionchange = () => {
      db.close();
      opening = null;
    };
    db.onclose = () => {
      opening = null;
    };
    return db;
  })();
  const attempt = opening;
  // A failed open is tried again on the next call (the user may allow storage meanwhile).
  attempt.catch(() => {
    if (opening === attempt) opening = null;
  });
  return attempt;
}

/** Forget the open connection (tests reset the database between cases). */
export function closeDb(): void {
  void opening?.then((db) => db.close()).catch(() => undefined);
  opening = null;
}

/** An IDB request as a promise (awaited inside a transaction, which stays active across it). */
export function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Run `body` in one transaction on the store: its reads and writes commit together or not at
 * all (an error in `body` aborts it). `body` may await only requests on this store, nothing
 * else, or the transaction commits early.
 */
export async function inTransaction<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T>): Promise<T> {
  const db = await openDb();
  let tx: IDBTransaction;
  try {
    tx = db.transaction(STORE, mode);
  } catch (e) {
    // The connection was closed under us (another tab upgraded): open again once.
    if (e instanceof DOMException && e.name === 'InvalidStateError') {
      opening = null;
      tx = (await openDb()).transaction(STORE, mode);
    } else throw e;
  }
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
  let result: T;
  try {
    result = await body(tx.objectStore(STORE));
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await done.catch(() => undefined);
    throw e;
  }
  await done;
  return result;
}

/** Whether this context can store registers (false: IndexedDB absent or refusing). Never throws. */
export async function canStore(): Promise<boolean> {
  try {
    await openDb();
    return true;
  } catch (e) {
    return !(e instanceof StorageUnavailableError);
  }
}
