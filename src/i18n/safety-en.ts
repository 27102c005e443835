/** Notices for what went wrong, in English (the shape is safety-zh.ts). */
import { pluralOf } from './plural';
import type { SafetyMessages } from './safety-zh';

const plural = pluralOf('en');

export const safetyEn: SafetyMessages = {
  moreOfKind: (count, kind) => `… and ${count.toLocaleString('en')} more of the same kind (${kind})`,
  times: (n) => `×${n}`,
  dismissKey: 'Press N to dismiss',
  presentMissing: (id) => `The register ${id} in this link is not in this browser: the published figures are shown.`,
  presentFallback: (id) => `Data: published figures (register ${id} not in this browser)`,
  tourNotSaved: (n) => `The tour (${n} ${plural(n, { one: 'scene', other: 'scenes' })}) could not be saved in this browser (storage full or blocked): when this tab closes, the previous tour comes back. Export it as a file to keep it.`,
  tourImportedNotSaved: (n) => `Read ${n} ${plural(n, { one: 'scene', other: 'scenes' })}, but they could not be saved in this browser (storage full or blocked): they work in this tab only and the previous tour comes back on reload. Keep the file, or export it.`,
  tourTooLarge: (size, max) => `The file is ${size}; a tour file may be at most ${max}. It was not read.`,
  tourOtherTab: (n) => `The tour was changed in another tab; this tab now shows that tour (${n} ${plural(n, { one: 'scene', other: 'scenes' })}).`,
  tourOtherTabReset: 'The tour was reset to the default in another tab; this tab follows.',
  downloadProblems: 'Download all problems (CSV)',
  problemsCount: (shown, total) => `Showing ${shown} of ${total} ${plural(total, { one: 'problem', other: 'problems' })}`,
  damagedTitle: 'A register stored in this browser is damaged',
  damagedBody: (id, bad, rows) => `${bad} of the ${rows} rows of register ${id} cannot be read (a number that is not finite and non-negative, an unknown key, or columns of different lengths), so it is not shown; the published figures are. Repair it (drop the unreadable rows, keep the rest) or delete it.`,
  repair: (kept) => `Repair: keep ${kept} ${plural(kept, { one: 'row', other: 'rows' })}`,
  deleteRegister: 'Delete this register',
  repaired: (kept, dropped) => `Repaired: kept ${kept} ${plural(kept, { one: 'row', other: 'rows' })}, dropped ${dropped} unreadable ${plural(dropped, { one: 'row', other: 'rows' })}.`,
  indexDamaged: (n) => `${n} ${plural(n, { one: 'entry', other: 'entries' })} of the list of registers stored in this browser ${plural(n, { one: 'is', other: 'are' })} damaged and not listed.`,
  indexUnreadable: 'The list of registers stored in this browser is damaged and cannot be read.',
  repairIndex: 'Repair the list (drop the damaged entries)',
  deleteEntry: (name) => `Delete the damaged entry: ${name}`,
};
