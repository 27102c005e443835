/** Presentation-mode helpers for panels: whether we present, and the root font size in px. */
import { useEffect, useState } from 'react';
import { useViewStore } from '../stores/view-store';

export function usePresenting(): boolean {
  return useViewStore((s) => s.mode === 'present');
}

function rootPx(): number {
  if (typeof window === 'undefined') return 16;
  const px = parseFloat(window.getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}

/** The root font size, which presentation mode scales with the screen (28 px at 1080p). */
export function useRootFontPx(): number {
  const presenting = usePresenting();
  const [px, setPx] = useState(rootPx);
  useEffect(
    function trackRootFont() {
      const update = () => setPx(rootPx());
      update();
      window.addEventListener('resize', update);
      return () => window.removeEventListener('resize', update);
    },
    [presenting],
  );
  return px;
}
