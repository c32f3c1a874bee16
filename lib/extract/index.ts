import { SummarySchema, type Summary } from '../schema';
import type { EmailSnapshot } from '../email/snapshot';
import type { ParseHtml } from './blocks/document';
import { buildDocument } from './blocks/build-document';
import { extractHeadline } from './metadata/headline';
import { extractAuthors } from './metadata/byline';
import { extractPublication } from './metadata/publication';
import { extractArticleDate } from './metadata/dates';
import { detectLanguage } from './metadata/language';
import { readingMinutes } from './metadata/reading-time';
import { extractWebUrl } from './metadata/web-url';
import { classifyMessage } from './metadata/message-kind';
import { extractSections } from './digest/sections';
import { extractQuotes } from './quotes/quotes';
import { extractActions } from './actions/actions';
import { extractDigest } from './digest/digest';
import { sectionsBesideStories } from './digest/sections-beside-stories';
import { summarizeSentences } from './summary/summary';
import { boundSummary } from './summary/bounds';
import { foldText } from './text/byline-names';
import { collectLinks } from './links/links';
import { withSharedScope } from './blocks/block-cache';

export type { ParseHtml } from './blocks/document';

export interface SummariseOptions {
  parseHtml: ParseHtml;
  /** How many summary sentences to keep (2–5). */
  summarySentences?: number;
}

/**
 * The shared parser: pure, synchronous and deterministic. Takes the HTML parser as an argument so
 * the same code runs in the page, the side panel and the CLI.
 */
export function summarise(snapshot: EmailSnapshot, options: SummariseOptions): Summary {
  // Extractors share work (sentence splits) within this call only.
  return withSharedScope(() => summariseIn(snapshot, options));
}

function summariseIn(snapshot: EmailSnapshot, options: SummariseOptions): Summary {
  const doc = buildDocument(snapshot, options.parseHtml);
  const { headline, dek } = extractHeadline(doc);
  const digest = extractDigest(doc);
  const publication = extractPublication(doc);
  const messageKind = classifyMessage(doc);
  const summary: Summary = {
    schemaVersion: 1,
    headline,
    dek,
    authors: extractAuthors(doc),
    publication,
    sender: { name: doc.snapshot.from.name, address: doc.snapshot.from.address },
    date: extractArticleDate(doc),
    language: detectLanguage(doc),
    readingMinutes: readingMinutes(doc),
    summary: withoutRepeats(
      summarizeSentences(doc, (options.summarySentences ?? 3) + 1, messageKind),
      [headline, dek],
    ).slice(0, options.summarySentences ?? 3),
    sections: digest.isDigest
      ? sectionsBesideStories(extractSections(doc), digest.items)
      : extractSections(doc),
    quotes: extractQuotes(doc),
    actions: extractActions(doc),
    items: digest.items,
    isDigest: digest.isDigest,
    links: collectLinks(doc),
    webUrl: extractWebUrl(doc),
    messageKind,
  };
  return SummarySchema.parse(boundSummary(summary));
}

/** The brief already shows the headline and dek: the summary does not say them again. */
function withoutRepeats(sentences: string[], shown: (string | null)[]): string[] {
  const seen = new Set(shown.filter((s): s is string => Boolean(s)).map(foldText));
  return sentences.filter((s) => !seen.has(foldText(s)));
}
