/**
 * The only published follow-through figure (S12): of the 253 centrally signed projects of the
 * 2018–2021 expos, about 63% under construction or producing by end-June 2022, 1310.6亿 of
 * funds in place — city-wide and the four editions together, never split by year or district.
 */
import type { PublishedDataset } from '../../data/types';
import { SourceRefs } from '../../components/source-note';
import type { I18n } from '../../i18n/i18n';
import { progressMessages } from '../../i18n/progress-messages';

export function FollowThrough({ followThrough: ft, i18n, filtersActive }: { followThrough: PublishedDataset['followThrough']; i18n: I18n; filtersActive: boolean }) {
  const p = progressMessages(i18n.lang).panel;
  const pct = p.followAbout(i18n.percent(ft.sharePercent.value / 100));
  const refs = [ft.projects.source, ft.sharePercent.source, ft.fundsInPlace.source];
  return (
    <div className="follow-through" data-follow-through="S12" data-basis="published">
      <h4>{p.followTitle}</h4>
      {filtersActive ? (
        <p className="chart-note" role="note">
          {p.filtersIgnored}
        </p>
      ) : null}
      <dl className="follow-figures">
        <div data-figure="projects">
          <dt>{p.followProjects}</dt>
          <dd>
            <span className="follow-number">{i18n.count(ft.projects.value)}</span> {i18n.t.projectsUnit(ft.projects.value)}
          </dd>
        </div>
        <div data-figure="share">
          <dt>{p.followShare}</dt>
          <dd>
            <span className="follow-number">{pct}</span>
            {/* A meter, not a count: 63% of 253 is not turned into a number of projects. */}
            <span className="meter" aria-hidden="true">
              <span className="meter-fill" style={{ width: `${ft.sharePercent.value}%` }} />
            </span>
          </dd>
        </div>
        <div data-figure="funds">
          <dt>{p.followFunds}</dt>
          <dd>
            <span className="follow-number">{i18n.amount(ft.fundsInPlace.value)}</span>
          </dd>
        </div>
      </dl>
      <p className="chart-note">{p.followScope}</p>
      <p className="chart-note">{p.followNoRate}</p>
      <p className="source-note">
        <span className="basis basis-published">{i18n.t.basis.published}</span> <SourceRefs refs={refs} i18n={i18n} />
      </p>
    </div>
  );
}
