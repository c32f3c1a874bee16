import { WorkProgress } from './WorkProgress';
import type { ImportState } from './use-import-job';

const count = (n: number) => n.toLocaleString('en');

// An import's progress while it runs (with Cancel), then "Undo import" until dismissed or the next
// import. The numbers are a progress bar's value, not a live region: the notice announces the end.
export function ImportStatus(props: {
  state: ImportState;
  onCancel: () => void;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const s = props.state;
  if (s.kind === 'idle') return null;
  if (s.kind === 'done') {
    const { added, updated } = s.outcome;
    return (
      <div class="import-status">
        <p>
          Imported {s.file}: {count(added)} added, {count(updated)} updated.
        </p>
        <div class="button-row">
          <button type="button" class="secondary small" onClick={props.onUndo}>
            Undo import
          </button>
          <button type="button" class="ghost small" onClick={props.onDismiss}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  const p = s.progress;
  const text = !p
    ? `Reading ${s.file}…`
    : p.phase === 'reading'
      ? `Importing ${count(p.done)} / ${count(p.total)}`
      : p.phase === 'merging'
        ? `Adding to your list: ${count(p.done)} / ${count(p.total)}`
        : `Saving: ${count(p.done)} / ${count(p.total)}`;
  return (
    <WorkProgress
      id="import-progress-label"
      text={text}
      done={p?.done}
      total={p?.total}
      cancelling={s.cancelling}
      cancelLabel="Cancel import"
      onCancel={props.onCancel}
    />
  );
}
