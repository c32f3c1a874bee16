import type { Notice } from './use-notices';

// The visible confirmation and the screen-reader announcement in one place: the live regions are
// always in the page (so a change is announced) and show the current notice.
export function Toast(props: { notice: Notice | null; onDismiss: () => void }) {
  const { notice } = props;
  const info = notice?.tone === 'info' ? notice : null;
  const error = notice?.tone === 'error' ? notice : null;
  const undo = notice?.undo;
  return (
    <div class="toast-area">
      <div role="status" aria-live="polite" class={info ? 'toast' : 'visually-hidden'}>
        {info?.message}
      </div>
      <div role="alert" class={error ? 'toast toast-error' : 'visually-hidden'}>
        {error?.message}
      </div>
      {notice && (
        <div class="toast-actions">
          {undo && (
            <button
              type="button"
              onClick={async () => {
                props.onDismiss();
                await undo();
              }}
            >
              Undo
            </button>
          )}
          <button
            type="button"
            class="ghost"
            aria-label="Dismiss notification"
            onClick={props.onDismiss}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
