/** The registers the site ships (registers/index.json): show one, or read why the list is incomplete. */
import { useQuery } from '@tanstack/react-query';
import type { I18n } from '../../i18n/i18n';
import type { ImportMessages } from '../../i18n/import-messages';
import { siteIndexHasNotes } from '../../domain/register/site-index';
import { siteRegistersQueryOptions } from '../../queries/registers';
import { SiteIndexNotes } from './site-index-notes';
import { setData, useViewStore } from '../../stores/view-store';

export function SiteRegisters({ i18n, m }: { i18n: I18n; m: ImportMessages }) {
  const st = m.storage;
  const site = useQuery(siteRegistersQueryOptions());
  const active = useViewStore((s) => s.data);
  const list = site.data?.registers ?? [];
  if (site.isPending || (list.length === 0 && !site.error && !(site.data && siteIndexHasNotes(site.data)))) return null;
  return (
    <section aria-labelledby="site-registers-title" data-site-registers="">
      <h3 id="site-registers-title">{m.site}</h3>
      <p className="chart-note">{m.siteIntro}</p>
      <ul className="dataset-list">
        {list.map((r) => {
          const id = `site:${r.name}`;
          return (
            <li key={r.name} data-dataset={id} aria-current={active === id ? 'true' : undefined}>
              <span className="dataset-name">{r.title}</span>
              <span className="dataset-meta">{r.file}</span>
              {active === id ? <span className="dataset-shown">{m.dialog.shown}</span> : <button type="button" onClick={() => setData(id)}>{m.dialog.show}</button>}
            </li>
          );
        })}
      </ul>
      {site.error ? <p role="alert">{st.siteLoadFailed('index.json', site.error.message)}</p> : null}
      {site.data ? <SiteIndexNotes index={site.data} i18n={i18n} /> : null}
    </section>
  );
}

