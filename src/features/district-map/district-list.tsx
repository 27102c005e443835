/**
 * A searchable, keyboard-operable list of the 38 districts and, beside them, the functional
 * areas (reporting units, not districts), mirroring the map: each button toggles its place.
 * On a phone the list is a picker: one button naming the choice opens it in a sheet.
 */
import { lazy, Suspense, useId, useState, type RefObject } from 'react';
import { useNarrow } from '../../components/use-narrow';
import { AREAS, type FunctionalArea } from '../../data/areas';
import type { District } from '../../data/types';
import type { AreaCell, DistrictCell } from '../../domain/engine';
import type { I18n } from '../../i18n/i18n';
import { areaDetails, districtDetails } from './summary';
import { mapMessages } from '../../i18n/map-messages';

// The sheet's code is fetched when a phone opens it.
const PickerSheet = lazy(() => import('./picker-sheet'));

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/** Matches zh names with or without 区/县, en names, pinyin prefixes and GB codes. */
export function matchesQuery(d: District, query: string): boolean {
  const q = normalise(query);
  if (q === '') return true;
  return [d.zh, d.en, d.code].some((s) => normalise(s).includes(q));
}

/** Matches an area's names, its aliases (高新区, 西部科学城 …) and its key. */
export function areaMatchesQuery(a: FunctionalArea, query: string): boolean {
  const q = normalise(query);
  if (q === '') return true;
  return [a.zh, a.en, a.key, ...a.aliases].some((s) => normalise(s).includes(q));
}

export interface Props {
  districts: readonly District[];
  cells: readonly DistrictCell[];
  areas: readonly AreaCell[];
  i18n: I18n;
  onToggle: (key: string) => void;
}

export function DistrictList(props: Props) {
  const narrow = useNarrow();
  const [open, setOpen] = useState(false);
  const { i18n, cells, areas, districts } = props;
  const { t } = i18n;
  const mapText = mapMessages(i18n.lang);
  if (!narrow) {
    return (
      <div className="district-list">
        <h3>{mapText.listTitle}</h3>
        <PlaceSearch {...props} />
      </div>
    );
  }
  const chosen = [
    ...districts.filter((d) => cells.some((c) => c.code === d.code && c.selected)).map((d) => i18n.pick(d)),
    ...AREAS.filter((a) => areas.some((c) => c.key === a.key && c.selected)).map((a) => i18n.pick(a)),
  ];
  return (
    <div className="district-list district-picker">
      <h3>{mapText.listTitle}</h3>
      <button type="button" className="picker-button" aria-haspopup="dialog" data-district-picker="" onClick={() => setOpen(true)}>
        {t.phone.pickPlaces(chosen.length, chosen.join(t.phone.filterJoin))}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <PickerSheet {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The search box and the buttons of the places it matches. */
export function PlaceSearch({ districts, cells, areas, i18n, onToggle, inputRef }: Props & { inputRef?: RefObject<HTMLInputElement | null> }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const areasTitleId = useId();
  const byCode = new Map(cells.map((c) => [c.code, c]));
  const byArea = new Map(areas.map((c) => [c.key, c]));
  const shown = districts.filter((d) => matchesQuery(d, query));
  const shownAreas = AREAS.filter((a) => byArea.has(a.key) && areaMatchesQuery(a, query));
  const { t } = i18n;
  const mapText = mapMessages(i18n.lang);
  return (
    <>
      <label htmlFor={inputId}>{mapText.search}</label>
      <input ref={inputRef} id={inputId} type="search" value={query} placeholder={mapText.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {shown.length === 0 && shownAreas.length === 0 ? <p role="status">{mapText.noMatch}</p> : null}
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
      {shownAreas.length > 0 ? (
        <section className="area-list" aria-labelledby={areasTitleId}>
          <h4 id={areasTitleId}>{t.place.listTitle}</h4>
          <p className="chart-note">{t.place.listIntro}</p>
          <ul>
            {shownAreas.map((a) => {
              const cell = byArea.get(a.key);
              if (!cell) return null;
              const rows = cell.projects + cell.notStated;
              return (
                <li key={a.key}>
                  <button type="button" data-area-item={a.key} aria-pressed={cell.selected} className={rows > 0 ? 'has-projects area-item' : 'area-item'} onClick={() => onToggle(a.key)}>
                    <span>{i18n.pick(a)}</span>
                    {rows > 0 ? <span className="count">{rows}</span> : null}
                    <span className="visually-hidden">{areaDetails(a, cell, i18n)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
