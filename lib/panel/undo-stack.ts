// The panel's last few undoable changes, newest last. Pure: the hook (components/use-notices.ts)
// keeps the list and runs the callbacks.

export interface UndoEntry {
  id: number;
  /** What was done ("Deleted “…”"), shown beside its Undo. */
  message: string;
  undo: () => Promise<void> | void;
  /** The open message the change belongs to, or null for changes that belong to no message. */
  scope: string | null;
  /** Still on screen; an entry that faded stays undoable with Ctrl/Cmd+Z. */
  shown: boolean;
}

/** A few are kept: enough to take back a short run of deletes, few enough to read at a glance. */
export const UNDO_KEPT = 3;

/**
 * How long an Undo stays on screen. WCAG 2.2.1 asks for time to act: far longer than the 12 s it
 * had, and it never fades while the pointer or focus is on it.
 */
export const UNDO_SHOWN_MS = 60_000;

export function addUndo(list: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...list, entry].slice(-UNDO_KEPT);
}

/** The entry with this id (the newest when none is given) and the list without it. */
export function takeUndo(list: readonly UndoEntry[], id?: number): [UndoEntry | null, UndoEntry[]] {
  const index = id === undefined ? list.length - 1 : list.findIndex((u) => u.id === id);
  if (index < 0) return [null, [...list]];
  return [list[index]!, list.filter((_, i) => i !== index)];
}

/** Only the changes of this message (and those of no message) stay undoable. */
export function dropScope(list: readonly UndoEntry[], keep: string | null): UndoEntry[] {
  return list.filter((u) => u.scope === null || u.scope === keep);
}
