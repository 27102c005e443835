/** The sources footer: every source the dataset cites as a citation a reader can follow, with what it is used for. */
import { citation } from '../../i18n/cite';
import type { Dataset } from '../../data/types';
import { publishedNotes } from '../../domain/basis-policy';
import { useI18n } from '../../i18n/i18n';

export function SourcesList({ dataset }: { dataset: Dataset }) {
  const i18n = useI18n();
  const { t } = i18n;
  const notes = publishedNotes(dataset);
  return (
    <>
      <p>{i18n.w.sourcesIntro}</p>
      {/* Set against the published total; a register's total is another figure. */}
      {notes ? <p>{t.otherProvincesNote(i18n.amount(notes.otherProvinces), i18n.amount(notes.publishedTotal))}</p> : null}
      <ol className="sources-list">
        {dataset.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`} tabIndex={-1}>
            <strong>{s.id}</strong> <cite className="source-citation">{citation(s, i18n)}</cite>
            {s.date === null ? t.punct.paren(`${t.sourceDate}${t.punct.colon}${t.dateUnknown}`) : ''}
            {`${t.punct.next}${t.sourceUse}${t.punct.colon}`}
            {i18n.pick(s.use)}
          </li>
        ))}
      </ol>
      <p className="footer-note">{t.footerNote}</p>
    </>
  );
}
