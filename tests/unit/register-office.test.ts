// @vitest-environment node
// Registers as offices keep them: the SYNTHETIC fixtures of scripts/make-fixtures.mjs, and small
// tables built inline for each rule (header detection, units, places, categories, totals, versions).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegister, numbered, parseDate, parseEdition } from '../../src/domain/register/import';
import { plausibleUnit, readMoney, unitInHeader, unitInLine } from '../../src/domain/register/money';
import { matchPlace } from '../../src/domain/register/places';
import { chooseSheet, readTable } from '../../src/domain/register/read';
import { findTable, totalsKind } from '../../src/domain/register/table';
import { matchTerm } from '../../src/domain/register/values';
import { diffVersions } from '../../src/domain/register/versions';

const office = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/office/${name}`, import.meta.url)));
const locator = () => 'test';

async function sheetOf(name: string) {
  const table = await readTable(name, office(name));
  const sheet = chooseSheet(table.sheets, null);
  if (!sheet) throw new Error('no sheet');
  return { table, sheet, check: checkRegister(numbered(sheet.rows), locator) };
}

describe('a bureau workbook: title, 单位 line, two-row header, 合计, notes and a hidden sheet', () => {
  it('skips the hidden sheet and takes the first visible sheet whose header matches', async () => {
    const { table, sheet } = await sheetOf('bureau-register-v1.xlsx');
    expect(table.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['旧表', true],
      ['项目表', false],
      ['填表说明', false],
    ]);
    expect(sheet.name).toBe('项目表');
  });

  it('finds the header on row 3, flattens 投资额 over 亿元, and keeps the 单位 line as the unit', async () => {
    const { check } = await sheetOf('bureau-register-v1.xlsx');
    expect(check.layout).toMatchObject({ headerRow: 2, headerRows: 2, bodyStart: 4, unitLine: '亿元' });
    expect(check.layout.above[0]).toContain('2021年智博会重大项目签约情况表');
    expect(check.layout.headers[6]).toBe('投资额（亿元）');
    expect(check.units.amount).toMatchObject({ unit: '亿元', source: 'header', looksLike: null });
    expect(check.units.funds).toMatchObject({ unit: '亿元', source: 'unit-line' });
    expect(check.needsUnit).toEqual([]);
  });

  it('imports every project once, checks the 合计 row, and places functional areas as areas', async () => {
    const { check } = await sheetOf('bureau-register-v1.xlsx');
    expect(check.errors).toEqual([]);
    expect(check.projects).toHaveLength(6);
    expect(check.totals).toEqual([expect.objectContaining({ kind: 'total', label: '合计', stated: 290.5, rows: 290.5, covered: 6, matches: true })]);
    expect(check.projects.map((p) => p.area ?? p.district)).toEqual(['liangjiang', 'gaoxin', '500116', '500118', 'wansheng', '500110']);
  });

  it("lists the office's own categories with rows and amounts, rejecting none, and keeps unmapped columns", async () => {
    const { check } = await sheetOf('bureau-register-v1.xlsx');
    expect(check.unmatched.sector.map((u) => [u.value, u.rows, u.amount])).toEqual([
      ['汽车', 1, 120],
      ['新能源', 1, 80],
      ['电子信息', 1, 45.5],
      ['新材料', 1, 22],
      ['智能家居', 1, 15],
    ]);
    expect(check.unmatched.investor.map((u) => u.value)).toEqual(['国有企业']);
    expect(check.projects[5]).toMatchObject({ sector: 'smart-manufacturing', investor: 'private' });
    expect(check.projects[0]?.original).toEqual({ categories: { sector: '汽车', investor: '民营企业' }, extra: ['1', '张（虚构）'] });
    expect(check.extraHeaders).toEqual(['序号', '负责人']);
  });

  it('reads the progress columns: stage terms, funds in the stated unit, dates as written', async () => {
    const { check } = await sheetOf('bureau-register-v1.xlsx');
    expect(check.projects.map((p) => [p.progress?.stage, p.progress?.fundsInPlace, p.progress?.startDate])).toEqual([
      ['started', 30, '2022-03-15'],
      ['signed', 0, null],
      ['producing', 80, '2021-12-01'],
      ['started', 2.5, '2022-06-30'],
      ['signed', 0, null],
      ['started', 1, '2022-05'],
    ]);
    expect(check.present).toEqual(expect.arrayContaining(['stage', 'funds', 'startDate', 'sector', 'investor', 'partner']));
  });

  it('applies a value mapping and a changed column mapping without re-reading', async () => {
    const { sheet } = await sheetOf('bureau-register-v1.xlsx');
    const mapped = checkRegister(numbered(sheet.rows), locator, { settings: { values: { sector: { 汽车: 'smart-manufacturing', 新材料: 'new-materials-other' }, investor: { 国有企业: 'other' } } } });
    expect(mapped.projects[0]).toMatchObject({ sector: 'smart-manufacturing', original: { categories: { sector: '汽车' } } });
    expect(mapped.projects[4]).toMatchObject({ sector: 'new-materials-other', investor: 'other' });
    // Mapped values stay listed so the user can change them again.
    expect(mapped.unmatched.sector.map((u) => u.value)).toContain('汽车');
  });

  it('a new version: rows added, removed and changed, matched by name and place where no id is given', async () => {
    const v1 = (await sheetOf('bureau-register-v1.xlsx')).check.projects;
    const v2 = (await sheetOf('bureau-register-v2.xlsx')).check.projects;
    const diff = diffVersions(v1, v2);
    expect(diff).toMatchObject({ added: 1, removed: 1, changed: 2, unchanged: 3 });
    expect(diff.sample.added).toEqual(['测试项目庚（虚构）']);
    expect(diff.sample.removed).toEqual(['测试项目丁（虚构）']);
    expect(diff.sample.changed.map((c) => [c.name, c.fields])).toEqual([
      ['测试项目乙（虚构）', ['stage', 'funds']],
      ['测试项目己（虚构）', ['amount']],
    ]);
  });
});

describe('a GB18030 CSV in 万元 with 重庆市 prefixes', () => {
  it('reads the unit from the header and converts 350000万元 to 35亿元; a cell in 亿 under a 万元 header is an error', async () => {
    const { table, check } = await sheetOf('wanyuan-gb18030.csv');
    expect(table.encoding).toBe('gb18030');
    expect(check.units.amount).toMatchObject({ unit: '万元', source: 'header', looksLike: null });
    expect(check.projects.map((p) => [p.district ?? p.area, p.amount])).toEqual([
      ['500116', 35],
      ['500112', 3.5],
      ['500110', 1.2],
    ]);
    expect(check.errors).toEqual([{ row: 5, column: 'amount', value: '3.5亿', problem: 'ambiguous-unit' }]);
  });
});

describe('units are never guessed', () => {
  it('with no unit stated, the import waits for a confirmation and warns when the numbers look like 万元', async () => {
    const { sheet, check } = await sheetOf('no-unit.csv');
    expect(check.needsUnit).toEqual(['amount']);
    expect(check.units.amount).toMatchObject({ unit: null, source: 'none', looksLike: '万元' });
    const confirmed = checkRegister(numbered(sheet.rows), locator, { settings: { units: { amount: '万元' } } });
    expect(confirmed.needsUnit).toEqual([]);
    expect(confirmed.units.amount).toMatchObject({ unit: '万元', source: 'user', looksLike: null });
    expect(confirmed.projects.map((p) => p.amount)).toEqual([15, 8, 2.5]);
  });

  it('reads the cells offices write, in the column unit or their own', () => {
    const read = (v: string, unit: '亿元' | '万元' | null = '亿元') => {
      const r = readMoney(v, unit, null);
      return r.ok ? r.value : r.problem;
    };
    expect(read('3.5亿')).toBe(3.5);
    expect(read('35000万元', null)).toBe(3.5);
    expect(read('¥1,016')).toBe(1016);
    expect(read('１,０１６')).toBe(1016);
    expect(read('1 016.5')).toBe('space-in-number');
    expect(read('350000', '万元')).toBe(35);
    expect(read('35000万元')).toBe('ambiguous-unit');
    expect(read('35', null)).toBe('no-unit');
    expect(read('about 3')).toBe('not-a-number');
    expect(read('-1')).toBe('negative');
  });

  it('finds units in headers and 单位 lines, and warns on implausible medians', () => {
    expect(unitInHeader('投资额（万元）')).toBe('万元');
    expect(unitInHeader('计划总投资(亿元)')).toBe('亿元');
    expect(unitInHeader('签约金额/万元')).toBe('万元');
    expect(unitInHeader('amount (100 million yuan)')).toBe('亿元');
    expect(unitInHeader('项目名称')).toBeNull();
    expect(unitInLine('填报单位：某区   单位：万元')).toBe('万元');
    expect(unitInLine('金额单位:亿元')).toBe('亿元');
    expect(plausibleUnit([350000, 120000, 50000], '亿元')).toBe('万元');
    expect(plausibleUnit([35, 12, 5], '亿元')).toBeNull();
    expect(plausibleUnit([0.3, 0.5], '万元')).toBe('亿元');
  });
});

describe('totals, subtotals and section headings', () => {
  it('checks 小计 against the rows since the last one and 合计 against all, listing a mismatch', async () => {
    const { check } = await sheetOf('totals-mismatch.csv');
    expect(check.layout.unitLine).toBe('亿元');
    expect(check.projects).toHaveLength(3);
    expect(check.sections.map((s) => s.text)).toEqual(['一、智能制造', '二、数字经济']);
    expect(check.totals.map((t) => [t.row, t.kind, t.stated, t.rows, t.matches])).toEqual([
      [6, 'subtotal', 15, 15, true],
      [9, 'subtotal', 7, 7, true],
      [10, 'total', 30, 22, false],
    ]);
    expect(check.errors).toEqual([{ row: 10, column: 'amount', value: '30', problem: 'totals-mismatch' }]);
  });

  it('tells totals rows by their label, spaces inside too', () => {
    expect(totalsKind(['合  计', '', '100'])).toBe('total');
    expect(totalsKind(['', '总计', '100'])).toBe('total');
    expect(totalsKind(['小计'])).toBe('subtotal');
    expect(totalsKind(['其中：集中签约', '66'])).toBe('of-which');
    expect(totalsKind(['1', '合计智能产业园（虚构）', '綦江'])).toBe('total');
    expect(totalsKind(['1', '某项目', '合计'])).toBeNull();
  });
});

describe('places', () => {
  const place = (v: string) => {
    const p = matchPlace(v);
    return p === null ? null : p.kind === 'area' ? p.key : p.code;
  };
  it('districts by current or pre-2016 code, with or without 重庆市 / 区 / 县, short or English names', () => {
    expect(place('重庆市江津区')).toBe('500116');
    expect(place('永川')).toBe('500118');
    expect(place('500234')).toBe('500154');
    expect(place('500228')).toBe('500155');
    expect(place('Chongqing Yubei District')).toBe('500112');
    expect(place('江津区人民政府')).toBe('500116');
  });
  it('functional areas as areas, never as the district they lie in', () => {
    expect(place('两江新区')).toBe('liangjiang');
    expect(place('两江新区管委会')).toBe('liangjiang');
    expect(place('西部科学城重庆高新区')).toBe('gaoxin');
    expect(place('高新区')).toBe('gaoxin');
    expect(place('万盛经开区')).toBe('wansheng');
    expect(place('万盛经济技术开发区')).toBe('wansheng');
    expect(place('Liangjiang New Area')).toBe('liangjiang');
    expect(place('Atlantis')).toBeNull();
  });
});

describe('terms, dates and editions', () => {
  it('matches terms by key, label or alias', () => {
    expect(matchTerm('stage', '在建')).toBe('started');
    expect(matchTerm('stage', '竣工投产')).toBe('producing');
    expect(matchTerm('stage', '终止')).toBe('stopped');
    expect(matchTerm('investor', '民营企业')).toBe('private');
    expect(matchTerm('sector', 'Digital economy')).toBe('digital-economy');
    expect(matchTerm('sector', '汽车')).toBeNull();
  });
  it('reads dates and editions as offices write them, and nothing else', () => {
    expect(parseDate('2022-03-15')).toBe('2022-03-15');
    expect(parseDate('2022/6/30')).toBe('2022-06-30');
    expect(parseDate('2022年5月8日')).toBe('2022-05-08');
    expect(parseDate('2022年5月')).toBe('2022-05');
    expect(parseDate('44562')).toBe('2022-01-01');
    expect(parseDate('soon')).toBeNull();
    expect(parseDate('2022-13-01')).toBeNull();
    expect(parseEdition('2021')).toBe(2021);
    expect(parseEdition('2023年')).toBe(2023);
    expect(parseEdition('第四届')).toBe(2021);
    expect(parseEdition('明年')).toBeNull();
  });
});

describe('header detection: properties', () => {
  const place = fc.constantFrom('綦江', '500110', '重庆市江津区', '两江新区', 'Yubei', '永川');
  const row = fc.tuple(fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '' && totalsKind([s]) === null && !/^[一二三四五六七八九十]/.test(s)), place, fc.integer({ min: 1, max: 500 }).map(String));
  const above = fc.array(fc.constantFrom('2021年智博会重大项目签约情况表', '填报单位：虚构局', '单位：亿元', '', '（SYNTHETIC）'), { maxLength: 5 });
  it('any valid table with k title or unit lines above its header imports the same rows as without them', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), above, (rows, lines) => {
        const header = ['项目名称', '区县', '投资额（亿元）'];
        const plain = checkRegister(numbered([header, ...rows]), locator);
        const titled = checkRegister(numbered([...lines.map((l) => [l]), header, ...rows]), locator);
        expect(titled.layout.headerRow).toBe(lines.length);
        expect(titled.projects.map((p) => [p.name.zh, p.district, p.area, p.amount])).toEqual(plain.projects.map((p) => [p.name.zh, p.district, p.area, p.amount]));
        expect(titled.rowsRead).toBe(rows.length);
        // No non-blank row is dropped silently.
        expect(titled.projects.length + titled.rowsRejected).toBe(titled.rowsRead);
      }),
      { numRuns: 200 },
    );
  });

  it('the header is the row that names the required fields, even below a title that mentions 项目', () => {
    const t = findTable([['重大项目签约情况'], ['填报单位：x', '', '单位：万元'], ['序号', '项目名称', '属地', '计划总投资'], ['1', 'a', '綦江', '5']]);
    expect(t).toMatchObject({ headerRow: 2, unitLine: '万元', headerRows: 1 });
  });
});
