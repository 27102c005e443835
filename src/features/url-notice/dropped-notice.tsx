/** A visible, dismissible notice naming the URL values that were dropped. */
import { useI18n } from '../../i18n/i18n';
import { dismissDropped, useViewStore } from '../../stores/view-store';

export function DroppedNotice() {
  const dropped = useViewStore((s) => s.dropped);
  const { t } = useI18n();
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="alert" data-notice="url">
      <p>{t.dropped.title}</p>
      <ul>
        {dropped.map((d, i) => (
          <li key={`${d.param}-${d.value}-${i}`}>
            <code>{t.dropped.item(d.param, d.value, t.dropped.reasons[d.reason])}</code>
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismissDropped}>
        {t.dropped.dismiss}
      </button>
    </div>
  );
}
