import type { Action } from '../lib/schema';
import { ACTION_KIND_LABEL, groupActions } from '../lib/panel/action-groups';
import { displayHost } from '../lib/panel/safe-url';
import { formatIsoDate } from '../lib/panel/brief-meta';
import { SafeLink } from './SafeLink';

// Calls to action, grouped by kind; each shows where it really goes (the host), and a dated ask
// can be added to the calendar.
export function ActionList(props: {
  actions: Action[];
  onAddToCalendar: (action: Action) => void;
}) {
  const groups = groupActions(props.actions);
  if (groups.length === 0) return null;
  return (
    <section class="actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Calls to action</h2>
      {groups.map((g) => (
        <section key={g.kind} class="action-group" aria-labelledby={`actions-${g.kind}`}>
          <h3 id={`actions-${g.kind}`}>{ACTION_KIND_LABEL[g.kind]}</h3>
          <ul>
            {g.actions.map((a, i) => {
              const host = displayHost(a.url);
              return (
                <li key={i} class="action">
                  <div class="action-main">
                    <SafeLink href={a.url} class="action-label">
                      {a.label}
                    </SafeLink>
                    <span class="action-meta">
                      {host && <span class="host">{host}</span>}
                      {a.date && <time dateTime={a.date}>{formatIsoDate(a.date)}</time>}
                    </span>
                  </div>
                  {a.date && (
                    <button
                      type="button"
                      class="small secondary"
                      aria-label={`Add to calendar: ${a.label}`}
                      onClick={() => props.onAddToCalendar(a)}
                    >
                      Add to calendar
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
