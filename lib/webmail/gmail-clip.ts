import PostalMime from 'postal-mime';
import type { EmailSnapshot } from '../email/snapshot';
import { cleanBody } from './clean-html';
import { toIsoDate } from './dom';
import type { FoundMessage } from './read-page';

/** Reads a same-origin URL as text; injected so tests (and the entrypoint) decide how. */
export type FetchText = (url: string) => Promise<string>;

/**
 * Gmail clips a message over ~102 KB ("[Message clipped]  View entire message"), so the DOM holds
 * only its start. The whole message is fetched from Gmail's own "Show original" page (?view=om),
 * on the same origin, with the user's session: the only request MailGist ever makes, and only on
 * mail.google.com (the caller checks the origin).
 */
export function clippedSourceUrl(found: FoundMessage, url: URL): string | null {
  return found.adapter.clippedSourceUrl?.(found.msg, url) ?? null;
}

/** The raw RFC 822 text from the "Show original" response (an HTML page with a <pre>, or raw). */
export function rawFromOriginalPage(
  body: string,
  parseHtml: (html: string) => Document,
): string | null {
  const head = body.slice(0, 2000);
  if (/^[\w-]+:/m.test(head) && !/^\s*</.test(head)) return body;
  const doc = parseHtml(body);
  const pre = doc.querySelector('#raw_message_text, pre.raw_message_text, pre');
  const raw = pre?.textContent ?? '';
  return /^[\w-]+:/m.test(raw.slice(0, 2000)) ? raw : null;
}

/**
 * Replace a clipped snapshot's body (and fill missing header fields) from the whole message.
 * Returns the snapshot unchanged when the source cannot be fetched or parsed.
 */
export async function completeClipped(
  snapshot: EmailSnapshot,
  sourceUrl: string,
  fetchText: FetchText,
  parseHtml: (html: string) => Document,
  strip: readonly string[] = [],
): Promise<EmailSnapshot> {
  try {
    const raw = rawFromOriginalPage(await fetchText(sourceUrl), parseHtml);
    if (!raw) return snapshot;
    const email = await PostalMime.parse(raw);
    let html: string | null = null;
    let text: string | null = null;
    if (email.html) {
      // Parsed into an inert document, then cleaned like any other body.
      const doc = parseHtml(email.html);
      html = doc.body ? cleanBody(doc.body, strip).html || null : null;
    }
    if (!html) text = email.text?.trim() || null;
    if (!html && !text) return snapshot;
    return {
      ...snapshot,
      subject: snapshot.subject || email.subject || '(no subject)',
      from: {
        name: snapshot.from.name ?? email.from?.name ?? null,
        address: snapshot.from.address ?? email.from?.address ?? null,
      },
      date: snapshot.date ?? toIsoDate(email.date),
      html,
      text,
    };
  } catch (err) {
    console.warn(
      '[MailGist] could not read the whole clipped message; using the visible part',
      err,
    );
    return snapshot;
  }
}

/** What the page reader calls for a clipped message: fetch its source and complete the snapshot. */
export type ClipCompleter = (snapshot: EmailSnapshot, sourceUrl: string) => Promise<EmailSnapshot>;

export function clipCompleter(
  fetchText: FetchText,
  parseHtml: (html: string) => Document,
): ClipCompleter {
  return (snapshot, sourceUrl) => completeClipped(snapshot, sourceUrl, fetchText, parseHtml);
}
