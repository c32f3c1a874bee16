import type { Link } from '../schema';
import { contentBlocks, type EmailDoc } from './document';

/** A link target that is safe to show and open: http(s) or mailto only. */
export function safeUrl(href: string | null): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  try {
    const u = new URL(trimmed);
    if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:')
      return u.href;
  } catch {
    return null;
  }
  return null;
}

/** Every safe link in the content, in order, without duplicates. First cut: no unwrapping. */
export function collectLinks(doc: EmailDoc): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const b of contentBlocks(doc)) {
    for (const l of b.links) {
      const url = safeUrl(l.href);
      if (!url || seen.has(url)) continue;
      seen.add(url);
      const host = url.startsWith('mailto:') ? 'mail' : new URL(url).hostname;
      out.push({ text: l.text, url, host });
    }
  }
  return out;
}
