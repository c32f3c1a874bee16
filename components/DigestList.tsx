import { useState } from 'preact/hooks';
import type { DigestItem } from '../lib/schema';
import { displayHost } from '../lib/panel/safe-url';
import { SafeLink } from './SafeLink';
import { ShowAllButton } from './ShowAllButton';

/** Stories shown before "Show all N stories". */
export const STORIES_SHOWN = 5;

// The stories of a digest, in order: the first few, then "Show all N stories"; each can be saved
// to the reading list on its own.
export function DigestList(props: {
  items: DigestItem[];
  savedTitles: ReadonlySet<string>;
  onSave: (item: DigestItem) => void;
}) {
  const [all, setAll] = useState(false);
  if (props.items.length === 0) return null;
  const folds = props.items.length > STORIES_SHOWN + 1;
  const shown = folds && !all ? props.items.slice(0, STORIES_SHOWN) : props.items;
  return (
    <section class="digest" aria-labelledby="digest-heading">
      <h2 id="digest-heading">Stories in this digest</h2>
      <ol class="story-list">
        {shown.map((item, i) => {
          const saved = props.savedTitles.has(item.title);
          // The parser's destination host beats the click-tracker's own.
          const host = item.host?.replace(/^www\./, '') || displayHost(item.url);
          return (
            <li key={i} class="story">
              <div class="story-text">
                <SafeLink href={item.url} class="story-title">
                  {item.title}
                </SafeLink>
                {host && <span class="host"> {host}</span>}
                {item.blurb && <p class="blurb">{item.blurb}</p>}
              </div>
              <button type="button" class="small secondary" onClick={() => props.onSave(item)}>
                {saved ? 'Saved ✓' : 'Save'}
                <span class="visually-hidden">
                  {saved ? ': ' : ' story: '}
                  {item.title}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {folds && (
        <ShowAllButton
          expanded={all}
          onToggle={() => setAll(!all)}
          showAll={`Show all ${props.items.length} stories`}
          showFewer={`Show the first ${STORIES_SHOWN} stories`}
        />
      )}
    </section>
  );
}
