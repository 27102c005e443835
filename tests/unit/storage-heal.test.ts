// @vitest-environment node
/**
 * Stored registers over an in-memory IndexedDB (fake-indexeddb): any sequence of saves (one at
 * a time and two at once on the same register), deletions, repairs and damage to the index or
 * to a register's description leaves every stored register listed or named as unreadable —
 * none lost silently — and two saves at once never overwrite each other.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkRegister, numbered } from '../../src/domain/register/import';
import { closeDb, DB_NAME, openDb, STORE } from '../../src/storage/db';
import { parseRowsKey } from '../../src/storage/heal';
import { deleteRegister, inspectIndex, listRegisters, loadRegister, repairIndex, saveRegister, versionsOf, type SaveRequest } from '../../src/storage/registers';

/** A register of `n` rows (n ≥ 1), checked as an import checks a file. */
function projects(n: number) {
  const rows = [['project', 'district', 'amount (100 million yuan)'], ...Array.from({ length: n }, (_, i) => [`Park ${i + 1}`, 'Yubei', String(i + 1)])];
  const check = checkRegister(numbered(rows), (r) => `file.csv row ${r}`);
  expect(check.projects).toHaveLength(n);
  return check.projects;
}

function request(registerId: string | null, basedOn: number | null, n: number): SaveRequest {
  return {
    registerId,
    basedOn,
    name: `Register ${n}`,
    version: { fileName: `file-${n}.csv`, importedAt: new Date().toISOString(), rows: n, rejected: 0 },
    settings: { sheet: null, columns: {}, units: {}, values: {} },
    projects: projects(n),
    extraHeaders: [],
  };
}

/** Every rows record actually stored: id → version → rows. */
async function groundTruth(): Promise<Map<string, Map<number, number>>> {
  const db = await openDb();
  const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
    const r = db.transaction(STORE).objectStore(STORE).getAllKeys();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const out = new Map<string, Map<number, number>>();
  for (const key of keys) {
    const parsed = parseRowsKey(String(key));
    if (!parsed) continue;
    const stored = await loadRegister(parsed.id, parsed.version).catch(() => null);
    const versions = out.get(parsed.id) ?? new Map<number, number>();
    versions.set(parsed.version, stored?.projects.length ?? -1);
    out.set(parsed.id, versions);
  }
  return out;
}

async function put(key: string, value: unknown): Promise<void> {
  const db = await openDb();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

type Op =
  | { op: 'save'; rows: number }
  | { op: 'version'; pick: number; rows: number }
  | { op: 'concurrent'; pick: number; rows: [number, number] }
  | { op: 'delete'; pick: number; version: number | null }
  | { op: 'repair' }
  | { op: 'damage-index'; garbage: unknown }
  | { op: 'damage-meta'; pick: number; garbage: unknown };

const garbage = fc.oneof(fc.constant(null), fc.constant(42), fc.constant('x'), fc.constant({ registers: 'not a list' }), fc.constant([null, { id: 'r-zzzzzz99', name: 7 }]), fc.constant([{ id: 'r-abcdef12', rows: 'many' }]));
const rows = fc.integer({ min: 1, max: 4 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('save' as const), rows }),
  fc.record({ op: fc.constant('version' as const), pick: fc.nat(), rows }),
  fc.record({ op: fc.constant('concurrent' as const), pick: fc.nat(), rows: fc.tuple(rows, rows) }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat(), version: fc.option(fc.integer({ min: 1, max: 4 })) }),
  fc.record({ op: fc.constant('repair' as const) }),
  fc.record({ op: fc.constant('damage-index' as const), garbage }),
  fc.record({ op: fc.constant('damage-meta' as const), pick: fc.nat(), garbage }),
);

beforeEach(() => {
  closeDb();
  // A fresh, empty in-memory IndexedDB for every case.
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
});

