// A click-tracker's destination, read from the tracker's own URL when it is written there — a
// query parameter holding the address (plain, percent-encoded or base64url), or an encoded address
// as a path segment. Pure string work: nothing is ever fetched, so an opaque tracker (an id that
// only the sender's server can resolve) stays what it is. The shapes are generic conventions of
// redirectors, not any one sender's: each row says where the shape comes from.

/** A query parameter that carries the destination, and why it is read. */
interface ParamShape {
  names: readonly string[];
  why: string;
}

/** In order: the first parameter holding an http(s) address wins. */
export const TARGET_PARAM_SHAPES: readonly ParamShape[] = [
  {
    names: ['url', 'u'],
    why: 'the generic redirector convention: search-result links, social-network link shims, safe-link scanners',
  },
  {
    names: ['q'],
    why: 'search engines\u2019 "/url?q=" result links (only taken when the value is itself an address)',
  },
  {
    names: ['redirect', 'redirect_url', 'redirect_uri', 'redirectUrl', 'redirect_to', 'return_to'],
    why: 'login and consent pages, and ESPs that reuse a redirect endpoint for clicks',
  },
  {
    names: ['target', 'dest', 'destination', 'to'],
    why: 'click counters of mailing-list software and ad servers',
  },
  {
    names: ['link', 'href', 'goto', 'out', 'r', 'l'],
    why: 'short-named parameters of link shorteners and affiliate redirectors',
  },
];

/** How many redirect layers are peeled (a tracker wrapping another tracker). */
const MAX_UNWRAP = 3;

/** Not fatal, not streaming: one decoder serves every call. */
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/** base64 / base64url that decodes to an address (`aHR0c` = "http") or to a JSON object (`eyJ` = `{"`). */
const B64_SEGMENT = /^(?:aHR0c|eyJ)[A-Za-z0-9+/_-]{12,}={0,2}$/;
/** base32 (RFC 4648, either case) that decodes to an address: `NB2HI4` = "http". */
const B32_SEGMENT = /^nb2hi4[a-z2-7]{10,}=*$/i;
const HTTP = /^https?:\/\//i;

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function bytesToText(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

function decodeBase64(seg: string): string | null {
  try {
    let b = seg.replace(/-/g, '+').replace(/_/g, '/');
    while (b.length % 4) b += '=';
    const bin = atob(b);
    // A plain loop: Uint8Array.from with a mapping callback is many times slower.
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytesToText(bytes);
  } catch {
    return null;
  }
}

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

function decodeBase32(seg: string): string | null {
  const s = seg.toLowerCase().replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((s.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of s) {
    const v = B32.indexOf(ch);
    if (v < 0) return null;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >>> bits) & 0xff;
    }
  }
  return bytesToText(bytes.subarray(0, at));
}

/** The address a decoded value holds: a bare address, or the first address-valued field of a JSON object. */
function urlFromDecoded(text: string | null): string | null {
  if (!text) return null;
  const t = text.trim();
  if (HTTP.test(t)) return t.split(/[\s"<>]/)[0] ?? null;
  if (t.startsWith('{')) {
    try {
      const obj: unknown = JSON.parse(t);
      if (obj && typeof obj === 'object') {
        for (const v of Object.values(obj as Record<string, unknown>)) {
          if (typeof v === 'string' && HTTP.test(v)) return v;
        }
      }
    } catch {
      return null;
    }
  }
  return null;
}

/** A parameter's value as an address: plain, percent-encoded (once or twice), or base64url. */
function addressIn(value: string): string | null {
  let v = value.trim();
  // Percent-encoded once more than URLSearchParams undid: `https%3A%2F%2F…`.
  for (let i = 0; i < 2 && /^https?(?:%3a|:%2f)/i.test(v); i++) v = decodeURIComponentSafe(v);
  if (HTTP.test(v)) return v;
  if (B64_SEGMENT.test(v)) return urlFromDecoded(decodeBase64(v));
  return null;
}

/** One layer of unwrapping, or null when the URL carries no readable destination. */
function unwrapOnce(u: URL): string | null {
  for (const row of TARGET_PARAM_SHAPES) {
    for (const name of row.names) {
      const v = u.searchParams.get(name);
      const address = v ? addressIn(v) : null;
      if (address) return address;
    }
  }
  for (const seg of u.pathname.split('/')) {
    if (seg.length < 16) continue;
    // A percent-encoded address as a path segment: the rest of the path belongs to it.
    if (/^https?(?::|%3a)/i.test(seg)) {
      const rest = u.pathname.slice(u.pathname.indexOf(seg)) + u.search;
      return decodeURIComponentSafe(rest);
    }
    // A signed payload is `<payload>.<signature>`: the payload is what is encoded.
    const payload = seg.split('.')[0] ?? '';
    if (B64_SEGMENT.test(payload)) {
      const url = urlFromDecoded(decodeBase64(payload));
      if (url) return url;
    }
    if (B32_SEGMENT.test(payload)) {
      const url = urlFromDecoded(decodeBase32(payload));
      if (url) return url;
    }
  }
  return null;
}

/**
 * The destination of a tracking redirect when it is written in the URL; the URL unchanged
 * otherwise. `accept` vets each layer (the caller's safety check); a layer it refuses stops the
 * unwrapping there.
 */
export function unwrapTracker(url: string, accept: (candidate: string) => string | null): string {
  let current = url;
  for (let i = 0; i < MAX_UNWRAP; i++) {
    let u: URL;
    try {
      u = new URL(current);
    } catch {
      return current;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return current;
    const next = unwrapOnce(u);
    const safe = next ? accept(next) : null;
    if (!safe || safe === current) return current;
    current = safe;
  }
  return current;
}
