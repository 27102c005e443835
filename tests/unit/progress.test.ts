import { describe, expect, it } from 'vitest';
import type { AreaKey, ItemizedProject, StageKey } from '../../src/data/types';
import {
  compareRows,
  editionsByUnit,
  groupByUnit,
  matchRows,
  progressColumns,
  rankedTables,
  rankUnits,
  reportDates,
  rowsReportedOn,
  summarize,
  summarizeByUnit,
  type ProgressSummary,
  type Unit,
} from '../../src/domain/progress';

interface RowSpec {
  id?: string;
  name?: string;
  district?: string | null;
  area?: AreaKey | null;
  amount?: number | null;
  stage?: StageKey | null;
  funds?: number | null;
  report?: string | null;
  edition?: number | null;
  progress?: false;
}

let n = 0;
function row(s: RowSpec): ItemizedProject {
  n += 1;
  return {
    id: s.id ?? `row-${n}`,
    district: s.district === undefined ? '500110' : s.district,
    area: s.area ?? null,
    partner: { zh: '', en: '' },
    name: { zh: s.name ?? `项目${n}`, en: s.name ?? `p${n}` },
    amount: s.amount === undefined ? 10 : s.amount,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    source: { id: 'R', locator: 'test' },
    note: null,
    progress: s.progress === false ? null : { stage: s.stage ?? null, fundsInPlace: s.funds ?? null, startDate: null, reportDate: s.report ?? null, edition: s.edition ?? null },
    original: null,
  };
}

describe('summarize: stage counts, amounts and rates', () => {
  const rows = [
    row({ stage: 'signed', amount: 10, funds: 0 }),
    row({ stage: 'started', amount: 20, funds: 5 }),
    row({ stage: 'started', amount: 30, funds: 12 }),
    row({ stage: 'producing', amount: 40, funds: 40 }),
    row({ stage: 'stopped', amount: 5 }),
    row({ stage: null, amount: 100 }),
  ];

  it('counts and sums per stage, in the vocabulary order', () => {
    const s = summarize(rows, ['started']);
    expect(s.stages.map((c) => [c.key, c.projects, c.amount, c.selected])).toEqual([
      ['signed', 1, 10, false],
      ['started', 2, 50, true],
      ['producing', 1, 40, false],
      ['stopped', 1, 5, false],
    ]);
    expect(s.projects).toBe(6);
    expect(s.withStage).toBe(5);
    expect(s.noStage).toBe(1);
  });

  it('started rate: started + producing of the rows with a stated stage, by count and by amount', () => {
    const s = summarize(rows);
    expect(s.startedRate.byCount).toEqual({ num: 3, den: 5, value: 0.6 });
    // 20 + 30 + 40 of 10 + 20 + 30 + 40 + 5; the row without a stage is not read as "not started".
    expect(s.startedRate.byAmount.num).toBe(90);
    expect(s.startedRate.byAmount.den).toBe(105);
  });

  it('funds-in-place rate: funds ÷ contract investment over rows that state both', () => {
    const s = summarize(rows);
    expect(s.fundsRate).toEqual({ num: 57, den: 100, value: 0.57 });
    expect(s.funds).toEqual({ inPlace: 57, rowsWithFunds: 4, rowsWithBoth: 4, overContract: 0 });
  });

  it('funds above the contract amount are counted as stated and flagged', () => {
    const over = row({ stage: 'producing', amount: 10, funds: 12 });
    const s = summarize([over]);
    expect(s.fundsRate.value).toBeCloseTo(1.2);
    expect(s.funds.overContract).toBe(1);
  });

  it('an empty selection has no rate (not 0%)', () => {
    const s = summarize([]);
    expect(s.projects).toBe(0);
    expect(s.startedRate.byCount.value).toBeNull();
    expect(s.startedRate.byAmount.value).toBeNull();
    expect(s.fundsRate.value).toBeNull();
    expect(s.stages.every((c) => c.projects === 0)).toBe(true);
  });

  it('a register without a stage column: no row has a stage, nothing is read as started', () => {
    const plain = [row({ progress: false }), row({ progress: false, amount: 50 })];
    const s = summarize(plain);
    expect(s.withStage).toBe(0);
    expect(s.noStage).toBe(2);
    expect(s.startedRate.byCount.value).toBeNull();
    expect(progressColumns(plain)).toEqual({ stage: false, funds: false, startDate: false, reportDate: false, edition: false });
  });

  it('the register’s declared columns win over what the rows show', () => {
    expect(progressColumns([row({ progress: false })], ['stage', 'funds'])).toMatchObject({ stage: true, funds: true, reportDate: false });
    expect(progressColumns([row({ stage: 'started', report: '2026-10-31' })])).toMatchObject({ stage: true, funds: false, reportDate: true });
  });
});

