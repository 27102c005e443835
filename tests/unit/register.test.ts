// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { validateRegisterDataset } from '../../src/data/validate';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { mapHeaders } from '../../src/domain/register/fields';
import { checkRegister, decodeBytes, errorTable, numbered, parseCsv } from '../../src/domain/register/import';
import { readMoney } from '../../src/domain/register/money';
import { matchPlace } from '../../src/domain/register/places';
import { fromColumns, toColumns } from '../../src/domain/register/columns';
import { registerDataset } from '../../src/domain/register/dataset';
import { reconcile } from '../../src/domain/register/reconcile';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const locator = (row: number) => `row ${row}`;

describe('register import: reading files', () => {
  it('decodes GB18030 (as Chinese office software saves CSV) and UTF-8 with or without BOM', () => {
    const gb = decodeBytes(fixture('register-gb18030.csv'));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.text).toContain('綦江区');
    const utf8 = decodeBytes(new TextEncoder().encode('\uFEFF项目名称'));
    expect(utf8).toEqual({ text: '项目名称', encoding: 'utf-8' });
    expect(decodeBytes(new TextEncoder().encode('区县')).encoding).toBe('utf-8');
  });

  it('maps zh and en headers, reports unknown and missing ones', () => {
    const m = mapHeaders(['项目名称', '区县', '投资额（亿元）', '备注', '负责人']);
    expect(m.columns).toMatchObject({ project: 0, district: 1, amount: 2, note: 3, sector: null });
    expect(m.unknown).toEqual(['负责人']);
    expect(m.missing).toEqual([]);
    expect(mapHeaders(['Project', 'District']).missing).toEqual(['amount']);
    expect(mapHeaders(['amount', 'Investment']).duplicates).toEqual(['Investment']);
  });

  it('matches districts by code (current and 2016), zh name with or without 区/县, and en name', () => {
    const code = (v: string) => {
      const p = matchPlace(v);
      return p?.kind === 'district' ? p.code : null;
    };
    for (const v of ['500110', '綦江区', '綦江', 'Qijiang District', 'qijiang']) expect(code(v)).toBe('500110');
    expect(code('500228')).toBe('500155');
    expect(code('石柱')).toBe('500240');
    expect(matchPlace('Atlantis')).toBeNull();
  });

  it('reads amounts in 亿元 with separators or units, and nothing else', () => {
    const yi = (v: string) => {
      const r = readMoney(v, '亿元');
      return r.ok ? r.value : r.problem;
    };
    expect(yi('35')).toBe(35);
    expect(yi('1,016')).toBe(1016);
    expect(yi('35 亿元')).toBe(35);
    expect(yi('-3')).toBe('negative');
    expect(yi('lots')).toBe('not-a-number');
  });
});

