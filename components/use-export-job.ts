import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  buildExport,
  buildExportPaced,
  EXPORT_CHOICES,
  type ExportFile,
  type ExportKind,
} from '../lib/panel/exports';
import type { ReadingListEntry } from '../lib/reading-list/entry';
import { createPacer, WorkCancelled } from '../lib/reading-list/pacer';
import type { Notify } from './use-notices';

// An export as background work: a long list is exported in slices, with its progress and Cancel,
// so the panel keeps answering (25,000 entries as Markdown notes held it for most of a second).
// A short list is exported at once, inside the click that asked for it.

export type ExportState =
  { kind: 'idle' } | { kind: 'running'; done: number; total: number; cancelling: boolean };

/** From this many entries an export runs in slices (below it, it takes a few milliseconds). */
export const PACED_EXPORT_FROM = 2_000;
/** Progress repaints at most this often. */
const REPAINT_MS = 100;

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useExportJob(opts: {
  notify: Notify;
  download: (file: ExportFile) => void;
  now: () => Date;
}) {
  const { notify, download, now } = opts;
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const delivered = useCallback(
    (kind: ExportKind, entries: readonly ReadingListEntry[], file: ExportFile) => {
      download(file);
      const label = EXPORT_CHOICES.find((c) => c.kind === kind)?.label ?? kind;
      const skipped = file.skipped ?? 0;
      const written = entries.length - skipped;
      const left =
        skipped > 0 ? ` (${skipped} without a web link left out: this format needs one)` : '';
      notify({
        tone: 'info',
        message: `Exported ${written} ${written === 1 ? 'entry' : 'entries'} as ${label}${left}`,
      });
    },
    [download, notify],
  );

  const start = useCallback(
    async (kind: ExportKind, entries: readonly ReadingListEntry[]) => {
      if (abort.current) return;
      if (entries.length < PACED_EXPORT_FROM) {
        delivered(kind, entries, buildExport(kind, entries, now()));
        return;
      }
      const controller = new AbortController();
      abort.current = controller;
      setState({ kind: 'running', done: 0, total: entries.length, cancelling: false });
      let painted = 0;
      try {
        const file = await buildExportPaced(
          kind,
          entries,
          now(),
          createPacer({ signal: controller.signal }),
          (done, total) => {
            const t = performance.now();
            if (t - painted < REPAINT_MS) return;
            painted = t;
            setState((s) => (s.kind === 'running' ? { ...s, done, total } : s));
          },
        );
        delivered(kind, entries, file);
      } catch (err) {
        if (err instanceof WorkCancelled) notify({ tone: 'info', message: 'Export cancelled' });
        else notify({ tone: 'error', message: `The export failed: ${errorText(err)}` });
      } finally {
        abort.current = null;
        setState({ kind: 'idle' });
      }
    },
    [delivered, notify, now],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState((s) => (s.kind === 'running' ? { ...s, cancelling: true } : s));
  }, []);

  return { state, start, cancel };
}
