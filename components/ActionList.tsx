import { useState } from 'preact/hooks';
import type { Action, ActionKind, Summary } from '../lib/schema';
import { ACTION_KIND_ICON, firstAsks, groupActions } from '../lib/panel/action-groups';
import { isPastEvent } from '../lib/panel/event-when';
import { displayHost } from '../lib/panel/safe-url';
import { dateTileParts, formatIsoDate, labelWithoutDate } from '../lib/panel/brief-meta';
import { CalendarLinks } from './CalendarLinks';
import { SafeLink } from './SafeLink';
import { ShowAllButton } from './ShowAllButton';

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
export const breakAtDots = (host: string) =>
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

/** Where the ask goes: its real host, or why there is no link. */
export function ActionWhere(props: { action: Action }) {
  const host = displayHost(props.action.url);
  return host ? (
    <span class="host">
      <span aria-hidden="true">{'↗\u00a0'}</span>
      {breakAtDots(host)}
    </span>
  ) : (
    <span class="no-link">
      {props.action.url ? 'Link not shown: not a web address' : 'Link not in this email'}
    </span>
  );
}

/** A label the parser shortened ("…"): the whole wording one click away, as visible text. */
function FullText(props: { action: Action }) {
  const [open, setOpen] = useState(false);
  const text = props.action.text?.trim();
  if (!text || !props.action.label.endsWith('…') || text === props.action.label) return null;
  return (
    <>
      <button
        type="button"
        class="small ghost more-text"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Less' : 'Full text'}
      </button>
      {open && <p class="action-full">{text}</p>}
    </>
  );
}

function ActionItem(props: {
  action: Action;
  summary: Summary;
  past: boolean;
  onAddToCalendar: (action: Action) => void;
}) {
  const a = props.action;
  const dated = a.date !== null && dateTileParts(a.date) !== null;
  return (
    <li class={`action${props.past ? ' is-past' : ''}`}>
      {dated ? <DateTile iso={a.date!} /> : <KindIcon kind={a.kind} />}
      <div class="action-main">
        <SafeLink href={a.url} class="action-label">
          {labelWithoutDate(a.label, a.date)}
        </SafeLink>
        <span class="action-meta">
          {props.past && <span class="badge past">Past</span>}
          {a.date && a.time && (
            <time class="action-time" dateTime={`${a.date}T${a.time}`}>
              {a.time}
            </time>
          )}
          <ActionWhere action={a} />
          <FullText action={a} />
        </span>
        {a.date && !props.past && (
          <CalendarLinks action={a} summary={props.summary} onDownload={props.onAddToCalendar} />
        )}
      </div>
    </li>
  );
}

/** Asks shown before "Show all N calls to action": an events calendar can run to dozens. */
export const ASKS_SHOWN = 4;

// The email's real asks, grouped by kind; each shows where it really goes (the host) or that the
// email carries no link for it, its date once (as a calendar tile) with its time, and a dated ask
// still ahead can be added to a calendar; one that is over is marked "Past".
export function ActionList(props: {
  actions: Action[];
  summary: Summary;
  now: Date;
  onAddToCalendar: (action: Action) => void;
}) {
  const [all, setAll] = useState(false);
  const groups = groupActions(props.actions, props.now);
  if (groups.length === 0) return null;
  const total = props.actions.length;
  const folds = total > ASKS_SHOWN + 1;
  const shown = folds && !all ? firstAsks(groups, ASKS_SHOWN) : groups;
  return (
    <section class="actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Calls to action</h2>
      {shown.map((g) => (
        <section key={g.kind} class="action-group" aria-labelledby={`actions-${g.kind}`}>
          <h3 id={`actions-${g.kind}`}>{g.title}</h3>
          <ul>
            {g.actions.map((a, i) => (
              <ActionItem
                key={i}
                action={a}
                summary={props.summary}
                past={isPastEvent(a, props.now)}
                onAddToCalendar={props.onAddToCalendar}
              />
            ))}
          </ul>
        </section>
      ))}
      {folds && (
        <ShowAllButton
          expanded={all}
          onToggle={() => setAll(!all)}
          showAll={`Show all ${total} calls to action`}
          showFewer={`Show the first ${ASKS_SHOWN}`}
        />
      )}
    </section>
  );
}
