import { checkSomeImported, planImport, type ImportContext } from './import-file';
import type { ReadingListEntry } from './entry';
import type { MergeUndo } from './merge-entries';
import type { Pacer } from './pacer';
import type { ReadingListStore } from './store';

// An import as background work: read the rows a slice at a time, then merge them into the list a
// slice at a time under the write lock, then store the list part by part. Progress is reported at
// every pause and every part; a cancel (the pacer's signal) before the list's index is written
// leaves the list untouched.

export type ImportPhase = 'reading' | 'merging' | 'saving';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportOutcome {
  added: number;
  updated: number;
  /** Rows the file held that were already in the list as they are. */
  unchanged: number;
  undo: MergeUndo;
}

export async function runImport(
  text: string,
  ctx: ImportContext,
  deps: {
    store: Pick<ReadingListStore, 'importEntries'>;
    pacer: Pacer;
    signal?: AbortSignal;
    onProgress?: (p: ImportProgress) => void;
  },
): Promise<ImportOutcome> {
  const { pacer, onProgress } = deps;
  const plan = planImport(text, ctx);
  onProgress?.({ phase: 'reading', done: 0, total: plan.total });
  const entries: ReadingListEntry[] = [];
  let rows = 0;
  for (const entry of plan.rows) {
    rows += 1;
    if (entry) entries.push(entry);
    if (pacer.due()) {
      onProgress?.({ phase: 'reading', done: rows, total: Math.max(rows, plan.total) });
      await pacer.pause();
    }
  }
  checkSomeImported(plan, rows, entries.length);
  onProgress?.({ phase: 'merging', done: 0, total: entries.length });
  const { added, updated, undo } = await deps.store.importEntries(entries, {
    pacer,
    signal: deps.signal,
    onProgress: (done, total) => onProgress?.({ phase: 'merging', done, total }),
    onSaving: (done, total) => onProgress?.({ phase: 'saving', done, total }),
  });
  return { added, updated, unchanged: entries.length - added - updated, undo };
}
