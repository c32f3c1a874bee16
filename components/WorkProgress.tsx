// Long work's progress (an import, a long export): what it is doing, a progress bar, and its
// Cancel. The numbers are a progress bar's value, not a live region: a notice announces the end.
export function WorkProgress(props: {
  id: string;
  text: string;
  done?: number;
  total?: number;
  cancelling: boolean;
  cancelLabel: string;
  onCancel: () => void;
}) {
  const { done, total } = props;
  return (
    <div class="import-status" aria-busy="true">
      <p id={props.id}>{props.cancelling ? 'Cancelling…' : props.text}</p>
      <progress
        aria-labelledby={props.id}
        {...(done !== undefined && total ? { value: done, max: total } : {})}
      />
      <div class="button-row">
        <button
          type="button"
          class="secondary small"
          disabled={props.cancelling}
          onClick={props.onCancel}
        >
          {props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
