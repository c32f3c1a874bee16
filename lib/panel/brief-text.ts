import type { Summary } from '../schema';
import type { QuoteFormat } from '../settings';
import { markdownInline, markdownLink, markdownText } from '../markdown-escape';
import { bylineParts } from './brief-meta';

// "Copy brief": the first screen as text to paste — headline, byline line, the summary sentences
// and the article's link — plain, or as Markdown (every piece of email text escaped) when the
// reader copies quotes as Markdown.

/** As many summary sentences as the first screen shows. */
export const FIRST_SCREEN_SENTENCES = 3;

/** The sentences under the headline: up to three summary sentences, else the dek. */
export function leadSentences(summary: Summary): string[] {
  const sentences = summary.summary.slice(0, FIRST_SCREEN_SENTENCES);
  return sentences.length > 0 ? sentences : summary.dek ? [summary.dek] : [];
}

export function briefAsText(
  summary: Summary,
  url: string | null,
  format: QuoteFormat,
  locale?: string,
): string {
  const headline = summary.headline.trim() || 'Untitled email';
  const byline = bylineParts(summary, locale).join(' · ');
  const sentences = leadSentences(summary);
  if (format === 'markdown') {
    return [
      `**${url ? markdownLink(headline, url) : markdownInline(headline)}**`,
      markdownInline(byline),
      sentences.map((s) => `- ${markdownText(s)}`).join('\n'),
    ]
      .filter(Boolean)
      .join('\n\n');
  }
  return [headline, byline, sentences.map((s) => `• ${s}`).join('\n'), url]
    .filter(Boolean)
    .join('\n\n');
}
