/** Words for progress figures shared by the panel and the month-over-month view: a rate, a district's or area's name. */
import { AREAS } from '../../data/areas';
import { DISTRICTS } from '../../data/districts';
import { formatRate } from '../../domain/format';
import type { Rate, Unit } from '../../domain/progress';
import type { I18n } from '../../i18n/i18n';
import { progressMessages } from '../../i18n/progress-messages';

export function rateText(r: Rate, i18n: I18n): string {
  // One decimal, as monthly bulletins write rates (41.5%).
  return r.value === null ? progressMessages(i18n.lang).panel.noRate : formatRate(r.value, i18n.lang);
}

export function unitName(u: Unit, i18n: I18n): string {
  if (u.kind === 'area') {
    const a = AREAS.find((x) => x.key === u.key);
    return a ? i18n.pick(a) : u.key;
  }
  const d = DISTRICTS.find((x) => x.code === u.code);
  return d ? i18n.pick(d) : u.code;
}
