import { SUMMARY_LIMITS as L, type Summary } from '../../schema';

// The brief's bounds (lib/schema.ts SUMMARY_LIMITS) applied to what the extractors found: lists
// keep their first (best) entries, text is cut at a word with an ellipsis, and an address too
// long to keep is dropped rather than cut. Nothing a real newsletter holds is touched.

/** `text` cut to at most `max` characters at a word boundary, with "…" when something went. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  // Never split a surrogate pair (an emoji, a CJK extension character).
  if (/[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--;
  const head = text.slice(0, cut);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

const clipOrNull = (text: string | null, max: number): string | null =>
  text === null ? null : clip(text, max);
const urlOrNull = (url: string | null): string | null =>
  url !== null && url.length <= L.url ? url : null;

export function boundSummary(s: Summary): Summary {
  return {
    ...s,
    headline: clip(s.headline, L.headline),
    dek: clipOrNull(s.dek, L.dek),
    authors: s.authors.slice(0, L.authors).map((a) => clip(a, L.name)),
    publication: clipOrNull(s.publication, L.name),
    sender: { name: clipOrNull(s.sender.name, L.name), address: boundedAddress(s.sender.address) },
    language: s.language !== null && s.language.length <= L.language ? s.language : null,
    summary: s.summary.slice(0, L.summary).map((t) => clip(t, L.sentence)),
    sections: s.sections.slice(0, L.sections).map((x) => ({
      title: clip(x.title, L.title),
      summary: clipOrNull(x.summary, L.sentence),
    })),
    quotes: s.quotes.slice(0, L.quotes).map((q) => ({
      ...q,
      text: clip(q.text, L.quote),
      speaker: clipOrNull(q.speaker, L.name),
    })),
    actions: s.actions.slice(0, L.actions).map((a) => ({
      ...a,
      label: clip(a.label, L.label),
      url: urlOrNull(a.url),
    })),
    items: s.items.slice(0, L.items).map((i) => {
      const url = urlOrNull(i.url);
      const item = { title: clip(i.title, L.title), url, blurb: clipOrNull(i.blurb, L.sentence) };
      // A host is shown beside a link: none without the link.
      return url !== null && i.host !== undefined ? { ...item, host: i.host } : item;
    }),
    ...(s.webUrl !== undefined ? { webUrl: urlOrNull(s.webUrl) } : {}),
    links: s.links
      .filter((l) => l.url.length <= L.url && l.host.length <= L.url)
      .slice(0, L.links)
      .map((l) => ({ ...l, text: clip(l.text, L.label) })),
  };
}

/** An address is kept whole or not at all. */
function boundedAddress(address: string | null): string | null {
  return address !== null && address.length <= L.address ? address : null;
}
