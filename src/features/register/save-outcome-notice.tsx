/**
 * The page's notice for a save that outlived the data dialog (save-outcome.ts): "saving…",
 * then saved (with a button to show the register), kept in this tab only, or not saved and why.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';
import { setData } from '../../stores/view-store';
import { setSaveOutcome, useSaveOutcome } from './save-outcome';
import { importMessages } from '../../i18n/import-messages';

export function SaveOutcomeNotice() {
  const { count, lang } = useI18n();
  const st = importMessages(lang).storage;
  const outcome = useSaveOutcome((s) => s.outcome);
  const client = useQueryClient();
  useEffect(
    function listTheSavedRegister() {
      // The list may be cached from before the save (it is read again only when told).
      if (outcome?.kind === 'saved') void client.invalidateQueries({ queryKey: ['registers'] });
    },
    [outcome, client],
  );
  if (!outcome) return null;
  if (outcome.kind === 'saving')
    return (
      <div className="notice" role="status" data-save-outcome="saving">
        <p>{st.savingClosed(outcome.name)}</p>
      </div>
    );
  const dismiss = (
    <button type="button" onClick={() => setSaveOutcome(null)}>
      {st.dismiss}
    </button>
  );
  if (outcome.kind === 'failed')
    return (
      <div className="notice" role="alert" data-save-outcome="failed">
        <p>{st.saveFailedClosed(outcome.name, outcome.detail)}</p>
        <div className="notice-actions">{dismiss}</div>
      </div>
    );
  return (
    <div className="notice" role="status" data-save-outcome="saved" data-saved-register={outcome.id} data-saved-version={outcome.version}>
      <p>
        {st.savedClosed(outcome.name, outcome.version, count(outcome.rows))}
        {outcome.meanwhile === 'newer' ? ` ${st.savedAfterNewer(outcome.name, outcome.version)}` : ''}
        {outcome.meanwhile === 'gone' ? ` ${st.savedAfterGone(outcome.name)}` : ''}
        {outcome.thisTab ? ` ${st.savedThisTab(outcome.name)}` : ''}
      </p>
      <div className="notice-actions">
        <button
          type="button"
          data-show-saved=""
          onClick={() => {
            setData(`${outcome.id}.v${outcome.version}`);
            setSaveOutcome(null);
          }}
        >
          {st.show}
        </button>
        {dismiss}
      </div>
    </div>
  );
}
