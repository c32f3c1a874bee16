import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { runImport, type ImportOutcome, type ImportProgress } from '../lib/reading-list/import-job';
import { createPacer, WorkCancelled } from '../lib/reading-list/pacer';
import type { ReadingListStore } from '../lib/reading-list/store';
import type { Notify } from './use-notices';

// The reading list's import as background work: its progress, Cancel while it runs, and "Undo
// import" afterwards (until the next import), on top of the notice's own Undo.

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'running'; file: string; progress: ImportProgress | null; cancelling: boolean }
  | { kind: 'done'; file: string; outcome: ImportOutcome };

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
/** Progress repaints at most this often: the numbers move, the work is not slowed by rendering. */
const REPAINT_MS = 100;

export function useImportJob(opts: {
  store: ReadingListStore;
  notify: Notify;
  parseHtml: (html: string) => Document;
  readFile: (file: File) => Promise<string>;
  now: () => Date;
}) {
  const { store, notify } = opts;
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  // An import is undone once: its "Undo import" button and its notice's Undo are two doors to
  // one step, and a second pass would put back entries edited since the first.
  const undone = useRef(new WeakSet<ImportOutcome>());
  const undo = useCallback(
    async (outcome: ImportOutcome, file: string) => {
      if (undone.current.has(outcome)) return;
      undone.current.add(outcome);
      try {
        await store.undoImport(outcome.undo);
        setState({ kind: 'idle' });
        notify({ tone: 'info', message: `Import of ${file} undone` });
      } catch (err) {
        // Not undone after all: the step may be tried again.
        undone.current.delete(outcome);
        notify({ tone: 'error', message: errorText(err) });
      }
    },
    [store, notify],
  );

  const start = useCallback(
    async (file: File) => {
      if (abort.current) return;
      const controller = new AbortController();
      abort.current = controller;
      setState({ kind: 'running', file: file.name, progress: null, cancelling: false });
      let painted = 0;
      try {
        const text = await opts.readFile(file);
        const outcome = await runImport(
          text,
          { parseHtml: opts.parseHtml, newId: () => crypto.randomUUID(), now: opts.now() },
          {
            store,
            signal: controller.signal,
            pacer: createPacer({ signal: controller.signal }),
            onProgress: (progress) => {
              const t = performance.now();
              if (t - painted < REPAINT_MS && progress.done !== 0) return;
              painted = t;
              setState((s) => (s.kind === 'running' ? { ...s, progress } : s));
            },
          },
        );
        setState({ kind: 'done', file: file.name, outcome });
        notify({
          tone: 'info',
          message: `Imported ${file.name}: ${outcome.added} added, ${outcome.updated} updated, ${outcome.unchanged} already in the list.`,
          undo: () => undo(outcome, file.name),
        });
      } catch (err) {
        setState({ kind: 'idle' });
        notify(
          err instanceof WorkCancelled
            ? {
                tone: 'info',
                message: `Import of ${file.name} cancelled. Your reading list is unchanged.`,
              }
            : {
                tone: 'error',
                message: `${file.name} was not imported. ${errorText(err)} Your reading list is unchanged.`,
              },
        );
      } finally {
        abort.current = null;
      }
    },
    // opts' functions are read when an import starts; a new render's copies need no new start.
    [store, notify, undo],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState((s) => (s.kind === 'running' ? { ...s, cancelling: true } : s));
  }, []);

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, start, cancel, undo, dismiss };
}
