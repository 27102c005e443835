/** An export that failed, in words: a chunk that could not load is named as such (small: the page's own export buttons are on the first view). */
import type { I18n } from '../i18n/i18n';
import { isChunkLoadError } from './load-chunk';

/** An export that failed, in words: its code that did not load (its buttons are the retry), or the error. */
export function exportFailure(error: unknown, t: I18n['t']): string {
  if (isChunkLoadError(error)) return t.failure.notLoaded(t.exportUi.menu);
  return `${t.exportUi.failed} ${error instanceof Error ? error.message : String(error)}`;
}
