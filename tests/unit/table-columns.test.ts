// @vitest-environment node
/**
 * The project table's columns for each kind of dataset (domain/table-columns.ts) and its
 * CSV/XLSX table (row-text.ts), on inline registers read by the importer: a register's
 * progress columns typed (stage a term, funds a number, start date a date), "not stated to be
 * among the 92" for the published rows only, and a register's stages read as their terms.
 */
import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import type { RegisterDataset } from '../../src/data/types';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { fromColumns, toColumns } from '../../src/domain/register/columns';
import { registerDataset } from '../../src/domain/register/dataset';
import { checkRegister, numbered, parseCsv } from '../../src/domain/register/import';
import { tableColumns } from '../../src/domain/table-columns';
import { csvRow, type DateCell } from '../../src/export/csv';
import { categoryTerm, projectsCsv } from '../../src/features/project-table/row-text';
import { makeI18n } from '../../src/i18n/i18n';

const zh = makeI18n('zh-CN', 'register');
const en = makeI18n('en', 'register');
const byCode = new Map(DATASET.districts.map((d) => [d.code, d]));

/** An inline register read as the import reads it, stored and read back as columns (what the page holds). */
function register(lines: readonly string[]): RegisterDataset {
  const check = checkRegister(numbered(parseCsv(lines.join('\n')).rows), (row) => `第 ${row} 行`);
  expect(check.errors).toEqual([]);
  const rows = fromColumns(toColumns(check.projects, 'office.csv', check.extraHeaders));
  return registerDataset(rows, {
    id: 'r-inline',
    name: '进展台账',
    fileName: 'office.csv',
    importedAt: '2026-12-01T00:00:00Z',
    info: { version: 1, versions: [{ version: 1, fileName: 'office.csv', importedAt: '2026-12-01T00:00:00Z', rows: rows.length }], origin: 'browser', extraHeaders: check.extraHeaders, columns: check.present },
  });
}

const PROGRESS = [
  '项目名称,区县,投资额（亿元）,项目进展,到位资金（亿元）,开工日期,联系人',
  '甲,綦江区,35,在建,6,2021-10-08,张',
  '乙,涪陵区,20,已投产,20,2021-09-01,李',
  '丙,江津区,12,前期,,,王',
  '丁,两江新区,8,已签约,0.5,,',
];

describe('table columns: which a dataset has', () => {
  it('the published figures: no progress columns, "not stated to be among the 92", no file texts', () => {
    expect(tableColumns(DATASET)).toEqual({ progress: [], inside92: true, fileTexts: false });
  });

  it('a register with stage, funds and start date: all three; never the 92 column', () => {
    expect(tableColumns(register(PROGRESS))).toEqual({ progress: ['stage', 'funds', 'startDate'], inside92: false, fileTexts: true });
  });

  it('a register carries only the progress columns its file had', () => {
    const onlyFunds = register(['项目名称,区县,投资额（亿元）,到位资金（亿元）', '甲,綦江区,35,6']);
    expect(tableColumns(onlyFunds).progress).toEqual(['funds']);
    const none = register(['项目名称,区县,投资额（亿元）', '甲,綦江区,35']);
    expect(tableColumns(none).progress).toEqual([]);
  });

  it('a stored register from before (no declared columns) is read from its rows', () => {
    const d = register(PROGRESS);
    const old: RegisterDataset = { ...d, register: { ...d.register, columns: [] } };
    expect(tableColumns(old).progress).toEqual(['stage', 'funds', 'startDate']);
  });

  it('register rows do not carry inside92, and every one is counted', () => {
    const check = checkRegister(numbered(parseCsv(PROGRESS.join('\n')).rows), (row) => `第 ${row} 行`);
    expect(check.projects.every((p) => !('inside92' in p))).toBe(true);
    const d = register(PROGRESS);
    expect(d.projects.every((p) => !('inside92' in p))).toBe(true);
    const view = computeView(d, EMPTY_FILTERS);
    expect(view.rows).toHaveLength(4);
    expect(view.kpis.projects.value).toBe(4);
    expect(view.kpis.investment.value).toBe(75);
  });
});

