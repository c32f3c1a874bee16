import { domainsNamed, hostOf } from './url-safety';

// The host a reader is shown for a link: where it goes. The URL has already been unwrapped where
// the destination is written in it (unwrap-tracker.ts); what is left is an opaque click-tracker,
// whose host says only which mailing service counted the click. Then the domain the link's own
// text names ("github.com"), or the "(github.com)" printed beside it, is the better answer — but
// only for a URL shaped like a click-tracker: on an ordinary link a domain in the text that
// differs from the target is a warning sign (isDomainMismatch), never a label to show.

/** Shapes of click-tracking URLs, generic to mailing services; each row says why it marks one. */
const CLICK_TRACKER_SHAPES: readonly { re: RegExp; why: string }[] = [
  {
    re: /^\/(?:track\/click|ls\/click|ss\/c\/|cl\/|ctt\b|click\b|clicks?\/|redirect\b|wf\/click)/i,
    why: 'the click endpoints of mailing services: /track/click, /ls/click, /ss/c/<token>, /ctt, /wf/click',
  },
  {
    re: /^\/(?:link|l|c|t|r|go|e)\/[\w-]*\d[\w-]*(?:\/|$)/i,
    why: 'a short path word and an id or token: /link/57608/…, /c/…, /go/13/…',
  },
  {
    re: /^\/[A-Za-z0-9_-]{24,}(?:\/|$)/,
    why: 'a single long opaque token as the whole first path segment',
  },
];

/** Host labels mailing services put in front of a sender's tracking domain. */
const CLICK_HOST = /^(?:click|clicks|link|links|track|tracking|trk|email|e|elink\d*|ct|url\d*)\./i;

/** Whether the URL looks like a mailing service's click-tracker rather than a page. */
export function isClickTracker(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (CLICK_HOST.test(u.hostname)) return true;
  return CLICK_TRACKER_SHAPES.some((row) => row.re.test(u.pathname));
}

/** A text that is an address and nothing more: "github.com", "(nytimes.com)", "https://x.org/a". */
const ADDRESS_ONLY =
  /^[([]?\s*(?:https?:\/\/)?[\p{L}\p{N}][\p{L}\p{N}.-]{0,250}\.\p{L}{2,24}(?:\/\S*)?\s*[)\]]?$/u;

/**
 * The site a text names when the text is only an address. A title that mentions a domain in
 * passing ("Why example.com went down") says nothing of where its link goes.
 */
function namedHost(text: string | null | undefined): string | null {
  const t = text?.trim();
  if (!t || t.length > 300 || !ADDRESS_ONLY.test(t)) return null;
  const named = domainsNamed(t);
  return named.length === 1 ? named[0]!.replace(/^www\./, '') : null;
}

/**
 * The host to show for an (already cleaned and unwrapped) URL: its own, unless it is a
 * click-tracker and one of `hints` (the link's text, the "(domain)" beside it) names a site.
 */
export function destinationHost(url: string, ...hints: (string | null | undefined)[]): string {
  const host = hostOf(url);
  if (!isClickTracker(url)) return host;
  for (const hint of hints) {
    const named = namedHost(hint);
    if (named) return named;
  }
  return host;
}
