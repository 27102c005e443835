/**
 * Registers as query sources: the list kept in IndexedDB, the list published with the site
 * (registers/index.json, same origin), and a register's dataset — a stored version (its rows
 * checked at import) or a site register (fetched and checked in the import worker) — with every
 * figure computed from its rows (basis "complete"). Both are read and checked in the import
 * worker and handed over packed; the page rebuilds the rows in chunks, yielding between them,
 * and prepares the first view the same way. A data id names the register and version:
 * `r-…` (latest), `r-….v2`, or `site:<name>`.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../data/types';
import { selectView } from '../domain/engine';
import { rowsFromPacked } from '../domain/register/packed';
import { registerDataset } from '../domain/register/dataset';
import { currentRows } from '../domain/current-rows';
import { prepareRowColumns } from '../domain/row-columns';
import { inSlices } from '../domain/slices';
import type { SiteRegister } from '../domain/register/site-index';
import type { RegisterMeta, VersionMeta } from '../storage/registers';
import type { FromWorker, ToWorker, WorkerSettings } from '../workers/register-protocol';
import { pause } from './pause';
import type { DatasetSource } from './dataset';
import { RegisterMissingError } from './register-errors';
import { useViewStore } from '../stores/view-store';
import { isDatasetKeyOf, queryKeys } from './keys';
import { loadChunk } from '../components/load-chunk';

export function registersQueryOptions() {
  return queryOptions({ queryKey: queryKeys.registers(), queryFn: listAll, staleTime: Infinity });
}

/** The register store's health: entries of the stored index that fail the schema check (never cached: read on each open). */
export function registersHealthQueryOptions() {
  return queryOptions({ queryKey: queryKeys.registersHealth(), queryFn: async () => (await loadChunk(() => import('../storage/registers'))).inspectIndex(), staleTime: 0 });
}

/** The stored registers and those kept in this tab only; a browser that stores nothing lists only the latter. */
async function listAll(): Promise<RegisterMeta[]> {
  const [{ listRegisters }, { StorageUnavailableError }, { thisTabRegisters }] = await Promise.all([loadChunk(() => import('../storage/registers')), loadChunk(() => import('../storage/db')), loadChunk(() => import('../storage/this-tab'))]);
  let stored: RegisterMeta[] = [];
  try {
    stored = await listRegisters();
  } catch (e) {
    if (!(e instanceof StorageUnavailableError)) throw e;
  }
  return [...thisTabRegisters(), ...stored];
}

const siteUrl = (path: string) => new URL(`registers/${path}`, document.baseURI).toString();

export function siteRegistersQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.siteRegisters(),
    queryFn: async () => {
      const { fetchSiteFile } = await loadChunk(() => import('../storage/site-files'));
      const file = await fetchSiteFile(siteUrl('index.json'));
      // No folder, no registers: a site that ships none is the usual case.
      if (file.status === 'missing') return (await loadChunk(() => import('../domain/register/site-index'))).parseSiteIndex({ registers: [] });
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder().decode(file.body));
      } catch {
        value = null;
      }
      const { parseSiteIndex } = await loadChunk(() => import('../domain/register/site-index'));
      return parseSiteIndex(value, file.cachedAt);
    },
    staleTime: Infinity,
    retry: false,
  });
}

export { RegisterMissingError } from './register-errors';
export { followRegisterChanges } from './register-errors';

/** A data id's parts: `r-abc.v2` → register r-abc, version 2; `site:x` → site register x. */
export function parseDataId(id: string): { kind: 'browser'; register: string; version: number | null } | { kind: 'site'; name: string } {
  if (id.startsWith('site:')) return { kind: 'site', name: id.slice(5) };
  const m = /^(r-[a-z0-9]+)(?:\.v(\d+))?$/.exec(id);
  return { kind: 'browser', register: m?.[1] ?? id, version: m?.[2] !== undefined ? Number(m[2]) : null };
}

export function dataIdOf(register: string, version: number): string {
  return `${register}.v${version}`;
}

function storedSource(id: string, register: string, version: number | null): DatasetSource {
  return {
    id,
    load: async () => {
      const stored = (await loadChunk(() => import('../storage/this-tab'))).thisTabRegister(register) ?? (await loadStored(register, version));
      if (!stored) throw new RegisterMissingError(id);
      const projects = await rowsFromPacked(stored.packed, pause);
      const versions = versionsOf(stored.meta).map((v) => ({ version: v.version, fileName: v.fileName, importedAt: v.importedAt, rows: v.rows }));
      await pause();
      const dataset = registerDataset(projects, {
        id: stored.meta.id,
        name: stored.meta.name,
        importedAt: stored.version.importedAt,
        fileName: stored.version.fileName,
        rejected: stored.version.rejected,
        info: { version: stored.version.version, versions, origin: 'browser', extraHeaders: stored.packed.extraHeaders, columns: stored.version.columns ?? [], fullList2021: stored.meta.fullList2021 === true },
      });
      await prepare(dataset);
      return dataset;
    },
  };
}

