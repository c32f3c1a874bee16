import type { Summary } from '../lib/schema';
import { formatIsoDate } from '../lib/panel/brief-meta';

// A personal message (one person writing to another, no list furniture) is not an article: its
// gist is the subject, who wrote and when, and the sentences that matter — no byline, no
// publication, no "save as article", no calls to action. All text nodes.
export function PlainGist(props: { summary: Summary }) {
  const s = props.summary;
  const from = s.sender.name ?? s.sender.address;
  return (
    <article class="summary-card plain-gist" aria-labelledby="brief-headline">
      <header>
        <h1 id="brief-headline" lang={s.language ?? undefined}>
          {s.headline || 'Untitled email'}
        </h1>
        {(from || s.date) && (
          <p class="meta">
            {from && <span>From {from}</span>}
            {s.date && <time dateTime={s.date}>{formatIsoDate(s.date)}</time>}
          </p>
        )}
      </header>
      {s.summary.length > 0 && (
        <ul class="summary-sentences" aria-label="Gist" lang={s.language ?? undefined}>
          {s.summary.map((sentence, i) => (
            <li key={i}>{sentence}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
