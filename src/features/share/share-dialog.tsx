/**
 * Share the exact view: its readable link (copy) and a QR code of it generated in the browser
 * (the QR library loads only when this dialog opens), so an audience can open the same view.
 */
import { useEffect, useRef, useState } from 'react';
import { Modal } from '../../components/modal';
import { useI18n } from '../../i18n/i18n';
import { loadChunk } from '../../components/load-chunk';

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const url = window.location.href;
  const [qr, setQr] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);

  useEffect(
    function makeQr() {
      let live = true;
      loadChunk(() => import('qrcode'))
        .then((QR) => QR.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
        .then((svg) => {
          if (live) setQr(svg);
        })
        .catch(() => undefined);
      return () => {
        live = false;
      };
    },
    [url],
  );

  const copy = () => {
    navigator.clipboard
      .writeText(url)
      .then(() => setStatus(t.share.copied))
      .catch(() => {
        inputRef.current?.select();
        setStatus(t.share.copyFailed);
      });
  };

  return (
    <Modal title={t.share.title} closeLabel={t.share.close} onClose={onClose} className="share-dialog" initialFocus={inputRef}>
      <p>{t.share.intro}</p>
      <div className="share-link">
        <input ref={inputRef} readOnly value={url} aria-label={t.share.title} data-share-url="" />
        <button type="button" onClick={copy}>
          {t.share.copy}
        </button>
      </div>
      {status ? <p role="status">{status}</p> : null}
      {/* The SVG comes from the QR library fed only with our own URL. */}
      {qr ? <div className="qr" role="img" aria-label={t.share.qr} data-qr="" dangerouslySetInnerHTML={{ __html: qr }} /> : null}
    </Modal>
  );
}
