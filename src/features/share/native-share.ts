/**
 * The phone's own share sheet (Web Share API) where the browser has one: the title, the view
 * in words and the link. A reader closing the sheet is not a failure; a browser without it (or
 * refusing this data) gets the copy + QR dialog instead.
 */
export interface ShareData {
  title: string;
  text: string;
  url: string;
}

/** 'shared' or 'cancelled': the sheet was offered; 'unavailable': use the fallback. */
export type ShareOutcome = 'shared' | 'cancelled' | 'unavailable';

export function canShareNatively(data: ShareData, nav: Navigator = navigator): boolean {
  if (typeof nav.share !== 'function') return false;
  // canShare is newer than share: where it is missing, share itself decides.
  return typeof nav.canShare !== 'function' || nav.canShare(data);
}

/** Must run inside the click's own task (the API needs the user's activation). */
export async function shareNatively(data: ShareData, nav: Navigator = navigator): Promise<ShareOutcome> {
  if (!canShareNatively(data, nav)) return 'unavailable';
  try {
    await nav.share(data);
    return 'shared';
  } catch (e) {
    // The reader closed the sheet: nothing to report.
    if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
    // Not allowed here (e.g. an embedding frame) or the data refused: the dialog still shares.
    return 'unavailable';
  }
}
