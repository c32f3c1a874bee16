import { sharedScope } from '../blocks/block-cache';
import { unwrapTracker } from './unwrap-tracker';

// URL rules for links taken from an email: which targets are safe to show, how tracking redirects
// are unwrapped (only when the destination is written in the URL itself — never by a request),
// and when a link's visible text names a different site than its target.
// Hand-written rather than a library: the WHATWG `URL` parser does the parsing; what remains is a
// short allow-list and a few decoders, smaller than any package that would cover it.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Longest href we look at: real links are far shorter; data: blobs and junk are not. */
const MAX_HREF = 4096;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Decodes the character references a crafted href may hide its scheme behind (`java&#115;cript:`). */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/gi, (m, body: string) => {
    const b = body.toLowerCase();
    if (b.startsWith('#x')) return codePoint(parseInt(b.slice(2), 16)) ?? m;
    if (b.startsWith('#')) return codePoint(parseInt(b.slice(1), 10)) ?? m;
    return NAMED_ENTITIES[b] ?? m;
  });
}

function codePoint(n: number): string | null {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/**
 * A link target that is safe to show and open: http(s) or mailto only, returned normalised.
 * `javascript:`, `data:`, `vbscript:`, relative and malformed targets give null, also when the
 * scheme is hidden behind entities, mixed case, or whitespace and control characters. Targets with
 * credentials (`https://bank.example@evil.example`) are refused: they exist to mislead.
 */
export function safeUrl(href: string | null | undefined): string | null {
  if (!href || href.length > MAX_HREF) return null;
  // Browsers drop control characters and whitespace around and inside a scheme; judge the scheme
  // the same way, so `java\tscript:` or ` JaVaScRiPt:` cannot slip past.
  let s = decodeEntities(href).trim();
  // eslint-disable-next-line no-control-regex
  const compact = s.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme) {
    // A bare host as written in text mail (`www.example.org/path`).
    if (/^www\.[a-z0-9-]+\.[a-z]{2,}/i.test(compact)) s = `https://${compact}`;
    else return null;
  } else if (!['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase())) {
    return null;
  }
  s = s.replace(/[\t\n\r]/g, '');
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(u.protocol)) return null;
  if (u.protocol !== 'mailto:') {
    if (!u.hostname || u.username || u.password) return null;
  } else if (u.pathname && !/^[^@\s]+@[^@\s]+/.test(decodeURIComponentSafe(u.pathname))) {
    // An empty address is a share-by-email link (`mailto:?subject=…`); anything else must be one.
    return null;
  }
  return u.href;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The destination of a tracking redirect when it is written in the URL (see unwrap-tracker.ts);
 * the URL unchanged otherwise. Every layer must itself be a safe address. Nothing is fetched.
 */
export function unwrapRedirect(url: string): string {
  return unwrapTracker(url, safeUrl);
}

/** Safe and unwrapped in one step: what links and actions store. */
export function cleanUrl(href: string | null | undefined): string | null {
  // The links, actions and digest extractors clean the same hrefs: once per summarise() call.
  const shared = sharedScope();
  if (!shared || !href) return cleanUrlNow(href);
  const key = `cleanUrl:${href}`;
  const hit = shared.get(key) as string | null | undefined;
  if (hit !== undefined) return hit;
  const url = cleanUrlNow(href);
  shared.set(key, url);
  return url;
}

function cleanUrlNow(href: string | null | undefined): string | null {
  const safe = safeUrl(href);
  return safe ? unwrapRedirect(safe) : null;
}

/** Host to show for a URL: the hostname, or the address's domain for mailto. */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'mailto:') {
      const addr = decodeURIComponentSafe(u.pathname);
      return (addr.split('@')[1] ?? '').toLowerCase();
    }
    return u.hostname.toLowerCase();
  } catch {
    return '';
  }
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

/** The registrable part of a host, approximately (`news.bbc.co.uk` -> `bbc.co.uk`). */
export function siteOf(host: string): string {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  if (parts.length <= 2) return parts.join('.');
  const tld = parts[parts.length - 1]!;
  const sld = parts[parts.length - 2]!;
  const n = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2;
  return parts.slice(-n).join('.');
}

