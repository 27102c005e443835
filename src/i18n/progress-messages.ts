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
  };
}
