import type { Link } from '../../schema';
import { contentBlocks, type EmailDoc } from '../blocks/document';
import { cleanUrl, hostOf } from './url-safety';

export { safeUrl, unwrapRedirect, isDomainMismatch, cleanUrl, hostOf } from './url-safety';

/** More links than any real email holds; past this the list would only bloat storage and the panel. */
const MAX_LINKS = 2000;

/**
 * Every safe link in the content, in reading order, once per destination: http(s)/mailto only,
 * tracking redirects unwrapped where the destination is in the URL. Links whose text names another
 * site are kept (the panel warns with `isDomainMismatch`); they are never made into actions.
 */
export function collectLinks(doc: EmailDoc): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const b of contentBlocks(doc)) {
    for (const l of b.links) {
      const url = cleanUrl(l.href);
      if (!url || seen.has(url)) continue;
      seen.add(url);
      out.push({ text: l.text.replace(/\s+/g, ' ').trim(), url, host: hostOf(url) });
      if (out.length >= MAX_LINKS) return out;
    }
  }
  return out;
}