function unitSummary(code: string, started: number, of: number): { unit: Unit; summary: ProgressSummary } {
  const rows = Array.from({ length: of }, (_, i) => row({ district: code, stage: i < started ? 'started' : 'signed' }));
  return { unit: { kind: 'district', code }, summary: summarize(rows) };
}

describe('ranked table', () => {
  it('ranks by started rate, ties share a rank (1, 2, 2, 4) and are flagged', () => {
    const ranked = rankUnits([unitSummary('A', 3, 6), unitSummary('B', 6, 6), unitSummary('C', 4, 8), unitSummary('D', 1, 5)], 'started');
    expect(ranked.map((r) => [(r.unit as { code: string }).code, r.rank, r.tied])).toEqual([
      ['B', 1, false],
      // 4/8 and 3/6 are the same rate: same rank; the larger unit is listed first.
      ['C', 2, true],
      ['A', 2, true],
      ['D', 4, false],
    ]);
  });

  it('a unit with too few projects is shown but not ranked, so 1 of 1 is not a league winner', () => {
    const ranked = rankUnits([unitSummary('big', 4, 10), unitSummary('one', 1, 1)], 'started');
    expect(ranked[0]).toMatchObject({ rank: 1, small: false });
    expect(ranked[1]).toMatchObject({ rank: null, small: true });
    expect(ranked[1]?.summary.startedRate.byCount.value).toBe(1);
  });

  it('groups by district and by functional area; an area row is never split among districts', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => row({ district: null, area: 'liangjiang', stage: 'started' })),
      ...Array.from({ length: 5 }, (_, i) => row({ district: '500105', stage: i < 2 ? 'started' : 'signed' })),
    ];
    const t = rankedTables(rows);
    expect(t.areas.map((r) => [r.unit, r.summary.projects, r.rank])).toEqual([[{ kind: 'area', key: 'liangjiang' }, 5, 1]]);
    expect(t.districts.map((r) => [r.unit, r.summary.projects])).toEqual([[{ kind: 'district', code: '500105' }, 5]]);
  });

  it('ranks by the funds-in-place rate when asked', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => row({ district: 'X', amount: 10, funds: 2 })),
      ...Array.from({ length: 5 }, () => row({ district: 'Y', amount: 10, funds: 8 })),
    ];
    expect(rankedTables(rows, 'funds').districts.map((r) => [(r.unit as { code: string }).code, r.rank])).toEqual([
      ['Y', 1],
      ['X', 2],
    ]);
  });

  it('an empty selection gives empty tables', () => {
    expect(rankedTables([])).toEqual({ districts: [], areas: [] });
  });
});

