import { useLayoutEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

// Escape closes what is open: a menu, a form, the notices. Shared so every part of the panel
// answers Escape the same way. Usage, in a menu or form component:
//
//   const box = useRef<HTMLDivElement>(null);
//   useEscape(box, open, () => setOpen(false), trigger);
//
// The key is heard while focus is inside `box` (so the innermost open thing closes first and
// the event goes no further); with `{ anywhere: true }` it is heard on the whole page unless
// something inside already handled it. Focus goes back to `returnTo` (the button that opened
// it) when focus was inside what closed, so a keyboard user is not dropped on the page body.

export function useEscape(
  box: RefObject<HTMLElement>,
  open: boolean,
  close: () => void,
  returnTo?: RefObject<HTMLElement>,
  options: { anywhere?: boolean } = {},
): void {
  // The latest close, without re-binding the listener on every render.
  const latest = useRef(close);
  latest.current = close;
  const anywhere = options.anywhere ?? false;
  // Bound as soon as it opens (a layout effect), so an Escape pressed at once is heard.
  useLayoutEffect(() => {
    if (!open) return;
    const target: HTMLElement | Document | null = anywhere ? document : box.current;
    if (!target) return;
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
      e.preventDefault();
      e.stopPropagation();
      const hadFocus = box.current?.contains(document.activeElement) ?? false;
      latest.current();
      if (hadFocus) returnTo?.current?.focus();
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [open, anywhere, box, returnTo]);
}
