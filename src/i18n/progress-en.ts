/** The progress and editions texts in English (see progress-messages.ts). */
import type { ProgressMessages } from './progress-messages';

export const progressEn: ProgressMessages = {
  editions: {
    absentShort: 'No Chongqing edition',
    absent: 'No Chongqing edition (held in Tianjin)',
    noCount: 'count not published',
    lowerBound: (amount) => `above ${amount}`,
    lowerBoundShort: 'lower bound',
    bound: { exact: 'exact', lower: 'lower bound ("above")' },
    pick: 'Select an edition to see the breakdowns its sources published.',
    detailTitle: (year) => `${year}: published breakdowns`,
    noBreakdown: 'No breakdown was published for this edition, only its totals.',
    rest: 'not published',
    restWorked: (text) => `the other ${text}: not published by category`,
    restUnknown: 'The rest was not published and cannot be worked out from the printed figures.',
    partialNote: 'The sources published only these, in this edition’s own categories (they do not map onto other editions’).',
    completeNote: 'This edition’s full breakdowns were published.',
    share: 'Share',
    category: 'Category',
    close: 'Close',
    host: 'Host',
    tianjin: 'Tianjin',
  },
  panel: {
    title: 'After the signing: project progress',
    followTitle: 'Published follow-through (central signings of the four editions 2018–2021)',
    followProjects: 'Centrally signed projects',
    followShare: 'Under construction or producing by end-June 2022',
    followFunds: 'Funds in place',
    followAbout: (pct) => `about ${pct}`,
    followScope: 'City-wide, the four editions together: the source gives no figure per year or per district, and none is inferred here.',
    followNoRate: 'The funds-in-place rate was not published: the source gives no contract total for these 253 projects, so none is worked out.',
    followRegisterHint: 'Started and funds-in-place rates per district and functional area are kept in project registers, not published; import a register with stage and funds-in-place columns to see them here by stage, district and area.',
    filtersIgnored: 'The follow-through figures are city-wide; the current filters do not apply to them.',
    columns: { figure: 'Figure', value: 'Value', scope: 'Scope' },
  },
};
