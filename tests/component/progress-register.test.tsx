import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dataset, ItemizedProject, StageKey } from '../../src/data/types';
import { computeView } from '../../src/domain/engine';
import { registerDataset } from '../../src/domain/register/dataset';
import { EMPTY_FILTERS, type Filters } from '../../src/domain/filters';
import { ProgressPanel } from '../../src/features/progress/progress-panel';
import { useViewStore } from '../../src/stores/view-store';
import { renderWithData } from './render';

let n = 0;
function row(district: string, stage: StageKey | null, amount: number, funds: number | null, report: string | null = null): ItemizedProject {
  n += 1;
  return {
    id: `T${n}`,
    district,
    area: null,
    partner: { zh: '', en: '' },
    name: { zh: `测试${n}`, en: `test ${n}` },
    amount,
    amountApprox: false,
    sector: null,
    investor: null,
    signing: null,
    inside92: 'yes',
    source: { id: 'R', locator: 'test' },
    note: null,
    progress: { stage, fundsInPlace: funds, startDate: null, reportDate: report, edition: null },
    original: null,
  };
}

function register(projects: ItemizedProject[], columns: string[] = ['stage', 'funds']): Dataset {
  return registerDataset(projects, {
    id: 'r-test01',
    name: 'SYNTHETIC test register',
    fileName: 'test.csv',
    importedAt: '',
    info: { version: 1, versions: [{ version: 1, fileName: 'test.csv', importedAt: '', rows: projects.length }], origin: 'browser', extraHeaders: [], columns },
  });
}

function view(d: Dataset, filters: Partial<Filters> = {}) {
  return computeView(d, { ...EMPTY_FILTERS, ...filters });
}

async function panel(): Promise<HTMLElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLElement>('[data-chart="progress"][data-chart-mode="complete"]');
    if (!el) throw new Error('no panel yet');
    return el;
  });
}

const ROWS = [
  row('500110', 'signed', 10, 0),
  row('500110', 'started', 20, 5),
  row('500110', 'producing', 30, 30),
  row('500110', 'started', 10, 12),
  row('500110', 'stopped', 5, null),
  row('500102', 'started', 10, 2),
];

describe('progress panel on a register', () => {
  it('one mark per stage with data-key and aria-pressed; a click toggles the stage filter', async () => {
    const user = userEvent.setup();
    const d = register(ROWS);
    renderWithData(<ProgressPanel view={view(d)} dataset={d} />);
    const p = await panel();
    await waitFor(() => expect(p.querySelectorAll('rect[data-key]')).toHaveLength(4));
    const marks = [...p.querySelectorAll<SVGRectElement>('rect[data-key]')];
    expect(marks.map((m) => m.dataset.key)).toEqual(['signed', 'started', 'producing', 'stopped']);
    expect(marks[1]).toHaveAttribute('aria-pressed', 'false');
    expect(marks[1]).toHaveAccessibleName('已开工：3，完整名录');
    await user.click(marks[1]!);
    expect(useViewStore.getState().filters.stages).toEqual(['started']);
  });

  it('states the started and funds-in-place rates in words and numbers, and flags funds above contract', async () => {
    const d = register(ROWS);
    renderWithData(<ProgressPanel view={view(d)} dataset={d} />);
    const p = await panel();
    // started 3 + producing 1 of 6 with a stage
    expect(p.querySelector('[data-rate="started"]')).toHaveTextContent('66.7%');
    expect(p.querySelector('[data-rate="started"]')).toHaveTextContent('4/6');
    // 49 of 80 over rows stating both
    expect(p.querySelector('[data-rate="funds"]')).toHaveTextContent('61.3%');
    expect(p.querySelector('[data-over-contract="1"]')).toHaveTextContent('超过合同投资额');
    expect(p).toHaveTextContent('完整名录');
  });

  it('ranks districts with counts; a district with one project is listed but not ranked', async () => {
    const d = register(ROWS);
    renderWithData(<ProgressPanel view={view(d)} dataset={d} />);
    const p = await panel();
    const table = p.querySelector<HTMLElement>('[data-rank-table="started"]')!;
    expect(table.querySelector('[data-unit="500110"]')).toHaveAttribute('data-rank', '1');
    expect(table.querySelector('[data-unit="500102"]')).toHaveAttribute('data-rank', '');
    expect(within(table.querySelector<HTMLElement>('[data-unit="500102"]')!).getAllByRole('cell')[0]).toHaveTextContent('—');
  });

  it('keeps its rates of all stages while a stage filter is on, and marks the selected stage', async () => {
    const d = register(ROWS);
    renderWithData(<ProgressPanel view={view(d, { stages: ['producing'] })} dataset={d} />);
    const p = await panel();
    await waitFor(() => expect(p.querySelector('rect[data-key="producing"]')).toHaveAttribute('aria-pressed', 'true'));
    expect(p.querySelector('[data-rate="started"]')).toHaveTextContent('66.7%');
    expect(p).toHaveTextContent('进展筛选作用于其他面板');
  });

  it('a register without stage or funds columns says what it lacks and keeps the published S12 in view', async () => {
    const plain = ROWS.map((r) => ({ ...r, progress: null }));
    const d = register(plain, []);
    renderWithData(<ProgressPanel view={view(d)} dataset={d} />);
    const p = await panel();
    expect(p.querySelector('[data-lacks="progress"]')).toHaveTextContent('没有“项目进展”或“到位资金”列');
    expect(p.querySelector('[data-follow-through="S12"]')).toHaveTextContent('253');
    expect(p.querySelector('rect[data-key]')).toBeNull();
  });

  it('an empty selection says there is no rate', async () => {
    const d = register(ROWS);
    renderWithData(<ProgressPanel view={view(d, { districts: ['500231'] })} dataset={d} />);
    const p = await panel();
    expect(p).toHaveTextContent('当前筛选下没有项目，无法计算比率。');
  });

  it('month over month between two reporting dates in one register', async () => {
    const rows = [row('500110', 'signed', 10, 0, '2026-09-30'), row('500110', 'started', 10, 4, '2026-10-31')];
    rows[1] = { ...rows[1]!, id: 'row-2', name: rows[0]!.name };
    rows[0] = { ...rows[0]!, id: 'row-1' };
    const d = register(rows, ['stage', 'funds', 'reportDate']);
    renderWithData(<ProgressPanel view={view(d)} dataset={d} />);
    const p = await panel();
    const mom = await waitFor(() => {
      const el = p.querySelector<HTMLElement>('[data-mom-diff]');
      if (!el) throw new Error('no diff');
      return el;
    });
    expect(mom.querySelector('[data-mom="started"]')).toHaveTextContent('1');
    expect(mom.querySelector('[data-mom="funds"]')).toHaveTextContent('4亿元');
    expect(p).toHaveTextContent('各项目最近一次填报（最晚 2026-10-31）');
  });
});

