import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  addUndo,
  dropScope,
  takeUndo,
  UNDO_SHOWN_MS,
  type UndoEntry,
} from '../lib/panel/undo-stack';

// The panel's notices: the latest confirmation or error (one line, announced), and a small stack
// of undoable changes, each with its own Undo, that outlive the confirmation.

export interface Notice {
  message: string;
  tone: 'info' | 'error';
  /** Offers an Undo button (and Ctrl/Cmd+Z) for this change. */
  undo?: () => Promise<void> | void;
  /**
   * What the change belongs to (the open message's key). When the panel moves to another
   * message, the Undo of the one left behind is withdrawn, so it never seems to act on the
   * message now in view. Unscoped notices (the reading list's) stay.
   */
  scope?: string;
}

export function useNotices(timeoutMs = 6000, undoShownMs = UNDO_SHOWN_MS) {
  const [notice, setNotice] = useState<Notice | null>(null);
  // The stack lives in a ref (an undo must read it at once, not after a render).
  const stack = useRef<UndoEntry[]>([]);
  const [, setVersion] = useState(0);
  const setStack = useCallback((next: UndoEntry[]) => {
    stack.current = next;
    setVersion((v) => v + 1);
  }, []);
  // While the pointer or focus is on the notices, nothing times out (WCAG 2.2.1).
  const [held, setHeld] = useState(false);
  const nextId = useRef(1);

  const clear = useCallback(() => setNotice(null), []);
  const notify = useCallback(
    (n: Notice) => {
      setNotice(n);
      if (!n.undo) return;
      const entry: UndoEntry = {
        id: nextId.current++,
        message: n.message,
        undo: n.undo,
        scope: n.scope ?? null,
        shown: true,
      };
      setStack(addUndo(stack.current, entry));
    },
    [setStack],
  );

  // The line times out (errors twice as late: there is something to read); restarted by each new
  // notice and by letting go of the notices.
  useEffect(() => {
    if (!notice || held) return;
    const t = setTimeout(
      () => setNotice(null),
      notice.tone === 'error' ? timeoutMs * 2 : timeoutMs,
    );
    return () => clearTimeout(t);
  }, [notice, held, timeoutMs]);

  // Undo rows leave the screen after a while; the stack keeps them for Ctrl/Cmd+Z.
  const shown = stack.current.filter((u) => u.shown);
  const newestShown = shown.at(-1)?.id ?? 0;
  useEffect(() => {
    if (!newestShown || held) return;
    const t = setTimeout(
      () => setStack(stack.current.map((u) => (u.shown ? { ...u, shown: false } : u))),
      undoShownMs,
    );
    return () => clearTimeout(t);
  }, [newestShown, held, undoShownMs, setStack]);

  /** Runs one undo (the newest when no id is given) once; false when there was none. */
  const undo = useCallback(
    async (id?: number): Promise<boolean> => {
      const [entry, rest] = takeUndo(stack.current, id);
      if (!entry) return false;
      setStack(rest);
      setNotice(null);
      await entry.undo();
      return true;
    },
    [setStack],
  );

  const dismissUndo = useCallback(
    (id: number) => setStack(stack.current.filter((u) => u.id !== id)),
    [setStack],
  );

  /** The panel moved to another message: withdraw the notices and Undos of every other one. */
  const keepScope = useCallback(
    (scope: string | null) => {
      const kept = dropScope(stack.current, scope);
      if (kept.length !== stack.current.length) setStack(kept);
      setNotice((n) => (n?.scope !== undefined && n.scope !== scope ? null : n));
    },
    [setStack],
  );

  return {
    notice,
    notify,
    clear,
    /** The Undos on screen, newest last (the Toast shows them newest first). */
    undos: shown,
    /** Something (shown or not) can still be undone with Ctrl/Cmd+Z. */
    canUndo: stack.current.length > 0,
    undo,
    dismissUndo,
    keepScope,
    setHeld,
  };
}

export type Notify = (n: Notice) => void;
