import type { Action, Summary } from '../lib/schema';
import { calendarLinks } from '../lib/panel/event-file';

// Add one dated ask to a calendar: the .ics file, or Google Calendar's / Outlook's own "new
// event" page, filled in (links the reader opens; MailGist requests nothing).
export function CalendarLinks(props: {
  action: Action;
  summary: Summary;
  onDownload: (action: Action) => void;
}) {
  const links = calendarLinks(props.action, props.summary);
  if (!links) return null;
  return (
    <span class="calendar-links" role="group" aria-label={`Add to calendar: ${props.action.label}`}>
      <span class="calendar-label" aria-hidden="true">
        Add to calendar:
      </span>
      <button type="button" class="small secondary" onClick={() => props.onDownload(props.action)}>
        .ics file
      </button>
      <a href={links.google} target="_blank" rel="noopener noreferrer" class="calendar-link">
        Google
      </a>
      <a href={links.outlook} target="_blank" rel="noopener noreferrer" class="calendar-link">
        Outlook
      </a>
    </span>
  );
}