/** A domain written in text: `paypal.com`, `www.give.example.org`, `https://ökoligenta.de/x`. */
const DOMAIN_IN_TEXT =
  /(?<![\p{L}\p{N}@.-])(https?:\/\/|www\.)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24})(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/giu;
/**
 * Top-level domains a bare `word.tld` in prose is taken as an address for; with `www.` or a scheme
 * any ending counts. Without this list "Mr.Smith" or "U.S.Army" would name sites.
 */
const COMMON_TLD =
  /^(?:com|org|net|edu|gov|mil|int|info|biz|io|co|ai|app|dev|me|tv|news|online|site|xyz|shop|store|blog|eu|uk|de|fr|nl|be|es|it|pt|ch|at|se|no|dk|fi|pl|cz|ie|us|ca|au|nz|in|jp|br|mx|ar|ru|cn|lu|example)$/i;
/** How many addresses in one link text are checked (a crafted text may hold thousands). */
const MAX_NAMED = 8;

/** The domains a link's visible text names, as ASCII hosts (IDN in punycode). */
export function domainsNamed(text: string): string[] {
  const out: string[] = [];
  // Text mail's links are short; a pathological 1 MB "link text" is read for its start only.
  for (const m of text.slice(0, 2000).matchAll(DOMAIN_IN_TEXT)) {
    const written = m[2]!;
    const tld = written.slice(written.lastIndexOf('.') + 1);
    const marked = Boolean(m[1]);
    if (!marked && (!COMMON_TLD.test(tld) || FILE_LIKE_TLD.test(written))) continue;
    let host: string;
    try {
      host = new URL(`http://${written}`).hostname;
    } catch {
      continue;
    }
    out.push(host);
    if (out.length >= MAX_NAMED) break;
  }
  return out;
}

/**
 * Whether a link's visible text names a site other than its target (`Donate at paypal.com`
 * linking to `paypal.com.evil.example`): any domain written in the text whose registrable part
 * differs from the target's. A click-tracker whose destination cannot be read from the URL is not
 * flagged: the site is unknown, not proven different. Such links stay in `links` (the panel can
 * warn with this function) but never become actions.
 */
export function isDomainMismatch(text: string, url: string): boolean {
  if (!text.includes('.')) return false;
  const named = domainsNamed(text);
  if (named.length === 0) return false;
  const target = unwrapRedirect(url);
  const host = hostOf(target);
  if (!host) return false;
  const site = siteOf(host);
  if (named.every((n) => siteOf(n) === site)) return false;
  return !isOpaqueTracker(host, target);
}

/** `Node.js`, `index.html`, `photo.jpg`: dotted words that are not web addresses. */
const FILE_LIKE_TLD =
  /\.(?:js|ts|md|html?|pdf|jpe?g|png|gif|zip|docx?|xlsx?|txt|csv|json|py|rb|exe)$/i;

/** ESP click-trackers whose destination is not in the URL. */
const TRACKER_HOSTS =
  /(?:^|\.)(?:list-manage\.com|ct\.sendgrid\.net|sendgrid\.net|mailchi\.mp|convertkit-mail\d*\.com|substack\.com|beehiiv\.com|mlsend\.com|hubspotlinks\.com|hs-sites\.com|rs6\.net|createsend\d*\.com|cmail\d+\.com|mailgun\.org|sparkpostmail\.com|mandrillapp\.com|exct\.net|klclick\d*\.com|ghost\.io|axios\.com|bloombergbusiness\.com|geniusmailer\.com|mcsv\.net|forward-to-friend\.com|emltrk\.com|awstrack\.me)$/i;

function isOpaqueTracker(host: string, url: string): boolean {
  if (TRACKER_HOSTS.test(host)) return true;
  // Generic shapes: /click/, /track/, /ls/click, /ss/c/ with a long opaque token.
  return /\/(?:click|track|ls\/click|ss\/c|ct|redirect|r|l)\/|[?&](?:upn|id|e)=/i.test(url);
}

/** Host names that only ever mean this machine or the local network. */
const LOCAL_NAME = /(?:^|\.)(?:localhost|local|internal|lan|home\.arpa)$/i;

function privateIpv4(a: number, b: number): boolean {
  return (
    a === 0 || // "this network"
    a === 10 || // private
    a === 127 || // loopback
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local (and cloud metadata services)
    (a === 172 && b >= 16 && b <= 31) || // private
    (a === 192 && b === 168) || // private
    a >= 224 // multicast, reserved, broadcast
  );
}

/**
 * Whether a URL points at this machine or the local network: loopback, private, link-local and
 * reserved addresses however written (`http://127.0.0.1:9222/json`, `http://[::1]/`,
 * `https://0x7f.1/`, `http://2130706433/` — the WHATWG parser normalises them all to dotted
 * IPv4 or bracketed IPv6), and `localhost`-like names. Such a target in an email is a probe of
 * the reader's own devices (a browser's debugging port, a router), never a call to action.
 */
export function isPrivateTarget(url: string): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    host = u.hostname.toLowerCase();
  } catch {
    return false;
  }
  if (LOCAL_NAME.test(host)) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (v4) return privateIpv4(Number(v4[1]), Number(v4[2]));
  if (!host.startsWith('[')) return false;
  const v6 = host.slice(1, -1);
  if (v6 === '::' || v6 === '::1') return true;
  // IPv4-mapped (`::ffff:7f00:1`): judged as the IPv4 address it carries.
  const mapped = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(v6);
  if (mapped) {
    const hi = parseInt(mapped[1]!, 16);
    return privateIpv4(hi >> 8, hi & 0xff);
  }
  // Unique-local fc00::/7, link-local fe80::/10, multicast ff00::/8.
  return /^(?:f[cd][0-9a-f]{0,2}|fe[89ab][0-9a-f]?|ff[0-9a-f]{0,2}):/.test(v6);
}
