/**
 * A modal dialog: backdrop, title, close button, focus moved in on open and back on close,
 * Tab and Shift+Tab kept inside while it is open, and Escape to close — also when focus has
 * fallen out of the dialog (e.g. its focused button was removed); that Escape does not reach
 * the page's own keys, such as presentation mode's Esc.
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([tabindex="-1"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';

interface Props {
  title: string;
  closeLabel: string;
  onClose: () => void;
  className: string;
  /** Clicking the backdrop closes (off for dialogs holding work in progress). */
  closeOnBackdrop?: boolean;
  /** What gets focus on open (an input is also selected); the close button by default. */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function Modal({ title, closeLabel, onClose, className, closeOnBackdrop = true, initialFocus, children }: Props) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement | null>(null);
  const closeRef = useRef<HTMLButtonElement | null>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(
    function focusInAndBack() {
      const previous = document.activeElement;
      const target = initialFocus?.current ?? closeRef.current;
      target?.focus();
      if (target instanceof HTMLInputElement) target.select();
      return () => {
        if (previous instanceof HTMLElement) previous.focus();
      };
    },
    [initialFocus],
  );

  useEffect(function escapeFromOutside() {
    const onKey = (e: KeyboardEvent) => {
      const dialog = dialogRef.current;
      if (e.key !== 'Escape' || !dialog || dialog.contains(document.activeElement)) return;
      e.stopPropagation();
      onCloseRef.current();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <div className="modal-backdrop" onClick={closeOnBackdrop ? (e) => e.target === e.currentTarget && onClose() : undefined}>
      <div
        ref={dialogRef}
        className={`modal ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          } else if (e.key === 'Tab' && dialogRef.current) {
            const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
            const first = focusable[0];
            const last = focusable[focusable.length - 1];
            if (e.shiftKey && document.activeElement === first) {
              e.preventDefault();
              last?.focus();
            } else if (!e.shiftKey && document.activeElement === last) {
              e.preventDefault();
              first?.focus();
            }
          }
        }}
      >
        <div className="modal-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" ref={closeRef} onClick={onClose}>
            {closeLabel}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
