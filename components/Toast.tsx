import { useRef } from 'preact/hooks';
import type { Notice } from './use-notices';
import type { UndoEntry } from '../lib/panel/undo-stack';
import { useEscape } from './use-escape';

// The visible confirmations and the screen-reader announcements in one place. The live regions
// are always in the page (so a change is announced). Each undoable change keeps its own row with
// Undo. The area is a band of its own at the panel's foot (see the sidepanel style): it takes
// room from the scrolling content instead of covering it. It comes right after the header in
// the page, so Undo is a few Tab stops away, not the last one. A named region: axe wants all
// content inside landmarks, and a screen reader can jump to it.
export function Toast(props: {
  notice: Notice | null;
  onDismiss: () => void;
  undos?: readonly Pick<UndoEntry, 'id' | 'message'>[];
  onUndo?: (id: number) => void;
  onDismissUndo?: (id: number) => void;
  /** True while the pointer or focus is on the notices: they must not time out under the user. */
  onHold?: (held: boolean) => void;
}) {
  const { notice } = props;
  const undos = props.undos ?? [];
  // A change with Undo is shown in its row; the line would only repeat it.
  const info = notice?.tone === 'info' && !notice.undo ? notice : null;
  const error = notice?.tone === 'error' ? notice : null;
  const area = useRef<HTMLElement>(null);
  const hold = (held: boolean) => props.onHold?.(held);
  useEscape(area, Boolean(notice || undos.length), () => {
    props.onDismiss();
    for (const u of undos) props.onDismissUndo?.(u.id);
  });
  return (
    <section
      ref={area}
      class="toast-area"
      aria-label="Notices"
      onMouseEnter={() => hold(true)}
      onMouseLeave={() => hold(false)}
      onFocusIn={() => hold(true)}
      onFocusOut={(e) => {
        if (!area.current?.contains(e.relatedTarget as Node | null)) hold(false);
      }}
    >
      <div role="status" aria-live="polite" class={info ? 'toast' : 'visually-hidden'}>
        {notice?.tone === 'info' ? notice.message : ''}
      </div>
      <div role="alert" class={error ? 'toast toast-error' : 'visually-hidden'}>
        {error?.message}
      </div>
      {(info || error) && (
        <button
          type="button"
          class="ghost toast-close"
          aria-label="Dismiss notification"
          onClick={props.onDismiss}
        >
          ×
        </button>
      )}
      {undos.length > 0 && (
        <ul class="undo-list" aria-label="Changes you can undo">
          {/* Newest first: the first Undo a Tab reaches is the one Ctrl/Cmd+Z would run. */}
          {[...undos].reverse().map((u) => (
            <li key={u.id} class="toast undo-row">
              <span id={`undo-${u.id}`} class="undo-text" title={u.message}>
                {u.message}
              </span>
              <button
                type="button"
                class="undo small"
                aria-describedby={`undo-${u.id}`}
                aria-keyshortcuts={u === undos.at(-1) ? 'Control+Z Meta+Z' : undefined}
                onClick={() => props.onUndo?.(u.id)}
              >
                Undo
              </button>
              <button
                type="button"
                class="ghost small toast-close"
                aria-label="Dismiss"
                onClick={() => props.onDismissUndo?.(u.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
