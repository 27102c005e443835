/**
 * The dataset of a checked register: its rows, its versions and its own totals, cited to the
 * register itself (every figure basis "complete"). Nothing of the published figures is copied
 * in; the sources list is the published one plus the register, because the panels shown
 * beside it (editions, map geometry) still cite the published sources.
 */
import { SOURCES } from '../../data/sources';
import type { ItemizedProject, RegisterDataset, RegisterInfo, Source } from '../../data/types';
import { DISTRICTS } from '../../data/districts';

export interface RegisterDatasetMeta {
  id: string;
  name: string;
  importedAt: string;
  fileName?: string;
  rejected?: number;
  /** About the register (versions, origin, kept columns); a bare register when absent. */
  info?: Omit<RegisterInfo, 'id' | 'name' | 'fileName'>;
}

/** A dataset built from a checked register: every figure is computed from its rows (basis complete). */
export function registerDataset(projects: ItemizedProject[], meta: RegisterDatasetMeta): RegisterDataset {
  const file = meta.fileName ?? meta.name;
  const rejected = meta.rejected ?? 0;
  const info: RegisterInfo = {
    id: meta.id,
    name: meta.name,
    fileName: file,
    ...(meta.info ?? { version: 1, versions: [{ version: 1, fileName: file, importedAt: meta.importedAt, rows: projects.length }], origin: 'browser', extraHeaders: [], columns: [] }),
  };
  const versionNote = info.versions.length > 1 ? { zh: `，第 ${info.version} 版（共 ${info.versions.length} 版）`, en: `, version ${info.version} of ${info.versions.length}` } : { zh: '', en: '' };
  const source: Source = {
    id: 'R',
    publication: info.origin === 'site' ? { zh: '随本站发布的名录', en: 'Register published with this site' } : { zh: '本浏览器导入的名录', en: 'Register imported in this browser' },
    headline: meta.name,
    about: { zh: `文件 ${file}`, en: `file ${file}` },
    date: meta.importedAt.slice(0, 10),
    page: null,
    // Held only in this browser: there is no public address to cite.
    url: null,
    note: null,
    use: {
      zh: `${info.origin === 'site' ? '随本站发布' : '用户导入'}的完整项目名录：文件 ${file}${versionNote.zh}，导入 ${projects.length} 行，拒收 ${rejected} 行`,
      en: `Full project register ${info.origin === 'site' ? 'published with this site' : 'imported by the user'}: file ${file}${versionNote.en}, ${projects.length} rows imported, ${rejected} rejected`,
    },
  };
  // To 1万元, the finest unit a register states (a total of 800万 and 900万 is 0.17亿元, not 0.2).
  const amount = Math.round(projects.reduce((s, r) => s + (r.amount ?? 0), 0) * 1e4) / 1e4;
  const fact = (value: number) => ({ value, basis: 'published' as const, source: { id: 'R' as const, locator: meta.name } });
  return {
    id: meta.id,
    kind: 'register',
    title: { zh: meta.name, en: meta.name },
    sources: [...SOURCES, source],
    districts: DISTRICTS,
    totals: { projects: fact(projects.length), investment: fact(amount) },
    projects,
    register: info,
  };
}
