// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { validateDataset } from '../../src/data/validate';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { mapHeaders, matchDistrict } from '../../src/domain/register/fields';
import { checkRegister, decodeBytes, errorTable, parseAmount, parseCsv } from '../../src/domain/register/import';
import { fromColumns, toColumns } from '../../src/domain/register/columns';
import { reconcile, registerDataset } from '../../src/domain/register/reconcile';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh-CN';

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
    for (const v of ['500110', '綦江区', '綦江', 'Qijiang District', 'qijiang']) expect(matchDistrict(v)?.code).toBe('500110');
    expect(matchDistrict('500228')?.code).toBe('500155');
    expect(matchDistrict('石柱')?.code).toBe('500240');
    expect(matchDistrict('Atlantis')).toBeNull();
  });

  it('reads amounts in 亿元 with separators or units, and nothing else', () => {
    expect(parseAmount('35')).toBe(35);
    expect(parseAmount('1,016')).toBe(1016);
    expect(parseAmount('35 亿元')).toBe(35);
    expect(parseAmount('-3')).toBe(-3);
    expect(parseAmount('lots')).toBeNaN();
  });
});

describe('register import: row by row', () => {
  it('imports a GB18030 file with zh headers and zh values', () => {
    const { text } = decodeBytes(fixture('register-gb18030.csv'));
    const check = checkRegister(parseCsv(text).rows, [zh, en], locator);
    expect(check.errors).toEqual([]);
    expect(check.projects.map((p) => [p.district, p.sector, p.investor, p.amount, p.signing])).toEqual([
      ['500110', 'smart-manufacturing', 'private', 35, 'venue-offline'],
      ['500102', 'digital-economy', 'private', 18, 'venue-online'],
      ['500231', 'health', 'other', 10, 'off-site'],
    ]);
  });

  it('keeps good rows, lists every bad one with row, column and reason, and counts blank rows', () => {
    const { text } = decodeBytes(fixture('register-mixed.csv'));
    const check = checkRegister(parseCsv(text).rows, [zh, en], locator);
    expect(check.projects.map((p) => p.id)).toEqual(['a1', 'a2', 'a9']);
    expect(check.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [4, 'district', 'unknown-district'],
      [5, 'amount', 'not-a-number'],
      [6, 'amount', 'negative'],
      [7, 'id', 'duplicate-id'],
      [9, 'sector', 'unknown-sector'],
      [10, 'project', 'missing'],
    ]);
    expect(check).toMatchObject({ rowsRead: 9, rowsRejected: 6, blankRows: 1 });
    const quoted = check.projects.find((p) => p.id === 'a9');
    expect(quoted).toMatchObject({ name: { zh: 'Quoted, with comma' }, partner: { zh: 'Firm "I"' }, district: '500155', amount: 1016 });
    expect(errorTable(check.errors)[1]).toEqual(['4', 'district', 'Atlantis', 'unknown-district']);
  });

  it('rejects unknown investor types and signing modes, and a missing district or amount', () => {
    const check = checkRegister(
      [
        ['project', 'district', 'amount', 'investor type', 'signing mode'],
        ['A', '500110', '1', 'aliens', ''],
        ['B', '500110', '1', '', 'by pigeon'],
        ['C', '', '1', '', ''],
        ['D', '500110', '', '', ''],
        ['E', 'Yubei', '2', '央企', 'off-site '],
      ],
      [zh, en],
      locator,
    );
    expect(check.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [2, 'investor', 'unknown-investor'],
      [3, 'signing', 'unknown-signing'],
      [4, 'district', 'missing'],
      [5, 'amount', 'missing'],
    ]);
    expect(check.projects.map((p) => [p.district, p.investor, p.signing])).toEqual([['500112', 'central-soe', 'off-site']]);
  });

  it('refuses a file whose required columns are missing, importing nothing', () => {
    const check = checkRegister([['project', 'partner'], ['x', 'y']], [zh, en], locator);
    expect(check.mapping.missing).toEqual(['district', 'amount']);
    expect(check.projects).toEqual([]);
  });
});

describe('register import: the resulting dataset', () => {
  const { text } = decodeBytes(fixture('register-mixed.csv'));
  const check = checkRegister(parseCsv(text).rows, [zh, en], locator);
  const dataset = registerDataset(check.projects, DATASET, { id: 'test-register', name: 'test.csv', importedAt: '2026-11-25T10:00:00Z' });

  it('is stored column by column and comes back as the same rows, sharing one source object', () => {
    const mixed = checkRegister(parseCsv(text).rows, [zh, en], () => 'register-mixed.csv');
    const back = fromColumns(structuredClone(toColumns(mixed.projects, 'register-mixed.csv')));
    expect(back).toEqual(mixed.projects);
    expect(back[0]?.source).toBe(back[1]?.source);
  });

  it('passes the dataset validator, with the register as a resolvable source', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('drives every panel with basis complete', () => {
    const v = computeView(dataset, EMPTY_FILTERS);
    expect(v.status).toBe('complete');
    expect(v.kpis.projects).toMatchObject({ value: 3, basis: 'complete', fullPublished: true });
    expect(v.kpis.investment.value).toBe(1063.5);
    expect(v.charts.sector.mode).toBe('complete');
    expect(v.map.cells.find((c) => c.code === '500110')?.projects).toBe(1);
  });

  it('reconciles the register with every published total and breakdown', () => {
    const lines = reconcile(check.projects, DATASET);
    expect(lines[0]).toEqual({ dimension: 'total', key: 'all', published: { projects: 92, amount: 2524 }, register: { projects: 3, amount: 1063.5 } });
    expect(lines.find((l) => l.dimension === 'sectors' && l.key === 'smart-manufacturing')).toMatchObject({ published: { projects: 32, amount: 1016 }, register: { projects: 1, amount: 35 } });
    expect(lines.find((l) => l.dimension === 'sizes' && l.key === '5-10')).toMatchObject({ published: { projects: 11, amount: null } });
    expect(lines).toHaveLength(1 + 5 + 4 + 3 + 3);
  });
});
