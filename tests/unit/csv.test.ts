import { describe, expect, it } from 'vitest';
import { DATASET } from '../../src/data/dataset';
import { breakdownTable } from '../../src/components/breakdown-chart';
import { computeView } from '../../src/domain/engine';
import { EMPTY_FILTERS } from '../../src/domain/filters';
import { BOM, csvField, dateCell, toCsv, type ExportMeta } from '../../src/export/csv';
import { DATE_FORMAT, workbookSheets } from '../../src/export/xlsx';
import { exportFileName } from '../../src/export/files';
import { makeI18n } from '../../src/i18n/i18n';
import { exportsMessages } from '../../src/i18n/exports-messages';
import { filterSlug } from '../../src/i18n/labels';

const zh = makeI18n('zh-CN');
const meta: ExportMeta = {
  title: '按行业',
  filters: '区县: 綦江区',
  basis: '仅点名项目. 点名项目 1/92 个',
  sources: ['S1 重庆日报 — §各区县亮点看过来 · 綦江区'],
  lang: 'zh-CN',
  exportedAt: '2026-11-25T09:00:00.000Z',
  url: 'http://127.0.0.1:4173/?district=500110',
};

function parse(csv: string): string[] {
  return csv.replace(BOM, '').split('\r\n');
}

describe('CSV export', () => {
  it('starts with a BOM, provenance lines, a blank line, then the table; CRLF line ends', () => {
    const csv = toCsv(meta, { columns: ['a', 'b'], rows: [['x', 1]] }, exportsMessages('zh-CN').exportMeta);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = parse(csv);
    expect(lines.slice(0, 7)).toEqual([
      '# 标题: 按行业',
      '# 筛选: 区县: 綦江区',
      '# 依据: 仅点名项目. 点名项目 1/92 个',
      '# 来源: S1 重庆日报 — §各区县亮点看过来 · 綦江区',
      '# 语言: zh-CN',
      '# 导出时间: 2026-11-25T09:00:00.000Z',
      '# 链接: http://127.0.0.1:4173/?district=500110',
    ]);
    expect(lines.slice(7)).toEqual(['', 'a,b', 'x,1', '']);
  });

  it('quotes commas, quotes and line breaks; keeps zh text intact; empties unknowns', () => {
    expect(csvField('敏华实业有限公司')).toBe('敏华实业有限公司');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(2138.6)).toBe('2138.6');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@cmd')).toBe("'@cmd");
  });

  it('a provenance line with a comma stays one field', () => {
    const lines = parse(toCsv({ ...meta, filters: '行业: 智能制造, 科技' }, { columns: [], rows: [] }, exportsMessages('zh-CN').exportMeta));
    expect(lines[1]).toBe('"# 筛选: 行业: 智能制造, 科技"');
  });

  it('a breakdown exports both measures with their basis, as on screen', () => {
    const v = computeView(DATASET, EMPTY_FILTERS);
    const table = breakdownTable(v.charts.size, (k) => zh.t.size[k], zh);
    expect(table.columns).toEqual(['键', '类别', '项目数', '项目数依据', '投资额（亿元）', '投资额依据']);
    expect(table.rows).toEqual([
      ['5-10', '5–10亿元', 11, '推算', null, '仅点名项目'],
      ['10-50', '10–50亿元', 62, '推算', 78, '仅点名项目'],
      ['50-plus', '50亿元以上', 19, '已公布', null, '仅点名项目'],
    ]);
  });

  it('file names say what is inside', () => {
    expect(exportFileName('sector', 'investment', { ...EMPTY_FILTERS, districts: ['500110'] }, 'zh', 'csv')).toBe('sector-investment_qijiang_2021_zh.csv');
    expect(exportFileName('map', null, EMPTY_FILTERS, 'en', 'png')).toBe('map_all_2021_en.png');
    expect(filterSlug({ ...EMPTY_FILTERS, sectors: ['smart-manufacturing'], investors: ['private'] })).toBe('smart-manufacturing-private');
  });
});

describe('SVG text wrapping', () => {
  it('breaks long lines to the width, preferring spaces, and keeps every character', async () => {
    const { wrapByWidth } = await import('../../src/export/image');
    const text = 'Basis: named projects only (district totals were not published). 8 of 92 projects named';
    const lines = wrapByWidth(text, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(text);
    const zh = wrapByWidth('点名项目 8/92 个，金额 78亿元/2524亿元；其中 4 个未公布金额', 120, 12);
    expect(zh.join('').replace(/\s+/g, '')).toBe('点名项目8/92个，金额78亿元/2524亿元；其中4个未公布金额');
  });
});

describe('selection summary', () => {
  it('says whether the KPIs are all published, partly, or not at all', async () => {
    const { selectionSummary } = await import('../../src/i18n/labels');
    const f = (partial: Partial<typeof EMPTY_FILTERS>) => computeView(DATASET, { ...EMPTY_FILTERS, ...partial });
    expect(selectionSummary(f({}), zh)).toBe(zh.t.summaryAll);
    expect(selectionSummary(f({ investors: ['private'] }), zh)).toBe(zh.t.summaryMixed);
    expect(selectionSummary(f({ sizes: ['50-plus'] }), zh)).toBe(zh.t.summaryMixed);
    // Nothing published: the page's one banner, word for word.
    expect(selectionSummary(f({ districts: ['500110'] }), zh)).toBe(zh.t.known.banner.named('綦江区'));
  });
});

describe('dates and numbers in exports (CSV and XLSX)', () => {
  const labels = { ...exportsMessages('zh-CN').exportMeta, sheetData: '数据', sheetProvenance: '来源与说明', field: '项目', value: '内容' };
  const table = { columns: ['项目', '到位资金（亿元）', '开工日期'], rows: [['甲', 6, dateCell('2021-10-08')], ['乙', null, dateCell(null)], ['丙', 0.5, { date: '2021-02-31' }]] as const };

  it('a CSV writes a date as ISO yyyy-mm-dd text and funds as a plain number', () => {
    const lines = parse(toCsv(meta, { columns: table.columns, rows: table.rows.map((r) => [...r]) }, exportsMessages('zh-CN').exportMeta));
    expect(lines.slice(8, 11)).toEqual(['项目,到位资金（亿元）,开工日期', '甲,6,2021-10-08', '乙,,']);
  });

  it('a workbook writes a date cell with a date format, numbers as numbers; an impossible date stays text', () => {
    const [data] = workbookSheets(meta, { columns: table.columns, rows: table.rows.map((r) => [...r]) }, labels);
    const rows = data!.data as unknown as ({ value: unknown; type?: unknown; format?: string } | null)[][];
    expect(rows[1]![1]).toMatchObject({ value: 6, type: Number });
    expect(rows[1]![2]).toMatchObject({ type: Date, format: DATE_FORMAT });
    expect((rows[1]![2]!.value as Date).toISOString()).toBe('2021-10-08T00:00:00.000Z');
    expect(rows[2]![1]).toBeNull();
    expect(rows[2]![2]).toBeNull();
    expect(rows[3]![2]).toMatchObject({ value: '2021-02-31', type: String });
    expect(DATE_FORMAT).toBe('yyyy-mm-dd');
  });
});
