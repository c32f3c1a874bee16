import type { DigestItem } from '../lib/schema';
import { displayHost } from '../lib/panel/safe-url';
import { SafeLink } from './SafeLink';

// The stories of a digest, in order; each can be saved to the reading list on its own.
export function DigestList(props: {
  items: DigestItem[];
  savedTitles: ReadonlySet<string>;
  onSave: (item: DigestItem) => void;
}) {
  if (props.items.length === 0) return null;
  return (
    <section class="digest" aria-labelledby="digest-heading">
      <h2 id="digest-heading">Stories in this digest</h2>
      <ol class="story-list">
        {props.items.map((item, i) => {
          const saved = props.savedTitles.has(item.title);
          const host = displayHost(item.url);
          return (
            <li key={i} class="story">
              <div class="story-text">
                <SafeLink href={item.url} class="story-title">
                  {item.title}
                </SafeLink>
                {host && <span class="host"> {host}</span>}
                {item.blurb && <p class="blurb">{item.blurb}</p>}
              </div>
              <button
                type="button"
                class="small secondary"
                aria-label={`${saved ? 'Saved' : 'Save story'}: ${item.title}`}
                onClick={() => props.onSave(item)}
              >
                {saved ? 'Saved ✓' : 'Save'}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
