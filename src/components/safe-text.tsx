/**
 * Imported text on screen: direction isolated (<bdi>), and every bidi control or invisible
 * character drawn as a visible marker (⟦RLO U+202E⟧), so a cell cannot pretend to say what
 * it does not (src/domain/text-safety.ts).
 */
import { markerFor, splitInvisible } from '../domain/text-safety';

export function SafeText({ text }: { text: string }) {
  const parts = splitInvisible(text);
  if (parts.length === 1 && parts[0] && !parts[0].invisible) return <bdi>{text}</bdi>;
  return (
    <bdi data-invisible-chars="">
      {parts.map((p, i) =>
        p.invisible ? (
          <mark key={i} className="invisible-char">
            {markerFor(p.text)}
          </mark>
        ) : (
          p.text
        ),
      )}
    </bdi>
  );
}
