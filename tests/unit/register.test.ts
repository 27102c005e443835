// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { validateRegisterDataset } from '../../src/data/validate';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { mapHeaders } from '../../src/domain/register/fields';
import { checkRegister, decodeBytes, errorTable, numbered, parseCsv, type ImportSettings } from '../../src/domain/register/import';
import { suggestTerm } from '../../src/domain/register/values';
import { showsReconciliation } from '../../src/domain/basis-policy';
import { zh } from '../../src/i18n/zh-CN';
import { en } from '../../src/i18n/en';
import { checkIndex } from '../../src/storage/validate';
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

// Issue 22 (items 2, 5, 7): each rule on a table built inline.
describe('register import: units, duplicates and mapping help (issue 22)', () => {
  const check = (rows: string[][], settings: ImportSettings = {}) => checkRegister(numbered(rows), locator, { settings });
  const total = (c: ReturnType<typeof check>) => Math.round(c.projects.reduce((s, p) => s + (p.amount ?? 0), 0) * 1e6) / 1e6;

  it.each([
    // header / unit line / remembered / chosen now → unit, where it came from, the remembered one set aside
    { name: 'header beats remembered', rows: [['项目名称', '区县', '投资额（万元）'], ['A', '綦江区', '800'], ['B', '綦江区', '900']], remembered: '亿元', units: undefined, want: { unit: '万元', source: 'header', setAside: '亿元' }, sum: 0.17 },
    { name: '单位 line beats remembered', rows: [['单位：万元', '', ''], ['项目名称', '区县', '投资额'], ['A', '綦江区', '800'], ['B', '綦江区', '900']], remembered: '亿元', units: undefined, want: { unit: '万元', source: 'unit-line', setAside: '亿元' }, sum: 0.17 },
    { name: 'remembered where the file states none', rows: [['项目名称', '区县', '投资额'], ['A', '綦江区', '8'], ['B', '綦江区', '9']], remembered: '亿元', units: undefined, want: { unit: '亿元', source: 'remembered', setAside: null }, sum: 17 },
    { name: 'same unit remembered: nothing set aside', rows: [['项目名称', '区县', '投资额（万元）'], ['A', '綦江区', '800']], remembered: '万元', units: undefined, want: { unit: '万元', source: 'header', setAside: null }, sum: 0.08 },
    { name: 'a choice made in this import beats the header', rows: [['项目名称', '区县', '投资额（万元）'], ['A', '綦江区', '8']], remembered: '万元', units: '亿元', want: { unit: '亿元', source: 'user', setAside: null }, sum: 8 },
  ] as const)('units: $name', ({ rows, remembered, units, want, sum }) => {
    const c = check(
      rows.map((r) => [...r]),
      { remembered: { amount: remembered }, ...(units ? { units: { amount: units } } : {}) },
    );
    expect(c.units.amount).toMatchObject(want);
    expect(c.needsUnit).toEqual([]);
    expect(total(c)).toBe(sum);
  });

  it('units: 100000 and 200000 read as 亿元 look like 万元 (a warning the dialog makes the user confirm)', () => {
    const c = check([['项目名称', '区县', '投资额'], ['A', '綦江区', '100000'], ['B', '綦江区', '200000']], { remembered: { amount: '亿元' } });
    expect(c.units.amount).toMatchObject({ unit: '亿元', source: 'remembered', looksLike: '万元' });
  });

  const ids = [
    ['编号', '项目名称', '区县', '投资额（亿元）'],
    ['P1', '甲', '綦江区', '1'],
    ['p1', '乙', '綦江区', '2'],
    ['Ｐ１', '丙', '綦江区', '3'],
    ['Q', '丁', '渝北区', '4'],
    ['R', '丁', '渝北区', '5'],
  ];

  it('duplicates: the same id across case and width, and the same name and place, listed with the rows as the file numbers them', () => {
    const c = check(ids);
    expect(c.duplicates).toEqual([
      { kind: 'id', value: 'P1', rows: [2, 3, 4], reportDate: null },
      { kind: 'name-place', value: '丁', rows: [5, 6], reportDate: null },
    ]);
    // Keep both (the default): every row counted, none rejected.
    expect(c.projects.map((p) => p.id)).toEqual(['P1', 'p1', 'Ｐ１', 'Q', 'R']);
    expect(c.errors).toEqual([]);
  });

  it('duplicates: keep the later — the earlier rows become rows not imported, with the reason', () => {
    const c = check(ids, { duplicates: 'keep-later' });
    expect(c.projects.map((p) => p.id)).toEqual(['Ｐ１', 'R']);
    expect(c.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [2, 'id', 'duplicate-earlier'],
      [3, 'id', 'duplicate-earlier'],
      [5, 'project', 'duplicate-earlier'],
    ]);
    expect(c.rowsRejected).toBe(3);
    expect(c.duplicates).toHaveLength(2);
  });

  it('duplicates: one row per report date is a history, not a duplicate; twice on one date is', () => {
    const c = check([
      ['编号', '项目名称', '区县', '投资额（亿元）', '填报日期'],
      ['P1', '甲', '綦江区', '1', '2021-08-23'],
      ['P1', '甲', '綦江区', '1', '2021-08-24'],
      ['P2', '乙', '綦江区', '2', '2021-08-24'],
      ['p2', '乙', '綦江区', '2', '2021-08-24'],
    ]);
    expect(c.duplicates).toEqual([{ kind: 'id', value: 'P2', rows: [4, 5], reportDate: '2021-08-24' }]);
  });

  it('duplicates: kept both, an id repeated exactly is told apart by its row number', () => {
    const c = check([
      ['编号', '项目名称', '区县', '投资额（亿元）'],
      ['P1', '甲', '綦江区', '1'],
      ['P1', '乙', '綦江区', '2'],
    ]);
    expect(c.projects.map((p) => p.id)).toEqual(['P1', 'P1#3']);
    expect(validateRegisterDataset(registerDataset(c.projects, { id: 'r-dup', name: 'dup', importedAt: '2026-12-03T10:00:00Z' }))).toEqual([]);
  });

  it('auto ids never equal an id from the file', () => {
    const c = check([
      ['编号', '项目名称', '区县', '投资额（亿元）'],
      ['ROW-3', '甲', '綦江区', '1'],
      ['', '乙', '綦江区', '2'],
      ['row-3-2', '丙', '綦江区', '3'],
    ]);
    expect(c.projects.map((p) => p.id)).toEqual(['ROW-3', 'row-3-3', 'row-3-2']);
    expect(c.duplicates).toEqual([]);
  });

  it.each([
    ['sector', '新材料', 'new-materials-other'],
    ['sector', '汽车', null],
    ['sector', '电子信息', null],
    ['sector', '大健康医药', 'health'],
    ['investor', '国企', null],
    ['investor', '民营', 'private'],
    ['stage', '在建中', 'started'],
    ['sector', '新', null],
  ] as const)('mapping help: %s value %s → %s', (field, value, key) => {
    expect(suggestTerm(field, value)?.key ?? null).toBe(key);
  });

  it('values present but not mapped are counted apart from values absent ("5 个行业取值未对应")', () => {
    const rows = [['项目名称', '区县', '投资额（亿元）', '行业']];
    for (let i = 0; i < 5; i++) rows.push([`新材料项目${i}`, '綦江区', '1', '新材料']);
    rows.push(['无行业项目', '綦江区', '1', '']);
    rows.push(['制造项目', '綦江区', '1', '智能制造']);
    const c = check(rows);
    const v = computeView(registerDataset(c.projects, { id: 'r-map', name: 'map', importedAt: '2026-12-03T10:00:00Z' }), EMPTY_FILTERS);
    expect(v.charts.sector).toMatchObject({ unclassified: 6, unmapped: 5 });
    expect(zh.wording.register.unmappedRows(5, 'sectors')).toBe('5 个行业取值未对应（文件填写了，但未对应到看板的分类）。');
    expect(en.wording.register.unmappedRows(5, 'sectors')).toMatch(/^5 sector values not matched/);
    expect(en.wording.register.unmappedRows(1, 'sectors')).toMatch(/^1 sector value not matched/);
    // Once mapped (the user confirmed the suggestion), nothing is left unmatched.
    const mapped = check(rows, { values: { sector: { 新材料: 'new-materials-other' } } });
    const after = computeView(registerDataset(mapped.projects, { id: 'r-map', name: 'map', importedAt: '2026-12-03T10:00:00Z' }), EMPTY_FILTERS);
    expect(after.charts.sector).toMatchObject({ unclassified: 1, unmapped: 0 });
  });

  it('the reconciliation with the published 92 is shown only for a register marked the full 2021 list', () => {
    const c = check([['项目名称', '区县', '投资额（亿元）'], ['A', '綦江区', '1']]);
    const info = (fullList2021?: boolean) => ({ version: 1, versions: [], origin: 'browser' as const, extraHeaders: [], columns: [], ...(fullList2021 === undefined ? {} : { fullList2021 }) });
    const ds = (fullList2021?: boolean) => registerDataset(c.projects, { id: 'r-x', name: 'x', importedAt: '2026-12-03T10:00:00Z', info: info(fullList2021) });
    expect([showsReconciliation(ds(true)), showsReconciliation(ds(false)), showsReconciliation(ds()), showsReconciliation(DATASET)]).toEqual([true, false, false, false]);
  });
});

describe('the full-list answer is stored with the register (issue 22 item 7)', () => {
  const entry = { id: 'r-abcdef12', name: 'Bureau', fileName: 'bureau.csv', importedAt: '2026-12-03T10:00:00Z', rows: 3, rejected: 0 };
  it.each([
    [entry, true, undefined],
    [{ ...entry, fullList2021: true }, true, true],
    [{ ...entry, fullList2021: false }, true, false],
    [{ ...entry, fullList2021: 'yes' }, false, undefined],
  ])('index entry %j: valid %s, fullList2021 %s', (raw, valid, full) => {
    const r = checkIndex([raw]);
    expect(r.registers.length === 1).toBe(valid);
    if (valid) expect(r.registers[0]?.fullList2021).toBe(full);
  });
});
