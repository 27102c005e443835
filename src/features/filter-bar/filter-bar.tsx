/** Chips for every active filter (each removable), "clear all", and what the KPIs now mean. */
import { memo } from 'react';
import type { View } from '../../domain/engine';
import { DIMENSIONS } from '../../domain/filters';
import { nothingPublished } from '../../domain/what-is-known';
import { useI18n } from '../../i18n/i18n';
import { dimensionLabel, selectionSummary, valueLabel } from '../../i18n/labels';
import { clearFilters, toggleFilter } from '../../stores/view-store';

/** Memoised: redrawn only when the (deferred) view model changes. */
export const FilterBar = memo(function FilterBar({ view }: { view: View }) {
  const i18n = useI18n();
  const { t } = i18n;
  const chips = DIMENSIONS.flatMap((dim) => view.filters[dim].map((key) => ({ dim, key })));
  const summary = selectionSummary(view, i18n);
  return (
    <div className="filter-bar">
      {chips.length > 0 ? (
        <ul className="chips">
          {chips.map(({ dim, key }) => {
            const label = `${dimensionLabel(dim, [key], i18n)}${i18n.t.punct.colon}${valueLabel(dim, key, i18n)}`;
            return (
              <li key={`${dim}-${key}`} className="chip" data-filter-chip={`${dim}:${key}`}>
                <span>{label}</span>
                <button type="button" className="chip-remove" aria-label={`${t.removeFilter} ${label}`} onClick={() => toggleFilter(dim, key)}>
                  ×
                </button>
              </li>
            );
          })}
          <li>
            <button type="button" className="clear-all" onClick={clearFilters}>
              {t.clearAll}
            </button>
          </li>
        </ul>
      ) : (
        <p className="no-filters">{t.noFilters}</p>
      )}
      {/* Where nothing was published the page's one banner (the KPI statement) says it: this line is for screen readers only. */}
      <p className={nothingPublished(view) ? 'filter-summary visually-hidden' : 'filter-summary'} aria-live="polite">
        {summary}
      </p>
    </div>
  );
});
