import type { ReadingListEntry } from '../lib/reading-list/entry';
import { formatIsoDate } from '../lib/panel/brief-meta';
import { safeHref } from '../lib/panel/safe-url';
import { SafeLink } from './SafeLink';

// One saved article: select it, open it (its web page, else back to the email), mark read, delete.
// Each button's accessible name starts with its visible text, then says which article.
export function ReadingListItem(props: {
  entry: ReadingListEntry;
  selected?: boolean;
  /** Offers a checkbox to select the row for bulk actions. */
  onSelect?: (entry: ReadingListEntry, selected: boolean) => void;
  onToggleRead: (entry: ReadingListEntry) => void;
  onDelete: (entry: ReadingListEntry) => void;
}) {
  const e = props.entry;
  const target = safeHref(e.url) ?? safeHref(e.emailUrl);
  const opensEmail = !safeHref(e.url) && Boolean(target);
  const readLabel = e.read ? 'Mark unread' : 'Mark read';
  return (
    <li class={`entry${e.read ? ' is-read' : ''}`} data-entry-id={e.id}>
      {props.onSelect && (
        <input
          type="checkbox"
          class="entry-select"
          aria-label={`Select: ${e.title}`}
          checked={props.selected ?? false}
          onChange={(ev) => props.onSelect?.(e, (ev.currentTarget as HTMLInputElement).checked)}
        />
      )}
      <div class="entry-main">
        {target ? (
          <SafeLink href={target} class="entry-title">
            {e.title}
          </SafeLink>
        ) : (
          <span class="entry-title">{e.title}</span>
        )}
        {opensEmail && <span class="badge">opens the email</span>}
        {e.syncedOnly && <span class="badge">Saved on another device</span>}
        <p class="meta">
          {[
            e.publication ?? e.sender,
            e.date ? formatIsoDate(e.date) : null,
            e.read ? 'Read' : 'Unread',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {(e.lists.length > 0 || e.tags.length > 0) && (
          <p class="chips">
            {e.lists.map((l) => (
              <span key={`l-${l}`} class="chip list-chip">
                {l}
              </span>
            ))}
            {e.tags.map((t) => (
              <span key={`t-${t}`} class="chip">
                #{t}
              </span>
            ))}
          </p>
        )}
      </div>
      <div class="entry-actions">
        <button
          type="button"
          class="small secondary"
          aria-label={`${readLabel}: ${e.title}`}
          onClick={() => props.onToggleRead(e)}
        >
          {readLabel}
        </button>
        <button
          type="button"
          class="small danger entry-delete"
          aria-label={`Delete: ${e.title}`}
          onClick={() => props.onDelete(e)}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
