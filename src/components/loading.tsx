/** The loading line every panel shows while its code or data arrives (a lazy panel's Suspense fallback). */
import { useI18n } from '../i18n/i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}