/** A register's versions, oldest first (as storage/registers.ts has it, without loading IndexedDB code on the page). */
function versionsOf(meta: RegisterMeta): VersionMeta[] {
  return meta.versions ?? [{ version: 1, fileName: meta.fileName, importedAt: meta.importedAt, rows: meta.rows, rejected: meta.rejected }];
}

/**
 * Work the first render of a register would otherwise do in one task, done before the query
 * resolves, each part in tasks of its own: the engine's typed columns (in slices; kept per rows
 * array), then the views the panels open with for the filters on screen (memoized per dataset
 * and filters, so the render finds them): the engine's, then the progress panel's. The progress
 * view's code is fetched here, not imported, so the first view's chunks stay as they are.
 */
async function prepare(dataset: Dataset): Promise<void> {
  // The columns of the rows the engine counts (a register reporting on several dates: its latest report).
  await prepareRowColumns(currentRows(dataset.projects), (total, work) => inSlices(total, work, pause));
  await pause();
  const { filters } = useViewStore.getState();
  selectView(dataset, filters);
  await pause();
  const { selectProgress } = await loadChunk(() => import('../domain/progress-view'));
  selectProgress(dataset, filters);
  await pause();
}

/** A stored register read back and checked in the import worker, handed over packed; null when not stored. */
function loadStored(register: string, version: number | null): Promise<Extract<FromWorker, { type: 'stored-loaded' }>['stored']> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/register.worker.ts', import.meta.url), { type: 'module', name: 'register-load' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'stored-loaded') {
        worker.terminate();
        resolve(m.stored);
      } else if (m.type === 'stored-damaged') {
        worker.terminate();
        // The storage module is small; its error class is what the damaged-register notice reads.
        void loadChunk(() => import('../storage/registers')).then(({ DamagedRegisterError }) => reject(new DamagedRegisterError(m.id, m.version, m.check)), reject);
      } else if (m.type === 'failed') {
        worker.terminate();
        reject(new Error(`${m.code}${m.detail ? `: ${m.detail}` : ''}`));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'worker error'));
    };
    const message: ToWorker = { type: 'load-stored', id: register, version };
    worker.postMessage(message);
  });
}

/** Reads a site register in the import worker (fetch, read, check), resolving with its rows. */
function loadSite(entry: SiteRegister): Promise<Omit<Extract<FromWorker, { type: 'site-loaded' }>, 'type'>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/register.worker.ts', import.meta.url), { type: 'module', name: 'register-site' });
    const settings: WorkerSettings = { sheet: entry.sheet, units: entry.unit ? { amount: entry.unit, funds: entry.unit } : {} };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'site-loaded') {
        worker.terminate();
        resolve({ packed: m.packed, summary: m.summary, cachedAt: m.cachedAt });
      } else if (m.type === 'failed') {
        worker.terminate();
        reject(m.code === 'site-missing' ? new RegisterMissingError(`site:${entry.name}`, entry.file) : new Error(`${m.code}${m.detail ? `: ${m.detail}` : ''}`));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'worker error'));
    };
    worker.postMessage({ type: 'load-site', url: siteUrl(encodeURIComponent(entry.file)), fileName: entry.file, settings });
  });
}

function siteSource(id: string, name: string, client: QueryClient): DatasetSource {
  return {
    id,
    load: async () => {
      const index = await client.fetchQuery(siteRegistersQueryOptions());
      const entry = index.registers.find((r) => r.name === name);
      if (!entry) throw new RegisterMissingError(id);
      const { packed, summary, cachedAt } = await loadSite(entry);
      const projects = await rowsFromPacked(packed, pause);
      const dataset = registerDataset(projects, {
        id,
        name: entry.title,
        // Read now from the server, or (offline) the copy saved then.
        importedAt: cachedAt ?? new Date().toISOString(),
        fileName: entry.file,
        rejected: summary.rowsRejected,
        info: { version: 1, versions: [{ version: 1, fileName: entry.file, importedAt: '', rows: projects.length }], origin: 'site', extraHeaders: packed.extraHeaders, columns: Object.entries(summary.mapping.columns).filter(([, c]) => c !== null).map(([f]) => f) },
      });
      await prepare(dataset);
      return dataset;
    },
  };
}

export function registerSource(id: string, client: QueryClient): DatasetSource {
  const parsed = parseDataId(id);
  return parsed.kind === 'site' ? siteSource(id, parsed.name, client) : storedSource(id, parsed.register, parsed.version);
}

/** Forget a register (or one version): its rows, its list entry and its cached datasets. */
export async function removeRegister(client: QueryClient, id: string, version: number | null = null): Promise<void> {
  // A register kept in this tab only has one version: deleting any of it deletes it.
  if (!(await loadChunk(() => import('../storage/this-tab'))).forgetInThisTab(id)) await (await loadChunk(() => import('../storage/registers'))).deleteRegister(id, version);
  client.removeQueries({ predicate: (q) => isDatasetKeyOf(q.queryKey, id) });
  await client.invalidateQueries({ queryKey: queryKeys.registers() });
}

