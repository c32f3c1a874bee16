import type { DigestItem, Summary } from '../schema';
import type { ArticleInput } from '../reading-list/store';
import { articleKey } from '../reading-list/article-key';
import { safeHref } from './safe-url';

// Turns a brief (or one story of a digest) into what the reading list stores.

/**
 * Quotes saved with an article: the best ones (the brief lists them best first). The brief is
 * already bounded (SUMMARY_LIMITS); an entry stays a few KB whatever the email held.
 */
export const SAVED_QUOTES = 20;

export interface EmailRef {
  /** The content script's stable key for the open message. */
  key: string | null;
  /** The webmail URL of the message, to find it again. */
  url: string | null;
}

/**
 * The article's own web address: the email's web version as the parser found it (its "view
 * online" link, or the headline's link to the article). Never an action: a "read more" button may
 * well be an advert, and this address goes into exports and copied quotes.
 */
export function articleUrl(summary: Summary): string | null {
  const href = safeHref(summary.webUrl);
  return href && !href.startsWith('mailto:') ? href : null;
}

export function articleFromSummary(summary: Summary, email: EmailRef): ArticleInput {
  const url = articleUrl(summary);
  const title = summary.headline.trim() || 'Untitled email';
  return {
    key: articleKey({ url, emailKey: email.key, title, publication: summary.publication }),
    title,
    url,
    emailUrl: safeHref(email.url),
    publication: summary.publication,
    authors: summary.authors,
    sender: summary.sender.name ?? summary.sender.address,
    date: summary.date,
    excerpt: summary.dek ?? summary.summary[0] ?? null,
    quotes: summary.quotes
      .slice(0, SAVED_QUOTES)
      .map((q) => ({ text: q.text, speaker: q.speaker })),
  };
}

export function articleFromStory(
  item: DigestItem,
  summary: Summary,
  email: EmailRef,
): ArticleInput {
  const href = safeHref(item.url);
  const url = href && !href.startsWith('mailto:') ? href : null;
  return {
    key: articleKey({
      url,
      emailKey: email.key ? `${email.key}#${item.title}` : null,
      title: item.title,
      publication: summary.publication,
    }),
    title: item.title,
    url,
    emailUrl: safeHref(email.url),
    publication: summary.publication,
    authors: [],
    sender: summary.sender.name ?? summary.sender.address,
    date: summary.date,
    excerpt: item.blurb,
    quotes: [],
  };
}
