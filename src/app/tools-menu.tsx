/**
 * A phone's header: the tools a reader of a shared link rarely needs (present, tour, data,
 * import, export) in one menu button (WAI-ARIA menu button: Enter, Space or the arrows open it,
 * arrows, Home and End move, Escape closes and returns focus, Tab leaves). Hidden on wider
 * screens (app.css), whose header shows each tool.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
}

export function ToolsMenu({ label, items, status }: { label: string; items: readonly MenuItem[]; status?: string | null }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const menuRef = useRef<HTMLUListElement | null>(null);
  /** Which item takes focus when the menu opens: the first, or the last (ArrowUp). */
  const focusOnOpen = useRef<'first' | 'last'>('first');

  const itemEls = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(
    function focusItemAndCloseOutside() {
      if (!open) return;
      const els = itemEls();
      (focusOnOpen.current === 'last' ? els[els.length - 1] : els[0])?.focus();
      const onPointer = (e: PointerEvent) => {
        const target = e.target as Node;
        if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
      };
      document.addEventListener('pointerdown', onPointer, true);
      return () => document.removeEventListener('pointerdown', onPointer, true);
    },
    [open],
  );

  const openWith = (where: 'first' | 'last') => {
    focusOnOpen.current = where;
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openWith(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  };
  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const els = itemEls();
    const at = els.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => {
      e.preventDefault();
      els[(i + els.length) % els.length]?.focus();
    };
    switch (e.key) {
      case 'ArrowDown':
        return move(at + 1);
      case 'ArrowUp':
        return move(at - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(els.length - 1);
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        return close(true);
      case 'Tab':
        return close(false);
    }
  };

  return (
    <div className="tools-menu">
      <button
        ref={buttonRef}
        type="button"
        className="tools-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-tools-button=""
        onClick={() => (open ? close(false) : openWith('first'))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={label} className="tools-list" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                data-menu-item={item.key}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {status ? <p role="alert" className="tools-status">{status}</p> : null}
    </div>
  );
}