describe('stored registers: none lost silently', () => {
  it('after any sequence of save, concurrent save, delete, repair and damage, every stored register is listed or named, with the rows it was saved with', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        closeDb();
        (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
        /** What must be stored: id → version → rows. */
        const model = new Map<string, Map<number, number>>();
        const ids = () => [...model.keys()];
        for (const o of ops) {
          const id = ids()[('pick' in o ? o.pick : 0) % Math.max(1, ids().length)];
          if (o.op === 'save' || ((o.op === 'version' || o.op === 'concurrent') && id === undefined)) {
            const n = o.op === 'concurrent' ? o.rows[0] : o.rows;
            const saved = await saveRegister(request(null, null, n));
            expect(saved.version).toBe(1);
            model.set(saved.meta.id, new Map([[1, n]]));
          } else if (o.op === 'version' && id !== undefined) {
            const latest = Math.max(...(model.get(id)?.keys() ?? []));
            const saved = await saveRegister(request(id, latest, o.rows));
            expect(saved.meta.id).toBe(id);
            expect(saved.version).toBeGreaterThan(latest);
            model.get(id)?.set(saved.version, o.rows);
          } else if (o.op === 'concurrent' && id !== undefined) {
            const latest = Math.max(...(model.get(id)?.keys() ?? []));
            // Two tabs, both checked against the same latest version, saving at once.
            const [a, b] = await Promise.all([saveRegister(request(id, latest, o.rows[0])), saveRegister(request(id, latest, o.rows[1]))]);
            expect(new Set([a.version, b.version]).size).toBe(2);
            expect([a.meanwhile, b.meanwhile].filter((m) => m === 'newer')).toHaveLength(1);
            model.get(id)?.set(a.version, o.rows[0]);
            model.get(id)?.set(b.version, o.rows[1]);
          } else if (o.op === 'delete' && id !== undefined) {
            const versions = model.get(id);
            await deleteRegister(id, o.version);
            if (o.version === null) model.delete(id);
            else if (versions?.has(o.version)) {
              versions.delete(o.version);
              if (versions.size === 0) model.delete(id);
            }
          } else if (o.op === 'repair') {
            const r = await repairIndex();
            expect(r).not.toHaveProperty('failed');
          } else if (o.op === 'damage-index') await put('index', o.garbage);
          else if (o.op === 'damage-meta' && id !== undefined) await put(`meta:${id}`, o.garbage);

          // After every step: what is stored is what was saved (no loss, no overwrite) …
          const truth = await groundTruth();
          expect(Object.fromEntries([...truth].map(([k, v]) => [k, Object.fromEntries(v)]))).toEqual(Object.fromEntries([...model].map(([k, v]) => [k, Object.fromEntries(v)])));
          // … and every stored register is listed (with each stored version) or named as unreadable.
          const listed = await listRegisters();
          const health = await inspectIndex();
          const named = new Set(health.damaged.map((d) => d.id));
          for (const [storedId, versions] of truth) {
            const meta = listed.find((m) => m.id === storedId);
            if (meta) expect(versionsOf(meta).map((v) => v.version).sort()).toEqual([...versions.keys()].sort());
            else expect(named.has(storedId)).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a database without its store (an interrupted first open) gets the store back, and saving works', async () => {
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open(DB_NAME, 3);
      r.onupgradeneeded = () => r.result.createObjectStore('something-else');
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
      r.onerror = () => reject(r.error);
    });
    expect((await inspectIndex()).unavailable).toBe(false);
    const saved = await saveRegister(request(null, null, 2));
    expect((await listRegisters()).map((m) => m.id)).toEqual([saved.meta.id]);
  });

  it('a browser without IndexedDB: listing throws StorageUnavailableError, inspecting says unavailable, repair does not throw', async () => {
    closeDb();
    (globalThis as { indexedDB?: IDBFactory | undefined }).indexedDB = undefined;
    await expect(listRegisters()).rejects.toMatchObject({ name: 'StorageUnavailableError' });
    expect(await inspectIndex()).toMatchObject({ unavailable: true, damaged: [] });
    expect(await repairIndex()).toHaveProperty('failed');
  });
});
