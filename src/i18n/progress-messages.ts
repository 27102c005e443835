/**
 * Text for the editions chart's 2024/2025 entries and per-edition breakdowns, the progress
 * panel (stages, rates, ranked table, S12 follow-through) and the month-over-month view, in
 * both languages: the shape (Messages.progress); the text is in progress-zh.ts / progress-en.ts,
 * which ride in each language's catalog chunk.
 */
export interface ProgressMessages {
  editions: {
    absent: string;
    /** Printed in the chart row (the year's label already says Tianjin). */
    absentShort: string;
    noCount: string;
    lowerBound: (amount: string) => string;
    lowerBoundShort: string;
    bound: { exact: string; lower: string };
    pick: string;
    detailTitle: (year: number) => string;
    noBreakdown: string;
    rest: string;
    restWorked: (text: string) => string;
    restUnknown: string;
    partialNote: string;
    completeNote: string;
    share: string;
    category: string;
    close: string;
    host: string;
    tianjin: string;
  };
  panel: {
    title: string;
    followTitle: string;
    followProjects: string;
    followShare: string;
    followFunds: string;
    followAbout: (pct: string) => string;
    followScope: string;
    followNoRate: string;
    followRegisterHint: string;
    filtersIgnored: string;
    columns: { figure: string; value: string; scope: string };
    stagesTitle: string;
    stage: { signed: string; started: string; producing: string; stopped: string };
    noStage: (n: number) => string;
    startedRate: string;
    startedRateHelp: string;
    byCount: (pct: string, num: string, den: string) => string;
    byAmount: (pct: string, num: string, den: string) => string;
    fundsRate: string;
    fundsRateHelp: string;
    fundsDetail: (pct: string, num: string, den: string, rows: number) => string;
    overContract: (n: number) => string;
    noRate: string;
    lacks: (cols: string) => string;
    colName: { stage: string; funds: string; startDate: string; reportDate: string; edition: string };
    noProgress: string;
    rankTitle: string;
    rankBy: { started: string; funds: string };
    rankCols: { rank: string; unit: string; projects: string; withStage: string; started: string; startedRate: string; fundsRate: string };
    rankSmall: (min: number) => string;
    tie: string;
    districts: string;
    areas: string;
    areasNote: string;
    noUnits: string;
    stageFilterNote: string;
    asOf: (date: string) => string;
    empty: string;
    editionsTitle: string;
    editionsCol: (year: number) => string;
    editionsCell: (projects: string, amount: string, rate: string) => string;
    /** The edition (year) marks: the year filter of a register with an edition column. */
    yearsTitle: string;
    noYear: (n: number) => string;
    yearFilterNote: string;
  };
  month: {
    title: string;
    compareWith: string;
    version: (n: number, file: string) => string;
    reportDate: (d: string) => string;
    thisVersion: (n: number) => string;
    latestDate: (d: string) => string;
    unavailable: string;
    loading: string;
    failed: string;
    newlyStarted: string;
    newlyProducing: string;
    newlyStopped: string;
    fundsAdded: string;
    fundsNew: (amount: string) => string;
    matched: (matched: number, added: number, removed: number) => string;
    startedThenNow: (then: string, now: string) => string;
    cols: { unit: string; before: string; after: string; rankBefore: string; rankAfter: string; change: string };
    projectsList: (n: number) => string;
    none: string;
  };
}
