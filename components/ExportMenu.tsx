import { useState } from 'preact/hooks';
import { EXPORT_CHOICES, type ExportKind } from '../lib/panel/exports';

// Export the (filtered) list in one of the formats, or import a file to merge in.
export function ExportMenu(props: {
  count: number;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
}) {
  const [kind, setKind] = useState<ExportKind>('markdown');
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">Export and import</h2>
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
          disabled={props.count === 0}
          onClick={() => props.onExport(kind)}
        >
          Export
        </button>
      </div>
      <label class="field file-field">
        <span>Import a file (MailGist JSON, Instapaper or Pocket CSV, bookmarks .html)</span>
        <input
          type="file"
          accept=".json,.csv,.html,.htm,application/json,text/csv,text/html"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) props.onImport(file);
            input.value = '';
          }}
        />
      </label>
    </section>
  );
}
