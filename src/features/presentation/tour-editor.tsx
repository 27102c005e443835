/**
 * The tour editor (a modal dialog): scenes listed with move/delete/present, "add the current
 * view as a scene", export and import as JSON (checked; a bad file leaves the tour as it was),
 * and restoring the default tour. A file past MAX_TOUR_BYTES is refused unread; a long problem
 * list shows its first lines and downloads whole; a save the browser refused is said.
 */
import { useState, type FormEvent } from 'react';
import { Modal } from '../../components/modal';
import { csvRow } from '../../export/csv';
import { MAX_TOUR_BYTES, PANELS, tourFile, type PanelId } from '../../domain/tour';
import { useI18n } from '../../i18n/i18n';
import { tourMessages } from '../../i18n/tour-messages';
import { addScene, deleteScene, dismissTourNotice, importTour, moveScene, resetTour, useTourStore } from '../../stores/tour-store';
import { useViewStore } from '../../stores/view-store';
import { safetyMessages } from '../../i18n/safety-messages';

interface Props {
  onClose: () => void;
  onShow: (index: number) => void;
}

/** Problems listed on screen; the rest are in the download. */
const SHOWN_PROBLEMS = 12;

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function TourEditor({ onClose, onShow }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const safetyText = safetyMessages(i18n.lang);
  const te = tourMessages(i18n.lang);
  const scenes = useTourStore((s) => s.scenes);
  const loadProblem = useTourStore((s) => s.loadProblem);
  const notice = useTourStore((s) => s.notice);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; details?: string[] } | null>(null);
  const [panels, setPanels] = useState<PanelId[]>(['map', 'sector']);

  const onAdd = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const { filters, measure, highlight } = useViewStore.getState();
    const ok = addScene({
      id: `scene-${Date.now().toString(36)}`,
      title: { zh: field('titleZh'), en: field('titleEn') },
      point: { zh: field('pointZh'), en: field('pointEn') },
      filters,
      panels,
      highlight,
      measure,
    });
    setMessage(ok ? { kind: 'ok', text: te.added } : { kind: 'error', text: te.full });
    if (ok) e.currentTarget.reset();
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    // Refused by size before reading: the check's cost is bounded by the file's size.
    if (file.size > MAX_TOUR_BYTES) {
      setMessage({ kind: 'error', text: `${te.importFailed} ${safetyText.tourTooLarge(sizeText(file.size), sizeText(MAX_TOUR_BYTES))}` });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setMessage({ kind: 'error', text: `${te.importFailed} ${te.unreadable}` });
      return;
    }
    const { errors, saved } = importTour(json);
    const n = useTourStore.getState().scenes.length;
    if (errors.length > 0) setMessage({ kind: 'error', text: te.importFailed, details: errors });
    else if (!saved) setMessage({ kind: 'error', text: safetyText.tourImportedNotSaved(n) });
    else setMessage({ kind: 'ok', text: te.importOk(n) });
  };
  const details = message?.details ?? [];

  const togglePanel = (id: PanelId) =>
    setPanels((current) => (current.includes(id) ? current.filter((x) => x !== id) : current.length >= 2 ? [current[1] ?? id, id] : [...current, id]));

  return (
    <Modal title={te.title} closeLabel={te.close} onClose={onClose} className="tour-editor" closeOnBackdrop={false}>
      <p>{te.intro}</p>
      {loadProblem ? <p className="notice">{te.loadProblem}</p> : null}
      {notice ? (
        <div className={notice.kind === 'not-saved' ? 'error-card' : 'notice'} role={notice.kind === 'not-saved' ? 'alert' : 'status'} data-tour-notice={notice.kind}>
          <p>{notice.kind === 'not-saved' ? safetyText.tourNotSaved(notice.scenes) : notice.kind === 'other-tab-reset' ? safetyText.tourOtherTabReset : safetyText.tourOtherTab(notice.scenes)}</p>
          <button type="button" onClick={dismissTourNotice}>
            {t.dropped.dismiss}
          </button>
        </div>
      ) : null}
      {message ? (
        <div className={message.kind === 'error' ? 'error-card' : 'ok-card'} role={message.kind === 'error' ? 'alert' : 'status'} data-tour-message={message.kind}>
          <p>{message.text}</p>
          {details.length > 0 ? (
            <ul>
              {details.slice(0, SHOWN_PROBLEMS).map((d, i) => (
                <li key={`${i}-${d}`}>{d}</li>
              ))}
            </ul>
          ) : null}
          {details.length > SHOWN_PROBLEMS ? (
            <p>
              {safetyText.problemsCount(SHOWN_PROBLEMS, details.length)}{' '}
              <button type="button" data-download-problems="" onClick={() => download('tour-problems.csv', `\uFEFF${details.map((d) => csvRow([d])).join('\r\n')}\r\n`, 'text/csv')}>
                {safetyText.downloadProblems}
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
      <h3>{te.scenes}</h3>
      <ol className="scene-list">
        {scenes.map((s, i) => (
          <li key={s.id} data-scene={s.id}>
            <span className="scene-name">{i18n.pick(s.title)}</span>
            <span className="scene-actions">
              <button type="button" onClick={() => onShow(i)}>
                {te.show}
              </button>
              <button type="button" disabled={i === 0} onClick={() => moveScene(i, -1)} aria-label={`${te.up}${t.punct.colon}${i18n.pick(s.title)}`}>
                ↑
              </button>
              <button type="button" disabled={i === scenes.length - 1} onClick={() => moveScene(i, 1)} aria-label={`${te.down}${t.punct.colon}${i18n.pick(s.title)}`}>
                ↓
              </button>
              <button type="button" disabled={scenes.length <= 1} onClick={() => deleteScene(i)} aria-label={`${te.remove}${t.punct.colon}${i18n.pick(s.title)}`}>
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form className="add-scene" onSubmit={onAdd}>
        <h3>{te.addTitle}</h3>
        {(
          [
            ['titleZh', te.fieldTitleZh],
            ['titleEn', te.fieldTitleEn],
            ['pointZh', te.fieldPointZh],
            ['pointEn', te.fieldPointEn],
          ] as const
        ).map(([name, label]) => (
          <label key={name}>
            {label}
            <input name={name} required maxLength={200} />
          </label>
        ))}
        <fieldset>
          <legend>
            {te.panels}
            {t.punct.paren(te.pickPanels)}
          </legend>
          {PANELS.map((id) => (
            <label key={id} className="inline">
              <input type="checkbox" checked={panels.includes(id)} onChange={() => togglePanel(id)} /> {id === 'projects' ? i18n.w.projects : t.panelName[id]}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={panels.length === 0}>
          {te.add}
        </button>
      </form>
      <div className="tour-files">
        <button type="button" onClick={() => download(`tour_${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(tourFile(scenes), null, 2))}>
          {te.exportJson}
        </button>
        <label className="file-button">
          {te.importJson}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e.target.files?.[0])} />
        </label>
        <button type="button" onClick={resetTour}>
          {te.reset}
        </button>
      </div>
    </Modal>
  );
}
