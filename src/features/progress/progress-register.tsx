/**
 * The progress panel on an imported register: the register's stages, rates and ranked table.
 * Until the importer reads progress columns, a register has none, and the panel says so.
 */
import { useId } from 'react';
import type { Dataset } from '../../data/types';
import type { View } from '../../domain/engine';
import { useI18n } from '../../i18n/i18n';
import { FollowThrough } from './follow-through';

export function RegisterProgress({ view, dataset }: { view: View; dataset: Dataset }) {
  const i18n = useI18n();
  const p = i18n.t.progress.panel;
  const titleId = useId();
  return (
    <section className="chart progress-panel" data-chart="progress" data-chart-mode="complete" aria-labelledby={titleId}>
      <div className="chart-head">
        <h3 id={titleId}>{p.title}</h3>
      </div>
      <p className="not-published-banner" role="note">
        {p.followRegisterHint}
      </p>
      <FollowThrough dataset={dataset} i18n={i18n} filtersActive={view.active.length > 0} />
    </section>
  );
}
