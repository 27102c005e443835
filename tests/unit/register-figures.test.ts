// @vitest-environment node
// Every figure right (issue 22): several report dates counted per project, numbers read one
// way, one limit shared by the importer and storage, impossible dates — on small inline tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types';
import { currentRows, reportRule } from '../../src/domain/current-rows';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { computeProgress } from '../../src/domain/progress-view';
import { fromColumns, toColumns } from '../../src/domain/register/columns';
import { registerDataset } from '../../src/domain/register/dataset';
import { checkRegister, numbered, parseDate, readDate } from '../../src/domain/register/import';
import { limitDetail, STORED_LIMITS } from '../../src/domain/register/limits';
import { readMoney } from '../../src/domain/register/money';
import { packColumns, rowsFromPacked } from '../../src/domain/register/packed';
import { checkKeptHeaders, ReadError } from '../../src/domain/register/read';
import { makeI18n } from '../../src/i18n/i18n';
import { checkColumns, MAX_STORED_AMOUNT } from '../../src/storage/validate';

const locator = () => 'register.csv';
/** A CSV-like table written inline: rows of cells split on "|". */
const table = (...lines: string[]) => lines.map((l) => l.split('|'));
const check = (...lines: string[]) => checkRegister(numbered(table(...lines)), locator);
const dataset = (c: ReturnType<typeof check>): Dataset =>
  registerDataset(c.projects, { id: 'r-figures', name: 'test', fileName: 'test.csv', importedAt: '2026-12-01', info: { version: 1, versions: [], origin: 'browser', extraHeaders: c.extraHeaders, columns: c.present } });
const zh = makeI18n('zh-CN', 'register');
const en = makeI18n('en', 'register');

