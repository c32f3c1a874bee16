import type { Action, ActionKind } from '../lib/schema';
import { ACTION_KIND_ICON, groupActions } from '../lib/panel/action-groups';
import { displayHost } from '../lib/panel/safe-url';
import { dateTileParts, formatIsoDate, labelWithoutDate } from '../lib/panel/brief-meta';
import { SafeLink } from './SafeLink';

// A dated ask shows its date once, as a calendar-page tile in place of the kind icon.
function DateTile(props: { iso: string }) {
  const p = dateTileParts(props.iso);
  if (!p) return null;
  return (
    <time class="date-tile" dateTime={props.iso}>
      <span class="visually-hidden">{formatIsoDate(props.iso)}</span>
      <span aria-hidden="true" class="tile-month">
        {p.month}
      </span>
      <span aria-hidden="true" class="tile-day">
        {p.day}
      </span>
      <span aria-hidden="true" class="tile-year">
        {p.year}
      </span>
    </time>
  );
}

// A long host wraps after its dots, never inside a label of it.
const breakAtDots = (host: string) =>
  host.split('.').flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, `.${part}`]));

function KindIcon(props: { kind: ActionKind }) {
  return (
    <span class="action-icon" aria-hidden="true">
      <svg viewBox="0 0 24 24" width="16" height="16" focusable="false">
        <path d={ACTION_KIND_ICON[props.kind]} />
      </svg>
    </span>
  );
}

// Calls to action, grouped by kind; each shows where it really goes (the host) or that the
// email carries no link for it, its date once (as a calendar tile), and a dated ask can be added to the
// calendar.
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
          <h3 id={`actions-${g.kind}`}>{g.title}</h3>
          <ul>
            {g.actions.map((a, i) => {
              const host = displayHost(a.url);
              return (
                <li key={i} class="action">
                  {a.date && dateTileParts(a.date) ? (
                    <DateTile iso={a.date} />
                  ) : (
                    <KindIcon kind={a.kind} />
                  )}
                  <div class="action-main">
                    <SafeLink href={a.url} class="action-label">
                      {labelWithoutDate(a.label, a.date)}
                    </SafeLink>
                    <span class="action-meta">
                      {a.date && a.time && (
                        <time class="action-time" dateTime={`${a.date}T${a.time}`}>
                          {a.time}
                          {'\u00a0· '}
                        </time>
                      )}
                      {host ? (
                        <span class="host">
                          <span aria-hidden="true">{'↗\u00a0'}</span>
                          {breakAtDots(host)}
                        </span>
                      ) : (
                        <span class="no-link">
                          {a.url ? 'Link not shown: not a web address' : 'Link not in this email'}
                        </span>
                      )}
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
