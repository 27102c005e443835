/** The header's Share control: the native share sheet with the view in words where there is one, else the copy + QR dialog. */
import { summarizeView } from '../../domain/view-summary';
import { useI18n } from '../../i18n/i18n';
import { viewSentence } from '../../i18n/labels';
import { useView } from '../../queries/view';
import { shareNatively } from './native-share';

export function ShareButton({ onFallback }: { onFallback: () => void }) {
  const i18n = useI18n();
  const { view } = useView();
  const share = () => {
    const url = window.location.href;
    const text = view ? viewSentence(summarizeView(view), i18n) : i18n.t.appSubtitle;
    void shareNatively({ title: i18n.t.appTitle, text, url }).then((outcome) => {
      if (outcome === 'unavailable') onFallback();
    });
  };
  return (
    <button type="button" className="share-button" data-share-button="" onClick={share}>
      {i18n.t.share.button}
    </button>
  );
}
