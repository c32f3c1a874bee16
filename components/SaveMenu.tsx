import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DEFAULT_LIST } from '../lib/reading-list/entry';
import { parseTagInput } from '../lib/panel/list-view';
import { saveChoice, saveTarget } from '../lib/panel/save-choice';

// The one Save control: a form whose submit button says where the article goes ("Save to Read
// later", "Save to 2 lists · 3 tags"), with the lists and tags folded inside it. Every way of
// saving — the button, Enter in a field — submits the same form, so what is filled in is what is
// saved. After a save, focus moves to the result; Escape closes the lists and tags.
export function SaveMenu(props: {
  saved: boolean;
  busy: boolean;
  knownLists: string[];
  /** Saves; resolves to the confirmation to show, or null when the save failed. */
  onSave: (into: { lists: string[]; tags: string[] }) => Promise<string | null>;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const lists = [...new Set([DEFAULT_LIST, ...props.knownLists])];
  const [chosen, setChosen] = useState<Set<string>>(new Set([DEFAULT_LIST]));
  const [newList, setNewList] = useState('');
  const [tags, setTags] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const choice = saveChoice(chosen, newList, parseTagInput(tags));

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  function toggle(list: string) {
    const next = new Set(chosen);
    if (next.has(list)) next.delete(list);
    else next.add(list);
    setChosen(next);
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (props.busy) return;
    setResult(null);
    const message = await props.onSave(choice);
    if (message === null) return;
    setOpen(false);
    setResult(message);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <form
      class={`save-control${open ? ' is-open' : ''}`}
      data-save-control=""
      aria-label="Save to reading list"
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
    >
      <div class="save-buttons">
        <button type="submit" class="primary save-main" disabled={props.busy}>
          {props.saved ? 'Save again to ' : 'Save to '}
          {saveTarget(choice)}
        </button>
        <button
          ref={toggleRef}
          type="button"
          class="secondary save-toggle"
          aria-expanded={open}
          aria-controls={`${id}-options`}
          onClick={() => setOpen(!open)}
        >
          Lists &amp; tags
        </button>
      </div>
      <div id={`${id}-options`} class="save-options" hidden={!open}>
        {open && (
          <>
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
            <p class="hint">The Save button above saves with these lists and tags.</p>
          </>
        )}
      </div>
      {(result || props.saved) && (
        <p ref={resultRef} class="save-result" tabIndex={-1}>
          {result ?? 'In your reading list ✓'}
        </p>
      )}
    </form>
  );
}
