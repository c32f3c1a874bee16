import { useState } from 'preact/hooks';
import { DEFAULT_LIST } from '../lib/reading-list/entry';
import { parseTagInput } from '../lib/panel/list-view';

// Save in one click to "Read later", or open the menu to choose lists and add tags.
export function SaveMenu(props: {
  saved: boolean;
  busy: boolean;
  knownLists: string[];
  onSave: (into: { lists: string[]; tags: string[] }) => void;
}) {
  const [open, setOpen] = useState(false);
  const lists = [...new Set([DEFAULT_LIST, ...props.knownLists])];
  const [chosen, setChosen] = useState<Set<string>>(new Set([DEFAULT_LIST]));
  const [newList, setNewList] = useState('');
  const [tags, setTags] = useState('');

  function toggle(list: string) {
    const next = new Set(chosen);
    if (next.has(list)) next.delete(list);
    else next.add(list);
    setChosen(next);
  }

  function submit(e: Event) {
    e.preventDefault();
    const picked = [...chosen, ...(newList.trim() ? [newList.trim()] : [])];
    props.onSave({ lists: picked.length ? picked : [DEFAULT_LIST], tags: parseTagInput(tags) });
    setOpen(false);
    setNewList('');
  }

  return (
    <div class="save-menu">
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={props.busy}
          onClick={() => props.onSave({ lists: [DEFAULT_LIST], tags: [] })}
        >
          {props.saved ? 'Saved ✓ Save again' : 'Save to reading list'}
        </button>
        <button
          type="button"
          class="secondary"
          aria-expanded={open}
          aria-controls="save-options"
          onClick={() => setOpen(!open)}
        >
          Lists and tags…
        </button>
      </div>
      {open && (
        <form
          id="save-options"
          class="save-options"
          onSubmit={submit}
          aria-label="Save to lists with tags"
        >
          <fieldset>
            <legend>Lists</legend>
            {lists.map((l) => (
              <label key={l} class="check">
                <input type="checkbox" checked={chosen.has(l)} onChange={() => toggle(l)} />
                {l}
              </label>
            ))}
            <label class="field">
              <span>New list</span>
              <input
                type="text"
                value={newList}
                onInput={(e) => setNewList((e.currentTarget as HTMLInputElement).value)}
              />
            </label>
          </fieldset>
          <label class="field">
            <span>Tags (comma-separated)</span>
            <input
              type="text"
              value={tags}
              onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="primary" disabled={props.busy}>
            Save to chosen lists
          </button>
        </form>
      )}
    </div>
  );
}
