/**
 * The BroadcastChannel on which every change to stored registers is announced ({type:
 * 'changed', id}), so other tabs — and the page, for saves made in the import worker — follow.
 * Its own module so the page can listen without loading the IndexedDB code.
 */
export const REGISTERS_CHANNEL = 'cq-expo-registers';

export interface RegistersChanged {
  type: 'changed';
  /** The register that changed, or null for the whole list (a repair). */
  id: string | null;
}
