/**
 * A visible, dismissible notice naming the URL values that were dropped. Identical entries are
 * shown once with a count and at most a few distinct ones are listed; the rest are summarised
 * per kind ("… and 994 more of the same kind"), so a hostile link cannot fill the screen.
 */
import { useMemo } from 'react';
import { capList } from '../../domain/capped-list';
import { useI18n } from '../../i18n/i18n';
import { dismissDropped, useViewStore } from '../../stores/view-store';
import { safetyMessages } from '../../i18n/safety-messages';

/** Distinct entries listed in explore mode and on a presenter's screen. */
export const DROPPED_SHOWN = { explore: 10, present: 4 } as const;

export function DroppedNotice({ variant = 'explore' }: { variant?: 'explore' | 'present' }) {
  const dropped = useViewStore((s) => s.dropped);
  const { t, lang } = useI18n();
  const safetyText = safetyMessages(lang);
  const capped = useMemo(() => capList(dropped, DROPPED_SHOWN[variant], (d) => `${d.reason}\u0000${d.param}\u0000${d.value}`, (d) => d.reason), [dropped, variant]);
  if (dropped.length === 0) return null;
  // A value is shown as text (never as markup) and cut to a screenful.
  const short = (v: string) => (v.length > 80 ? `${v.slice(0, 80)}…` : v);
  return (
    <div className={`notice${variant === 'present' ? ' present-notice' : ''}`} role="alert" data-notice="url" data-dropped-total={capped.total}>
      <p>{t.dropped.title}</p>
      <ul>
        {capped.shown.map(({ item: d, count }, i) => (
          <li key={`${d.param}-${d.value}-${i}`}>
            <code>{t.dropped.item(short(d.param), short(d.value), t.dropped.reasons[d.reason])}</code>
            {count > 1 ? <span className="count"> {safetyText.times(count)}</span> : null}
          </li>
        ))}
        {capped.hidden.map((h) => (
          <li key={`more-${h.kind}`} data-dropped-more={h.kind}>
            {safetyText.moreOfKind(h.count, t.dropped.reasons[h.kind])}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismissDropped}>
        {t.dropped.dismiss}
        {variant === 'present' ? ` (N)` : null}
      </button>
    </div>
  );
}