describe('a register’s stages read as the dashboard’s terms (they once read 未分类 on every row)', () => {
  it('the importer’s stage key gives the term; the file’s own word is kept beside it', () => {
    const d = register(PROGRESS);
    expect(d.projects.map((p) => categoryTerm(p, 'stage', zh))).toEqual(['已开工', '已投产', '签约未开工', '签约未开工']);
    expect(d.projects.map((p) => categoryTerm(p, 'stage', en))).toEqual(['Under construction', 'Producing', 'Signed, not started', 'Signed, not started']);
    expect(d.projects.map((p) => p.original?.categories.stage)).toEqual(['在建', undefined, '前期', '已签约']);
  });
});

describe('the project table’s CSV/XLSX table', () => {
  it('a register: stage (term and file word), funds as a number, start date as a date cell; no 92 column', () => {
    const d = register(PROGRESS);
    const table = projectsCsv(d.projects, tableColumns(d), d.register, byCode, zh);
    expect(table.columns).toEqual(['区县/功能区', '区划代码', '签约方', '项目', '投资额（亿元）', '行业', '行业（原文）', '投资方类型', '投资方类型（原文）', '签约方式', '签约方式（原文）', '进度', '进度（原文）', '到位资金（亿元）', '开工日期', '来源', '联系人']);
    expect(table.columns).not.toContain('未说明是否计入 92 个');
    const at = (name: string) => table.columns.indexOf(name);
    const col = (name: string) => table.rows.map((r) => r[at(name)]);
    expect(col('进度')).toEqual(['已开工', '已投产', '签约未开工', '签约未开工']);
    expect(col('进度（原文）')).toEqual(['在建', '', '前期', '已签约']);
    expect(col('到位资金（亿元）')).toEqual([6, 20, null, 0.5]);
    expect(col('开工日期')).toEqual([{ date: '2021-10-08' }, { date: '2021-09-01' }, null, null]);
    expect(col('联系人')).toEqual(['张', '李', '王', '']);
    // In a CSV the date is ISO text, the funds a plain number.
    expect(csvRow(table.rows[0]!)).toBe('綦江区,500110,,甲,35,未分类,,未分类,,未分类,,已开工,在建,6,2021-10-08,R office.csv,张');
    const enTable = projectsCsv(d.projects, tableColumns(d), d.register, byCode, en);
    expect(enTable.columns).toEqual(expect.arrayContaining(['Stage', 'Stage (file)', 'Funds in place (100 million yuan)', 'Start date']));
  });

  it('an empty stage is "not filled in", a word no term matches is unclassified', () => {
    const d = register(['项目名称,区县,投资额（亿元）,项目进展', '甲,綦江区,35,', '乙,涪陵区,20,论证中']);
    const table = projectsCsv(d.projects, tableColumns(d), d.register, byCode, zh);
    const at = table.columns.indexOf('进度');
    expect(table.rows.map((r) => [r[at], r[at + 1]])).toEqual([
      ['未填写', ''],
      ['未分类', '论证中'],
    ]);
    expect(table.columns).not.toContain('到位资金（亿元）');
    expect(table.columns).not.toContain('开工日期');
  });

  it('the published rows: sector and investor, and "not stated to be among the 92" where it is not', () => {
    const table = projectsCsv(DATASET.projects, tableColumns(DATASET), null, byCode, zh);
    expect(table.columns).toEqual(['区县/功能区', '区划代码', '签约方', '项目', '投资额（亿元）', '行业', '投资方类型', '未说明是否计入 92 个', '来源']);
    const flagged = table.rows.filter((r) => r[7] === '未说明是否计入 92 个');
    expect(flagged.length).toBe(DATASET.projects.filter((p) => p.inside92 === 'not-stated').length);
    expect(flagged.length).toBeGreaterThan(0);
    expect(table.rows.every((r) => r.every((c) => typeof c !== 'object' || c === null || !('date' in (c as DateCell))))).toBe(true);
  });
});
