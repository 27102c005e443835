/**
 * What the data dialog says about the site's registers/index.json beyond its list: that it is
 * the copy kept for offline use (and when it was saved), that it is not a list at all, or
 * which entries cannot be used — the first few named, the rest counted, as every list is.
 */
import type { I18n } from '../../i18n/i18n';
import type { SiteIndex } from '../../domain/register/site-index';
import { importMessages } from '../../i18n/import-messages';

export function SiteIndexNotes({ index, i18n }: { index: SiteIndex; i18n: I18n }) {
  const st = importMessages(i18n.lang).storage;
  const { entries } = index;
  const hidden = entries.hidden.reduce((sum, h) => sum + h.count, 0);
  const date = index.cachedAt ? new Date(index.cachedAt) : null;
  return (
    <>
      {date && !Number.isNaN(date.getTime()) ? (
        <p className="chart-note" role="status" data-site-offline={index.cachedAt}>
          {st.siteOffline(date.toLocaleString(i18n.lang, { dateStyle: 'medium', timeStyle: 'short' }))}
        </p>
      ) : null}
      {index.shape ? (
        <p className="chart-note" data-site-index-problems="shape">
          {st.siteIndexShape}
        </p>
      ) : null}
      {entries.total > 0 ? (
        <div className="chart-note" data-site-index-problems={entries.total}>
          <p>{st.siteIndexProblems(entries.total)}</p>
          <ul>
            {entries.shown.map(({ item }) => (
              <li key={item}>{st.siteIndexEntry(item)}</li>
            ))}
          </ul>
          {hidden > 0 ? <p>{st.siteIndexMore(hidden)}</p> : null}
        </div>
      ) : null}
    </>
  );
}