describe('month over month', () => {
  const v1 = [
    row({ id: 'P1', district: 'A', stage: 'signed', funds: 0 }),
    row({ id: 'P2', district: 'A', stage: 'started', funds: 4 }),
    row({ id: 'P3', district: 'B', stage: 'started', funds: 6 }),
    row({ name: '无编号项目', district: 'B', stage: 'signed', funds: 1 }),
    row({ id: 'P9', district: 'B', stage: 'signed' }),
  ];
  const v2 = [
    row({ id: 'P1', district: 'A', stage: 'started', funds: 3 }),
    row({ id: 'P2', district: 'A', stage: 'producing', funds: 9 }),
    row({ id: 'P3', district: 'B', stage: 'stopped', funds: 6 }),
    row({ name: '无编号项目', district: 'B', stage: 'started', funds: 2 }),
    row({ id: 'P10', district: 'A', stage: 'signed', funds: 1.5 }),
  ];

  it('matches by the file’s id, else by name and place', () => {
    const m = matchRows(v1, v2);
    expect(m.pairs).toHaveLength(4);
    expect(m.added.map((r) => r.id)).toEqual(['P10']);
    expect(m.removed.map((r) => r.id)).toEqual(['P9']);
  });

  it('lists newly started, newly producing and newly stopped projects, and the funds added', () => {
    const d = compareRows(v1, v2);
    expect(d.newlyStarted.map((p) => p.key)).toEqual(['P1', expect.stringContaining('无编号项目')]);
    expect(d.newlyProducing.map((p) => p.key)).toEqual(['P2']);
    expect(d.newlyStopped.map((p) => p.key)).toEqual(['P3']);
    // 3 + 5 + 0 + 1 on matched projects; the new project's 1.5 is apart.
    expect(d.fundsAdded).toBe(9);
    expect(d.fundsNewProjects).toBe(1.5);
    expect(d).toMatchObject({ matched: 4, added: 1, removed: 1 });
    expect(d.before.startedRate.byCount.value).toBeCloseTo(2 / 5);
    expect(d.after.startedRate.byCount.value).toBeCloseTo(3 / 5);
  });

  it('gives each district’s rate and rank then and now', () => {
    const d = compareRows(v1, v2, 1);
    const a = d.districts.find((u) => u.unit.kind === 'district' && u.unit.code === 'A');
    const b = d.districts.find((u) => u.unit.kind === 'district' && u.unit.code === 'B');
    expect(a?.before).toMatchObject({ rate: { num: 1, den: 2 }, rank: 1, projects: 2 });
    expect(a?.after).toMatchObject({ rate: { num: 2, den: 3 }, rank: 1, projects: 3 });
    expect(b?.before).toMatchObject({ rate: { num: 1, den: 3 }, rank: 2 });
    // P3 stopped, so it counts in the stated stages but not as started.
    expect(b?.after).toMatchObject({ rate: { num: 1, den: 2 }, rank: 2 });
    // With the default minimum, units this small are not ranked at all.
    expect(compareRows(v1, v2).districts.every((u) => u.before?.rank === null && u.after?.rank === null)).toBe(true);
  });

  it('two reporting dates within one register', () => {
    const rows = [
      row({ name: 'x', stage: 'signed', report: '2026-09-30' }),
      row({ name: 'x', stage: 'started', report: '2026-10-31' }),
      row({ name: 'y', stage: 'started', report: '2026-10-31' }),
    ];
    expect(reportDates(rows)).toEqual(['2026-09-30', '2026-10-31']);
    const d = compareRows(rowsReportedOn(rows, '2026-09-30'), rowsReportedOn(rows, '2026-10-31'));
    expect(d.newlyStarted).toHaveLength(1);
    expect(d.added).toBe(1);
  });

  it('two identical versions: nothing changed', () => {
    const d = compareRows(v1, v1);
    expect(d).toMatchObject({ matched: 5, added: 0, removed: 0, fundsAdded: 0, newlyStarted: [], newlyProducing: [], newlyStopped: [] });
  });
});

describe('editions in a register', () => {
  it('edition over edition by district: projects, amount and started rate per edition', () => {
    const rows = [
      row({ district: 'A', edition: 2022, amount: 10, stage: 'started' }),
      row({ district: 'A', edition: 2023, amount: 5, stage: 'signed' }),
      row({ district: 'A', edition: 2023, amount: 7, stage: 'producing' }),
      row({ district: 'B', edition: 2023, amount: 1, stage: 'signed' }),
      row({ district: 'B', edition: null, amount: 99 }),
    ];
    const e = editionsByUnit(rows);
    expect(e.editions).toEqual([2022, 2023]);
    const a = e.districts.find((u) => u.unit.kind === 'district' && u.unit.code === 'A');
    expect(a?.cells.map((c) => [c.edition, c.projects, c.amount, c.startedRate.value])).toEqual([
      [2022, 1, 10, 1],
      [2023, 2, 12, 0.5],
    ]);
    const b = e.districts.find((u) => u.unit.kind === 'district' && u.unit.code === 'B');
    expect(b?.cells.map((c) => c.projects)).toEqual([0, 1]);
  });
});

describe('summarizeByUnit', () => {
  it('gives the same summary as summarize and the same groups as groupByUnit, in one pass', () => {
    const rows = [
      row({ district: '500103', amount: 10, stage: 'started', funds: 4 }),
      row({ district: '500103', amount: 5, stage: 'signed' }),
      row({ district: null, area: 'liangjiang', amount: 20, stage: 'producing', funds: 25 }),
      row({ district: '500112', area: 'liangjiang', amount: null, stage: null }),
    ];
    const both = summarizeByUnit(rows, ['started']);
    expect(both.summary).toEqual(summarize(rows, ['started']));
    expect(both.units).toEqual(groupByUnit(rows));
  });
});
