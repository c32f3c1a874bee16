import { useLayoutEffect, useRef } from 'preact/hooks';
import { isTextEntry, isUndoKey } from '../lib/panel/undo-key';

/** Ctrl/Cmd+Z anywhere in the panel but a text field runs `undo` (the newest undoable change). */
export function useUndoKey(enabled: boolean, undo: () => void): void {
  const latest = useRef(undo);
  latest.current = undo;
  // A layout effect: bound as soon as there is something to undo, before the next key press.
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isUndoKey(e) || isTextEntry(document.activeElement)) return;
      e.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
