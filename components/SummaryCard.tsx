import type { Summary } from '../lib/schema';
import { formatIsoDate, joinNames, senderVia } from '../lib/panel/brief-meta';

// The top of the brief: headline, dek, byline, publication ("via" the sender where it differs),
// date and reading time, then the summary sentences and the sections outline. All text nodes.
export function SummaryCard(props: { summary: Summary }) {
  const s = props.summary;
  const via = senderVia(s);
  return (
    <article class="summary-card" aria-labelledby="brief-headline">
      <header>
        {s.publication && <p class="kicker">{s.publication}</p>}
        <h1 id="brief-headline" lang={s.language ?? undefined}>
          {s.headline || 'Untitled email'}
        </h1>
        {s.dek && <p class="dek">{s.dek}</p>}
        {(s.authors.length > 0 || via) && (
          <p class="byline">
            {s.authors.length > 0 && <span>By {joinNames(s.authors)}</span>}
            {s.authors.length > 0 && via && ' '}
            {via && <span class="via">via {via}</span>}
          </p>
        )}
        <p class="meta">
          {s.date && <time dateTime={s.date}>{formatIsoDate(s.date)}</time>}
          <span>{s.readingMinutes <= 1 ? '1 min read' : `${s.readingMinutes} min read`}</span>
        </p>
      </header>
      {s.summary.length > 0 && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Summary</h2>
          <ul class="summary-sentences">
            {s.summary.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}
      {s.sections.length > 1 && (
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading">Sections</h2>
          <ol class="sections">
            {s.sections.map((sec, i) => (
              <li key={i}>
                <strong>{sec.title}</strong>
                {sec.summary && <span class="section-summary"> — {sec.summary}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
