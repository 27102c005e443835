/**
 * The tour editor (a modal dialog): scenes listed with move/delete/present, "add the current
 * view as a scene", export and import as JSON (checked; a bad file leaves the tour as it was),
 * and restoring the default tour.
 */
import { useState, type FormEvent } from 'react';
import { Modal } from '../../components/modal';
import { PANELS, tourFile, type PanelId } from '../../domain/tour';
import { useI18n } from '../../i18n/i18n';
import { addScene, deleteScene, importTour, moveScene, resetTour, useTourStore } from '../../stores/tour-store';
import { useViewStore } from '../../stores/view-store';

interface Props {
  onClose: () => void;
  onShow: (index: number) => void;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
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
  const te = t.tourEditor;
  const scenes = useTourStore((s) => s.scenes);
  const loadProblem = useTourStore((s) => s.loadProblem);
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
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setMessage({ kind: 'error', text: `${te.importFailed} ${te.unreadable}` });
      return;
    }
    const errors = importTour(json);
    setMessage(errors.length > 0 ? { kind: 'error', text: te.importFailed, details: errors } : { kind: 'ok', text: te.importOk(useTourStore.getState().scenes.length) });
  };

  const togglePanel = (id: PanelId) =>
    setPanels((current) => (current.includes(id) ? current.filter((x) => x !== id) : current.length >= 2 ? [current[1] ?? id, id] : [...current, id]));

  return (
    <Modal title={te.title} closeLabel={te.close} onClose={onClose} className="tour-editor" closeOnBackdrop={false}>
      <p>{te.intro}</p>
      {loadProblem ? <p className="notice">{te.loadProblem}</p> : null}
      {message ? (
        <div className={message.kind === 'error' ? 'error-card' : 'ok-card'} role={message.kind === 'error' ? 'alert' : 'status'} data-tour-message={message.kind}>
          <p>{message.text}</p>
          {message.details ? (
            <ul>
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
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
              <button type="button" disabled={i === 0} onClick={() => moveScene(i, -1)} aria-label={`${te.up}: ${i18n.pick(s.title)}`}>
                ↑
              </button>
              <button type="button" disabled={i === scenes.length - 1} onClick={() => moveScene(i, 1)} aria-label={`${te.down}: ${i18n.pick(s.title)}`}>
                ↓
              </button>
              <button type="button" disabled={scenes.length <= 1} onClick={() => deleteScene(i)} aria-label={`${te.remove}: ${i18n.pick(s.title)}`}>
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
            {te.panels} ({te.pickPanels})
          </legend>
          {PANELS.map((id) => (
            <label key={id} className="inline">
              <input type="checkbox" checked={panels.includes(id)} onChange={() => togglePanel(id)} /> {te.panelName[id]}
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