describe('several report dates: each project by its own latest report', () => {
  it('the issue table, row 1: four projects on 2021-08-23 and one on 2021-08-24 are 5 projects, 105亿, and the KPIs say the rule', () => {
    const c = check(
      '项目名称|区县|投资额（亿元）|填报日期',
      '甲|綦江|10|2021-08-23',
      '乙|綦江|20|2021-08-23',
      '丙|涪陵|30|2021-08-23',
      '丁|涪陵|40|2021-08-23',
      '戊|永川|5|2021-08-24',
    );
    expect(c.errors).toEqual([]);
    const v = computeView(dataset(c), EMPTY_FILTERS);
    expect(v.kpis.projects.value).toBe(5);
    expect(v.kpis.investment.value).toBe(105);
    expect(v.kpis.projects.coverage?.reports).toEqual({ rule: 'latest-per-project', projects: 5, from: '2021-08-23', to: '2021-08-24', undated: 0, superseded: 0 });
    const rule = v.kpis.projects.coverage?.reports;
    if (!rule) throw new Error('no rule');
    expect(zh.t.reportRule(rule)).toBe('按各项目最近一次填报统计；5 个项目，最近填报 2021-08-23 至 2021-08-24');
    expect(en.t.reportRule(rule)).toBe('Each project counted by its latest report: 5 projects, latest reports 2021-08-23 to 2021-08-24');
    // The charts, the map and the progress panel count the same rows.
    expect(v.charts.sector.coverage.reports?.projects).toBe(5);
    expect(v.map.coverage.reports?.projects).toBe(5);
    expect(computeProgress(dataset(c), EMPTY_FILTERS).rule).toMatchObject({ projects: 5, from: '2021-08-23', to: '2021-08-24' });
  });

  it('a project reported twice counts once, by its latest report: matched by id, else by name and place', () => {
    const c = check(
      '编号|项目名称|区县|投资额（亿元）|填报日期',
      'P1|甲|綦江|10|2021-07-31',
      'P1|甲（更名）|綦江|12|2021-08-31',
      '|乙|涪陵|20|2021-07-31',
      '|乙|涪陵|25|2021-08-31',
      'P3|丙|永川|30|2021-07-31',
      '|丙|永川|33|2021-08-31',
      // The same name and place under two ids: two projects.
      'P4|丁|江津|1|2021-08-31',
      'P5|丁|江津|2|2021-08-31',
    );
    expect(c.errors).toEqual([]);
    const d = dataset(c);
    expect(currentRows(d.projects).map((r) => r.amount)).toEqual([12, 25, 33, 1, 2]);
    const v = computeView(d, EMPTY_FILTERS);
    expect(v.kpis.projects.value).toBe(5);
    expect(v.kpis.investment.value).toBe(73);
    expect(reportRule(d.projects)).toEqual({ rule: 'latest-per-project', projects: 5, from: '2021-08-31', to: '2021-08-31', undated: 0, superseded: 3 });
    expect(zh.t.reportRule(reportRule(d.projects) ?? ({} as never))).toBe('按各项目最近一次填报统计；5 个项目，最近填报 2021-08-31（同一项目较早或无日期的 3 行填报未重复计入）');
  });

  it('the same id is a duplicate within one report only', () => {
    const c = check('编号|项目名称|区县|投资额（亿元）|填报日期', 'P1|甲|綦江|10|2021-07-31', 'P1|甲|綦江|12|2021/8/31', 'P1|甲|綦江|13|2021-08-31');
    // Listed for the user's choice (kept both by default), not rejected; the July report is history.
    expect(c.errors).toEqual([]);
    expect(c.duplicates.map((g) => [g.kind, g.rows, g.reportDate])).toEqual([['id', [3, 4], '2021-08-31']]);
    expect(computeView(dataset(c), EMPTY_FILTERS).kpis.investment.value).toBe(25);
  });

  it('one report listing a project twice counts both rows (the user kept both)', () => {
    const c = check('项目名称|区县|投资额（亿元）|填报日期', '甲|綦江|10|2021-08-31', '甲|綦江|5|2021-08-31', '甲|綦江|7|2021-07-31');
    const v = computeView(dataset(c), EMPTY_FILTERS);
    expect(v.kpis.projects.value).toBe(2);
    expect(v.kpis.investment.value).toBe(15);
  });

  it('a month-only report date is a remark, counted as that month (a day in that month is later)', () => {
    const c = check('项目名称|区县|投资额（亿元）|填报日期', '甲|綦江|10|2021-8', '甲|綦江|11|2021-08-15', '乙|涪陵|20|2021年8月');
    expect(c.errors).toEqual([]);
    expect(c.remarks.map((r) => [r.row, r.column, r.remark])).toEqual([
      [2, 'reportDate', 'month-only-date'],
      [4, 'reportDate', 'month-only-date'],
    ]);
    const d = dataset(c);
    expect(currentRows(d.projects).map((r) => r.amount)).toEqual([11, 20]);
    expect(reportRule(d.projects)).toMatchObject({ projects: 2, from: '2021-08', to: '2021-08-15', superseded: 1 });
  });

  it('an unreadable report date is a remark; the row is counted (never silently dropped) and the rule says how many have none', () => {
    const c = check('项目名称|区县|投资额（亿元）|填报日期', '甲|綦江|10|2021-08-23', '乙|涪陵|20|待定', '丙|永川|30|', '甲|綦江|9|不详');
    expect(c.remarks.map((r) => [r.row, r.remark])).toEqual([
      [3, 'unreadable-date'],
      [5, 'unreadable-date'],
    ]);
    const v = computeView(dataset(c), EMPTY_FILTERS);
    // 甲 counts by its dated report; 乙 and 丙 have none and count undated.
    expect(v.kpis.projects.value).toBe(3);
    expect(v.kpis.investment.value).toBe(60);
    const rule = v.kpis.projects.coverage?.reports;
    expect(rule).toEqual({ rule: 'latest-per-project', projects: 3, from: '2021-08-23', to: '2021-08-23', undated: 2, superseded: 1 });
    if (!rule) throw new Error('no rule');
    expect(zh.t.reportRule(rule)).toBe('按各项目最近一次填报统计；3 个项目，最近填报 2021-08-23；其中 2 个无可读的填报日期（同一项目较早或无日期的 1 行填报未重复计入）');
    expect(en.t.reportRule({ ...rule, projects: 1, undated: 0, superseded: 0 })).toBe('Each project counted by its latest report: 1 project, latest report of 2021-08-23');
  });

  it('a register without report dates is taken whole and states no rule', () => {
    const c = check('项目名称|区县|投资额（亿元）', '甲|綦江|10', '甲|綦江|10');
    const d = dataset(c);
    expect(currentRows(d.projects)).toBe(d.projects);
    expect(computeView(d, EMPTY_FILTERS).kpis.projects.coverage?.reports).toBeUndefined();
  });

  it('the filtered panels state the rule over their own rows', () => {
    const c = check('项目名称|区县|投资额（亿元）|填报日期', '甲|綦江|10|2021-08-23', '乙|涪陵|20|2021-08-24');
    const v = computeView(dataset(c), { ...EMPTY_FILTERS, districts: ['500110'] });
    expect(v.kpis.projects.coverage?.reports).toMatchObject({ projects: 1, from: '2021-08-23', to: '2021-08-23' });
  });
});

