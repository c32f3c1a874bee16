import type { Action, Summary } from '../lib/schema';
import { formatEventDate, labelWithoutDate } from '../lib/panel/brief-meta';
import { CalendarLinks } from './CalendarLinks';

// The next dated event still ahead, on the brief's first screen: when, what, and the calendar.
export function NextEvent(props: {
  action: Action;
  summary: Summary;
  onAddToCalendar: (action: Action) => void;
}) {
  const a = props.action;
  if (!a.date) return null;
  return (
    <div class="next-event">
      <p class="next-event-what">
        <span class="next-event-tag">Next:</span>{' '}
        <time dateTime={a.time ? `${a.date}T${a.time}` : a.date}>
          {formatEventDate(a.date)}
          {a.time ? `, ${a.time}` : ''}
        </time>{' '}
        — {labelWithoutDate(a.label, a.date)}
      </p>
      <CalendarLinks action={a} summary={props.summary} onDownload={props.onAddToCalendar} />
    </div>
  );
}
