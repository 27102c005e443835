/** The project table's own words in English (the shape is table-zh.ts). */
import type { TableMessages } from './table-zh';

export const tableEn: TableMessages = {
  pager: { label: 'Pages', prev: 'Previous', next: 'Next', status: (a, b, n) => `${a}–${b} of ${n}` },
  rowDetails: {
    toggle: 'Details',
    toggleLabel: (p) => `Details of “${p}”`,
    title: 'What the file holds',
    categories: 'Categories as written in the file',
    extra: 'Other columns of the file',
    note: 'Note',
    nothing: 'The file holds nothing more for this row.',
    unclassifiedOriginal: (text) => `Unclassified (file: ${text})`,
    original: (text) => `file: ${text}`,
    csvOriginal: (c) => `${c} (file)`,
    field: { sector: 'Sector', investor: 'Investor type', signing: 'Signing mode', stage: 'Stage' },
  },
  progress: { stage: 'Stage', funds: 'Funds in place', fundsExport: 'Funds in place (100 million yuan)', startDate: 'Start date', notFilled: 'not filled in' },
};
