import type { InvalidEntry } from '../lib/reading-list/entry';

// Stored entries that did not validate: shown, kept, and removable only on the user's say-so.
export function InvalidEntries(props: {
  invalid: InvalidEntry[];
  onDownload: () => void;
  onRemove: (indexes: number[]) => void;
}) {
  if (props.invalid.length === 0) return null;
  const n = props.invalid.length;
  return (
    <section class="warning" aria-labelledby="invalid-heading">
      <h2 id="invalid-heading">
        {n === 1 ? '1 saved entry could not be read' : `${n} saved entries could not be read`}
      </h2>
      <p>They are kept as they are. Download them to inspect or repair, or remove them.</p>
      <ul>
        {props.invalid.map((x) => (
          <li key={x.index}>
            <code>#{x.index + 1}</code> {x.problem}
          </li>
        ))}
      </ul>
      <div class="button-row">
        <button type="button" class="secondary" onClick={props.onDownload}>
          Download unreadable entries
        </button>
        <button
          type="button"
          class="danger"
          onClick={() => props.onRemove(props.invalid.map((x) => x.index))}
        >
          Remove unreadable entries
        </button>
      </div>
    </section>
  );
}