describe('the edition marks: the year filter of a register with an edition column', () => {
  const withEdition = (edition: number | null, district = '500110', stage: StageKey = 'started') => {
    const r = row(district, stage, 10, 1);
    return { ...r, progress: r.progress ? { ...r.progress, edition } : null };
  };
  const d = register([withEdition(2022), withEdition(2022, '500102'), withEdition(2023, '500110', 'signed'), withEdition(null)], ['stage', 'funds', 'edition']);

  it('one mark per edition; a click or Enter toggles the year filter; the table marks the selected edition', async () => {
    const user = userEvent.setup();
    // The panel as the app renders it: its view follows the store's filters.
    function Live() {
      const filters = useViewStore((st) => st.filters);
      return <ProgressPanel view={computeView(d, filters)} dataset={d} />;
    }
    renderWithData(<Live />);
    const p = await panel();
    const marks = p.querySelector<HTMLElement>('[data-year-marks]')!;
    expect([...marks.querySelectorAll('rect[data-key]')].map((m) => m.getAttribute('data-key'))).toEqual(['2022', '2023']);
    expect(marks).toHaveTextContent('另有 1 个项目未填届次');
    await user.click(marks.querySelector('rect[data-key="2023"]')!);
    expect(useViewStore.getState().filters.years).toEqual(['2023']);
    await waitFor(() => expect(document.querySelector('[data-year-marks] rect[data-key="2023"]')).toHaveAttribute('aria-pressed', 'true'));
    const table = document.querySelector<HTMLElement>('[data-editions-by-unit]')!;
    expect(table.querySelector('[data-edition-col="2023"]')).toHaveAttribute('data-selected', 'true');
    expect(table.querySelector('[data-edition-col="2022"]')).toHaveAttribute('data-selected', 'false');
    (document.querySelector('[data-year-marks] rect[data-key="2022"]') as SVGElement & HTMLOrSVGElement).focus();
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().filters.years).toEqual(['2022', '2023']);
  });

  it('no marks for a register with one edition, nor on the published figures', async () => {
    const one = register([withEdition(2021), withEdition(2021)], ['stage', 'edition']);
    renderWithData(<ProgressPanel view={view(one)} dataset={one} />);
    const p = await panel();
    expect(p.querySelector('[data-year-marks]')).toBeNull();
  });
});
