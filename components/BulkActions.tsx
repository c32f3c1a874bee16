import { useState } from 'preact/hooks';
import { parseTagInput } from '../lib/panel/list-view';

// Actions on the selected rows: select all that match the search and filters, mark read or
// unread, add tags, delete (with undo, like a single delete).
export function BulkActions(props: {
  matching: number;
  selected: number;
  onSelectAll: (all: boolean) => void;
  onMarkRead: (read: boolean) => void;
  onTag: (tags: string[]) => void;
  onDelete: () => void;
}) {
  const [tags, setTags] = useState('');
  const { matching, selected } = props;
  if (matching === 0) return null;
  const all = selected > 0 && selected === matching;
  const none = selected === 0;
  return (
    <div class="bulk-actions" role="group" aria-label="Selected articles">
      <label class="bulk-select">
        <input
          type="checkbox"
          checked={all}
          indeterminate={!all && !none}
          onChange={(e) => props.onSelectAll((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          {none
            ? `Select all ${matching.toLocaleString('en')} matching`
            : `${selected.toLocaleString('en')} selected`}
        </span>
      </label>
      {!none && (
        <div class="bulk-buttons">
          <button type="button" class="small secondary" onClick={() => props.onMarkRead(true)}>
            Mark read
          </button>
          <button type="button" class="small secondary" onClick={() => props.onMarkRead(false)}>
            Mark unread
          </button>
          <form
            class="bulk-tag"
            onSubmit={(e) => {
              e.preventDefault();
              const parsed = parseTagInput(tags);
              if (parsed.length === 0) return;
              props.onTag(parsed);
              setTags('');
            }}
          >
            <label class="field">
              <span class="visually-hidden">Tags to add</span>
              <input
                type="text"
                placeholder="tag, another"
                value={tags}
                onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
              />
            </label>
            <button type="submit" class="small secondary">
              Add tags
            </button>
          </form>
          <button type="button" class="small danger" onClick={props.onDelete}>
            Delete selected
          </button>
        </div>
      )}
    </div>
  );
}