describe('numbers read one way', () => {
  const yi = (v: string) => {
    const r = readMoney(v, '亿元');
    return r.ok ? r.value : r.problem;
  };

  it('the issue table, row 3: 10,5 / 10，5 / １０,５ / 10 20 are four row errors with their reasons, nothing counted', () => {
    const c = check('项目名称|区县|投资额（亿元）', '甲|綦江|10,5', '乙|綦江|10，5', '丙|綦江|１０,５', '丁|綦江|10 20');
    expect(c.projects).toEqual([]);
    expect(c.errors.map((e) => [e.row, e.column, e.value, e.problem])).toEqual([
      [2, 'amount', '10,5', 'decimal-comma'],
      [3, 'amount', '10，5', 'decimal-comma'],
      [4, 'amount', '１０,５', 'decimal-comma'],
      [5, 'amount', '10 20', 'space-in-number'],
    ]);
    expect(c.rowsRejected).toBe(4);
  });

  it('thousands separators in groups of three are read; full-width digits too; anything else is refused', () => {
    expect(yi('1,234.5')).toBe(1234.5);
    expect(yi('12,345')).toBe(12345);
    expect(yi('1,234,567')).toBe(1234567);
    expect(yi('１２,３４５')).toBe(12345);
    expect(yi('１０.５')).toBe(10.5);
    expect(yi('10.5亿元')).toBe(10.5);
    expect(yi('35 亿元')).toBe(35);
    expect(yi('1,23')).toBe('decimal-comma');
    expect(yi('1234,567')).toBe('decimal-comma');
    expect(yi('1.234,5')).toBe('decimal-comma');
    expect(yi('12,34,567')).toBe('decimal-comma');
    expect(yi('1 234')).toBe('space-in-number');
    expect(yi('1.2.3')).toBe('not-a-number');
  });

  it('funds in place follow the same reading: an ambiguous number is a row error, not a remark', () => {
    const c = check('项目名称|区县|投资额（亿元）|到位资金（亿元）', '甲|綦江|10|2,5', '乙|綦江|10|2.5');
    expect(c.errors.map((e) => [e.row, e.column, e.problem])).toEqual([[2, 'funds', 'decimal-comma']]);
    expect(c.projects.map((p) => p.progress?.fundsInPlace)).toEqual([2.5]);
  });
});

