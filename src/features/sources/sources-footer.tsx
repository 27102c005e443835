/** The sources footer: every source the dataset cites, with what it is used for. */
import type { Dataset } from '../../data/types';
import { basisPolicy } from '../../domain/basis-policy';
import { useI18n } from '../../i18n/i18n';

export function SourcesList({ dataset }: { dataset: Dataset }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <p>{t.sourcesIntro}</p>
      {/* Set against the published total; a register's total is another figure. */}
      {basisPolicy(dataset).otherProvincesNote ? <p>{t.otherProvincesNote(i18n.amount(dataset.otherProvinces.investment.value), i18n.amount(dataset.totals.investment.value))}</p> : null}
      <ol className="sources-list">
        {dataset.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`} tabIndex={-1}>
            <strong>{s.id}</strong> {s.title} — {s.publisher}. {t.sourceDate}: {s.date ?? t.dateUnknown}. {t.sourceWhere}: <span className="source-url">{s.url}</span>. {t.sourceUse}:{' '}
            {i18n.pick(s.use)}
          </li>
        ))}
      </ol>
      <p className="footer-note">{t.footerNote}</p>
    </>
  );
}
