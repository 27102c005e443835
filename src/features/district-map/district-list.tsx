/** A searchable, keyboard-operable list of the 38 districts that mirrors the map. */
import { useId, useState } from 'react';
import type { District } from '../../data/types';
import type { DistrictCell } from '../../domain/engine';
import type { I18n } from '../../i18n/i18n';
import { districtDetails } from './summary';

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/** Matches zh names with or without 区/县, en names, pinyin prefixes and GB codes. */
export function matchesQuery(d: District, query: string): boolean {
  const q = normalise(query);
  if (q === '') return true;
  return [d.zh, d.en, d.code].some((s) => normalise(s).includes(q));
}

export function DistrictList({ districts, cells, i18n, onToggle }: { districts: readonly District[]; cells: readonly DistrictCell[]; i18n: I18n; onToggle: (code: string) => void }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const byCode = new Map(cells.map((c) => [c.code, c]));
  const shown = districts.filter((d) => matchesQuery(d, query));
  const { t } = i18n;
  return (
    <div className="district-list">
      <h3>{t.map.listTitle}</h3>
      <label htmlFor={inputId}>{t.map.search}</label>
      <input id={inputId} type="search" value={query} placeholder={t.map.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {shown.length === 0 ? <p role="status">{t.map.noMatch}</p> : null}
      <ul>
        {shown.map((d) => {
          const cell = byCode.get(d.code);
          if (!cell) return null;
          return (
            <li key={d.code}>
              {/* The accessible name starts with the visible text (name and count), then the details. */}
              <button type="button" data-district-item={d.code} aria-pressed={cell.selected} className={cell.projects > 0 ? 'has-projects' : undefined} onClick={() => onToggle(d.code)}>
                <span>{i18n.pick(d)}</span>
                {cell.projects > 0 ? <span className="count">{cell.projects}</span> : null}
                <span className="visually-hidden">{districtDetails(cell, i18n)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