describe('one limit: what the importer accepts, storage accepts', () => {
  it('an amount above the stored limit is a row error naming the limit; the limit itself imports and reads back', () => {
    expect(MAX_STORED_AMOUNT).toBe(STORED_LIMITS.amount);
    const c = check('项目名称|区县|投资额（亿元）', `甲|綦江|${STORED_LIMITS.amount + 1}`, `乙|綦江|${STORED_LIMITS.amount}`);
    expect(c.errors.map((e) => [e.row, e.problem])).toEqual([[2, 'above-limit']]);
    expect(c.projects.map((p) => p.amount)).toEqual([STORED_LIMITS.amount]);
    expect(checkColumns(toColumns(c.projects, 'register.csv', c.extraHeaders)).problems).toEqual([]);
    // In 万元 too: the limit is in 亿元, after the conversion.
    expect(readMoney('200000000000万元', null).ok).toBe(false);
    const words = (lang: 'zh-CN' | 'en') => import('../../src/i18n/import-messages').then((m) => m.importMessages(lang).problem['above-limit']);
    return Promise.all([words('zh-CN'), words('en')]).then(([z, e]) => {
      expect(z).toContain('10,000,000 亿元');
      expect(e).toContain('1,000 trillion yuan');
    });
  });

  it('funds above the limit are a row error too (storage checks funds as it checks amounts)', () => {
    const c = check('项目名称|区县|投资额（亿元）|到位资金（亿元）', `甲|綦江|10|${STORED_LIMITS.amount * 2}`);
    expect(c.errors.map((e) => [e.column, e.problem])).toEqual([['funds', 'above-limit']]);
  });

  it('a kept column header past the stored limit is a file error naming the limit; one at the limit is stored and reads back', () => {
    const long = 'x'.repeat(STORED_LIMITS.header + 1);
    const c = check(`项目名称|区县|投资额（亿元）|${long}`, '甲|綦江|10|a');
    expect(c.extraHeaders).toEqual([long]);
    let refused: unknown = null;
    try {
      checkKeptHeaders(c.extraHeaders);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(ReadError);
    expect((refused as ReadError).code).toBe('limit');
    expect(limitDetail((refused as ReadError).detail)).toMatchObject({ limit: 'header', actual: STORED_LIMITS.header + 1, max: STORED_LIMITS.header });
    // What storage would have said about it.
    expect(checkColumns(toColumns(c.projects, 'register.csv', c.extraHeaders)).repaired).toBeNull();
    const atLimit = check(`项目名称|区县|投资额（亿元）|${'y'.repeat(STORED_LIMITS.header)}`, '甲|綦江|10|a');
    expect(() => checkKeptHeaders(atLimit.extraHeaders)).not.toThrow();
    expect(checkColumns(toColumns(atLimit.projects, 'register.csv', atLimit.extraHeaders)).problems).toEqual([]);
  });
});

describe('impossible dates', () => {
  it('2021-02-31 and 2021-13-01 are row errors; 2024-02-29 is a date; unreadable text is a remark', () => {
    expect(readDate('2021-02-31')).toEqual({ ok: false, problem: 'impossible' });
    expect(readDate('2021-13-01')).toEqual({ ok: false, problem: 'impossible' });
    expect(readDate('2021年4月31日')).toEqual({ ok: false, problem: 'impossible' });
    expect(readDate('2024-02-29')).toEqual({ ok: true, date: '2024-02-29', precision: 'day' });
    expect(readDate('2023-02-29')).toEqual({ ok: false, problem: 'impossible' });
    expect(readDate('2021-8')).toEqual({ ok: true, date: '2021-08', precision: 'month' });
    expect(readDate('soon')).toEqual({ ok: false, problem: 'unreadable' });
    expect(parseDate('2021-02-31')).toBeNull();
    const c = check('项目名称|区县|投资额（亿元）|开工日期|填报日期', '甲|綦江|10|2021-02-31|2021-08-23', '乙|綦江|10|2021-02-28|2021-04-31', '丙|綦江|10|2021-03|2021-08-23');
    expect(c.errors.map((e) => [e.row, e.column, e.value, e.problem])).toEqual([
      [2, 'startDate', '2021-02-31', 'impossible-date'],
      [3, 'reportDate', '2021-04-31', 'impossible-date'],
    ]);
    // A start date to the month is how offices write it: no remark.
    expect(c.remarks).toEqual([]);
    expect(c.projects.map((p) => p.progress?.startDate)).toEqual(['2021-03']);
  });
});

describe('property: the panels show what storage holds, which is what the file accepted', () => {
  const place = fc.constantFrom('綦江', '涪陵', '永川', '两江新区', '500110');
  const amount = fc.oneof(fc.integer({ min: 0, max: 5000 }).map(String), fc.integer({ min: 1, max: 99999 }).map((n) => (n / 10).toFixed(1)), fc.constantFrom('10,5', '10 20', '1,234.5', '１２', '-3', 'x', '', String(STORED_LIMITS.amount + 1)));
  const date = fc.constantFrom('2021-08-23', '2021-08-24', '2021-8', '2021-02-31', '待定', '');
  const id = fc.constantFrom('', 'P1', 'P2', 'P3');
  const name = fc.constantFrom('甲', '乙', '丙', '丁');
  const line = fc.tuple(id, name, place, amount, date).map((cells) => cells.join('|'));

  it('for any table: engine totals = sums over the stored record (validate and pack round trip) = sums over the accepted rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 25 }), async (lines) => {
        const c = check('编号|项目名称|区县|投资额（亿元）|填报日期', ...lines);
        // Accepted rows, and the file's rows: every row is accepted or rejected, none vanishes.
        expect(c.projects.length + c.rowsRejected).toBe(c.rowsRead);
        const accepted = currentRows(c.projects);
        const acceptedSum = accepted.reduce((s, p) => s + (p.amount ?? 0), 0);
        // What storage holds: the record passes the storage check unchanged, and reads back packed.
        const stored = toColumns(c.projects, 'register.csv', c.extraHeaders);
        const checked = checkColumns(structuredClone(stored));
        expect(checked.problems).toEqual([]);
        if (!checked.repaired) throw new Error('not stored');
        const back = await rowsFromPacked(packColumns(checked.repaired), () => Promise.resolve());
        expect(back).toEqual(fromColumns(stored));
        const storedCurrent = currentRows(back);
        const storedSum = storedCurrent.reduce((s, p) => s + (p.amount ?? 0), 0);
        expect(storedCurrent.length).toBe(accepted.length);
        expect(storedSum).toBeCloseTo(acceptedSum, 6);
        // What the panels show, from the stored rows.
        const d = registerDataset(back, { id: 'r-prop', name: 'p', importedAt: '2026-12-01' });
        const v = computeView(d, EMPTY_FILTERS);
        expect(v.kpis.projects.value).toBe(storedCurrent.length);
        expect(v.kpis.investment.value).toBeCloseTo(Math.round(storedSum * 10) / 10, 6);
        const mapped = v.map.cells.reduce((s, x) => s + x.projects, 0) + v.map.areas.reduce((s, x) => s + x.projects, 0);
        expect(mapped).toBe(storedCurrent.length);
        const sectors = v.charts.sector.bars.reduce((s, b) => s + b.projects.value, 0) + v.charts.sector.unclassified;
        expect(sectors).toBe(storedCurrent.length);
        // The rule, where dates are read, counts the same rows.
        const rule = reportRule(back);
        if (rule) expect(rule.projects + rule.superseded).toBe(back.length);
        if (rule) expect(v.kpis.projects.coverage?.reports?.projects).toBe(storedCurrent.length);
      }),
      { numRuns: 150 },
    );
  });
});