describe('register import: row by row', () => {
  it('imports a GB18030 file with zh headers and zh values', () => {
    const { text } = decodeBytes(fixture('register-gb18030.csv'));
    const check = checkRegister(numbered(parseCsv(text).rows), locator);
    expect(check.errors).toEqual([]);
    expect(check.projects.map((p) => [p.district, p.sector, p.investor, p.amount, p.signing])).toEqual([
      ['500110', 'smart-manufacturing', 'private', 35, 'venue-offline'],
      ['500102', 'digital-economy', 'private', 18, 'venue-online'],
      ['500231', 'health', 'other', 10, 'off-site'],
    ]);
  });

  it('keeps good rows, lists every bad one with row, column and reason, and counts blank rows', () => {
    const { text } = decodeBytes(fixture('register-mixed.csv'));
    const check = checkRegister(numbered(parseCsv(text).rows), locator);
    // An office's own sector (space mining) is kept as unclassified with its text, never rejected.
    expect(check.projects.map((p) => p.id)).toEqual(['a1', 'a2', 'a7', 'a9']);
    expect(check.projects.find((p) => p.id === 'a7')).toMatchObject({ sector: null, original: { categories: { sector: 'space mining' } } });
    expect(check.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [4, 'district', 'unknown-district'],
      [5, 'amount', 'not-a-number'],
      [6, 'amount', 'negative'],
      [7, 'district', 'missing'],
      [10, 'project', 'missing'],
    ]);
    expect(check).toMatchObject({ rowsRead: 9, rowsRejected: 5, blankRows: 1 });
    const quoted = check.projects.find((p) => p.id === 'a9');
    expect(quoted).toMatchObject({ name: { zh: 'Quoted, with comma' }, partner: { zh: 'Firm "I"' }, district: '500155', amount: 1016 });
    expect(errorTable(check.errors)[1]).toEqual(['4', 'district', 'Atlantis', 'unknown-district']);
  });

  it('keeps unknown investor types and signing modes as unclassified with their text, and rejects a missing district or amount', () => {
    const check = checkRegister(
      numbered([
        ['project', 'district', 'amount', 'investor type', 'signing mode'],
        ['A', '500110', '1', 'aliens', ''],
        ['B', '500110', '1', '', 'by pigeon'],
        ['C', '', '1', '', ''],
        ['D', '500110', '', '', ''],
        ['E', 'Yubei', '2', '央企', 'off-site '],
      ]),
      locator,
    );
    expect(check.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [4, 'district', 'missing'],
      [5, 'amount', 'missing'],
    ]);
    expect(check.projects.map((p) => [p.name.zh, p.district, p.investor, p.signing, p.original?.categories])).toEqual([
      ['A', '500110', null, null, { investor: 'aliens' }],
      ['B', '500110', null, null, { signing: 'by pigeon' }],
      ['E', '500112', 'central-soe', 'off-site', undefined],
    ]);
    expect(check.unmatched.investor).toEqual([{ value: 'aliens', rows: 1, amount: 1 }]);
  });

  it('refuses a file whose required columns are missing, importing nothing', () => {
    const check = checkRegister(numbered([['project', 'partner'], ['x', 'y']]), locator);
    expect(check.mapping.missing).toEqual(['district', 'amount']);
    expect(check.projects).toEqual([]);
  });
});

describe('register import: the resulting dataset', () => {
  const { text } = decodeBytes(fixture('register-mixed.csv'));
  const check = checkRegister(numbered(parseCsv(text).rows), locator);
  const dataset = registerDataset(check.projects, { id: 'test-register', name: 'test.csv', importedAt: '2026-11-25T10:00:00Z' });

  it('is stored column by column and comes back as the same rows, sharing one source object', () => {
    const mixed = checkRegister(numbered(parseCsv(text).rows), () => 'register-mixed.csv');
    const back = fromColumns(structuredClone(toColumns(mixed.projects, 'register-mixed.csv', mixed.extraHeaders)));
    expect(back).toEqual(mixed.projects);
    expect(back[0]?.source).toBe(back[1]?.source);
  });

  it('passes the dataset validator, with the register as a resolvable source', () => {
    expect(validateRegisterDataset(dataset)).toEqual([]);
  });

  it('drives every panel with basis complete', () => {
    const v = computeView(dataset, EMPTY_FILTERS);
    expect(v.status).toBe('complete');
    expect(v.kpis.projects).toMatchObject({ value: 4, basis: 'complete', fullPublished: true });
    expect(v.kpis.investment.value).toBe(1070.5);
    expect(v.charts.sector.mode).toBe('complete');
    expect(v.map.cells.find((c) => c.code === '500110')?.projects).toBe(2);
  });

  it('reconciles the register with every published total and breakdown', () => {
    const lines = reconcile(check.projects, DATASET);
    expect(lines[0]).toEqual({ dimension: 'total', key: 'all', published: { projects: 92, amount: 2524 }, register: { projects: 4, amount: 1070.5 } });
    expect(lines.find((l) => l.dimension === 'sectors' && l.key === 'smart-manufacturing')).toMatchObject({ published: { projects: 32, amount: 1016 }, register: { projects: 1, amount: 35 } });
    expect(lines.find((l) => l.dimension === 'sizes' && l.key === '5-10')).toMatchObject({ published: { projects: 11, amount: null } });
    expect(lines).toHaveLength(1 + 5 + 4 + 3 + 3);
  });
});
