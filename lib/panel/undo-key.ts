// Ctrl+Z (Cmd+Z on a Mac) undoes the panel's last change, except where the key already means
// "undo my typing": a text field, a text area, an editable element.

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  defaultPrevented?: boolean;
  isComposing?: boolean;
}

/** Input types whose own undo (of typed text) Ctrl/Cmd+Z must keep. */
const TYPED_INPUTS = new Set([
  'text',
  'search',
  'url',
  'email',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea') return true;
  if (tag === 'input') return TYPED_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase());
  return (el as HTMLElement).isContentEditable === true;
}

/** Plain Ctrl+Z or Cmd+Z: Shift (redo) and Alt chords are someone else's. */
export function isUndoKey(e: KeyLike): boolean {
  return (
    !e.defaultPrevented &&
    !e.isComposing &&
    e.key.toLowerCase() === 'z' &&
    e.ctrlKey !== e.metaKey &&
    !e.altKey &&
    !e.shiftKey
  );
}
