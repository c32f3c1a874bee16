import { markdownInline, markdownLink, markdownText } from './markdown-escape';
import type { QuoteFormat } from './settings';

// How a copied quote reads once pasted: plain `“…” — Speaker, Publication`, a Markdown
// blockquote with attribution and a link, or the quote alone.

export interface QuoteContext {
  publication: string | null;
  headline: string;
  url: string | null;
}

export interface QuoteLike {
  text: string;
  speaker: string | null;
}

/**
 * A quotation cut where the narration took over ends on a comma (“…drivers to run them,” he
 * said): shown or pasted on its own, it ends on a period, as an editor would quote it. The
 * Summary keeps the verbatim text.
 */
export function quoteForDisplay(text: string): string {
  return text.trim().replace(/\s*[,;]$/, '.');
}

function attribution(quote: QuoteLike, ctx: QuoteContext): string {
  return [quote.speaker, ctx.publication].filter((s): s is string => Boolean(s)).join(', ');
}

export function formatQuote(quote: QuoteLike, ctx: QuoteContext, format: QuoteFormat): string {
  const text = quoteForDisplay(quote.text);
  if (format === 'text') return text;
  const who = attribution(quote, ctx);
  if (format === 'plain') return who ? `“${text}” — ${who}` : `“${text}”`;
  const body = markdownText(text)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  const name = ctx.publication ?? (ctx.url ? ctx.headline : null);
  const source = name ? markdownLink(name, ctx.url) : '';
  const credit = [quote.speaker ? markdownInline(quote.speaker) : null, source || null]
    .filter(Boolean)
    .join(', ');
  return credit ? `${body}\n>\n> — ${credit}` : body;
}

export function formatAllQuotes(
  quotes: readonly QuoteLike[],
  ctx: QuoteContext,
  format: QuoteFormat,
): string {
  return quotes.map((q) => formatQuote(q, ctx, format)).join('\n\n');
}
