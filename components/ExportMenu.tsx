import { useRef, useState } from 'preact/hooks';
import { EXPORT_CHOICES, type ExportKind } from '../lib/panel/exports';

// "Export / Import" at the top of the reading list: a menu button that opens the export format
// and the file picker. Escape closes it and gives focus back to its button.
export function ExportMenu(props: {
  count: number;
  /** An import or a long export is running: another waits until it ends. */
  busy: boolean;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
}) {
  const [kind, setKind] = useState<ExportKind>('markdown');
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div
      class="list-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        class="secondary small"
        aria-expanded={open}
        aria-controls="list-menu-body"
        onClick={() => setOpen(!open)}
      >
        Export / Import
      </button>
      <div id="list-menu-body" class="list-menu-body" hidden={!open}>
        <div class="export-row">
          <label class="field">
            <span>Export format</span>
            <select
              value={kind}
              onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ExportKind)}
            >
              {EXPORT_CHOICES.map((c) => (
                <option key={c.kind} value={c.kind}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="primary"
            disabled={props.count === 0 || props.busy}
            onClick={() => props.onExport(kind)}
          >
            Export
          </button>
        </div>
        <label class="field file-field">
          <span>Import a file (MailGist JSON, Instapaper or Pocket CSV, bookmarks .html)</span>
          <input
            type="file"
            disabled={props.busy}
            accept=".json,.csv,.html,.htm,application/json,text/csv,text/html"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              close();
              props.onImport(file);
            }}
          />
        </label>
      </div>
    </div>
  );
}
