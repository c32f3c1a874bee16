import type { ExportState } from './use-export-job';
import { WorkProgress } from './WorkProgress';

const count = (n: number) => n.toLocaleString('en');

// A long export's progress while it runs, with Cancel (see use-export-job.ts).
export function ExportStatus(props: { state: ExportState; onCancel: () => void }) {
  const s = props.state;
  if (s.kind === 'idle') return null;
  return (
    <WorkProgress
      id="export-progress-label"
      text={`Exporting ${count(s.done)} / ${count(s.total)}`}
      done={s.done}
      total={s.total}
      cancelling={s.cancelling}
      cancelLabel="Cancel export"
      onCancel={props.onCancel}
    />
  );
}
