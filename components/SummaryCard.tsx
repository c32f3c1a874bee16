import type { Summary } from '../lib/schema';
import { bylineParts } from '../lib/panel/brief-meta';
import { leadSentences } from '../lib/panel/brief-text';

// The top of the brief: the headline, one byline line (authors · publication "via" the sender
// where it differs · date · reading time) and up to three summary sentences (the dek when there
// are none). All text nodes.
export function SummaryCard(props: { summary: Summary }) {
  const s = props.summary;
  const sentences = leadSentences(s);
  return (
    <article class="summary-card" aria-labelledby="brief-headline">
      <header>
        <h1 id="brief-headline" lang={s.language ?? undefined}>
          {s.headline || 'Untitled email'}
        </h1>
        <p class="byline">{bylineParts(s).join(' · ')}</p>
      </header>
      {sentences.length > 0 && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading" class="visually-hidden">
            Summary
          </h2>
          <ul class="summary-sentences" lang={s.language ?? undefined}>
            {sentences.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
