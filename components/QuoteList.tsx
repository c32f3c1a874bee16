import { useEffect, useRef, useState } from 'preact/hooks';
import type { Quote } from '../lib/schema';
import { QUOTE_FORMATS, type QuoteFormat } from '../lib/settings';
import {
  formatAllQuotes,
  formatQuote,
  quoteForDisplay,
  type QuoteContext,
} from '../lib/quote-format';
import { ShowAllButton } from './ShowAllButton';

const TOP = 3;

export const QUOTE_FORMAT_LABEL: Record<QuoteFormat, string> = {
  plain: 'Plain text with attribution',
  markdown: 'Markdown blockquote',
  text: 'Quote only',
};

// Key quotes, best first: the top three, "show all" for the rest; each copies in one click in
// the chosen format, with a visible "Copied" on its button and an announcement.
export function QuoteList(props: {
  quotes: Quote[];
  context: QuoteContext;
  defaultFormat: QuoteFormat;
  copy: (text: string) => Promise<void>;
  announce: (message: string, tone?: 'info' | 'error') => void;
}) {
  const [format, setFormat] = useState<QuoteFormat>(props.defaultFormat);
  const [showAll, setShowAll] = useState(false);
  const [copied, setCopied] = useState<number | 'all' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => setFormat(props.defaultFormat), [props.defaultFormat]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  if (props.quotes.length === 0) return null;
  const shown = showAll ? props.quotes : props.quotes.slice(0, TOP);

  async function doCopy(which: number | 'all') {
    const text =
      which === 'all'
        ? formatAllQuotes(props.quotes, props.context, format)
        : formatQuote(props.quotes[which]!, props.context, format);
    try {
      await props.copy(text);
      setCopied(which);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(null), 2000);
      props.announce(which === 'all' ? `Copied ${props.quotes.length} quotes` : 'Quote copied');
    } catch {
      props.announce('Could not copy: the browser refused access to the clipboard.', 'error');
    }
  }

  return (
    <section class="quotes" aria-labelledby="quotes-heading">
      <div class="section-head">
        <h2 id="quotes-heading">Key quotes</h2>
        <label class="inline-field">
          <span>Copy as</span>
          <select
            value={format}
            onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as QuoteFormat)}
          >
            {QUOTE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {QUOTE_FORMAT_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol class="quote-list">
        {shown.map((q, i) => (
          <li key={i} class="quote">
            <blockquote id={`quote-${i}`}>
              <p>{quoteForDisplay(q.text)}</p>
            </blockquote>
            <div class="quote-foot">
              {q.speaker && (
                <span class="speaker" id={`quote-${i}-by`}>
                  — {q.speaker}
                </span>
              )}
              <button
                type="button"
                class={`small copy${copied === i ? ' is-done' : ''}`}
                aria-describedby={q.speaker ? `quote-${i} quote-${i}-by` : `quote-${i}`}
                onClick={() => void doCopy(i)}
              >
                {copied === i ? 'Copied ✓' : 'Copy quote'}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div class="button-row">
        {props.quotes.length > TOP && (
          <ShowAllButton
            class="secondary"
            expanded={showAll}
            onToggle={() => setShowAll(!showAll)}
            showAll={`Show all ${props.quotes.length} quotes`}
            showFewer="Show top three"
          />
        )}
        <button type="button" class="secondary" onClick={() => void doCopy('all')}>
          {copied === 'all' ? 'Copied all ✓' : 'Copy all quotes'}
        </button>
      </div>
    </section>
  );
}
