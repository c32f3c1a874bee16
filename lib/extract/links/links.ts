import type { Link } from '../../schema';
import { contentBlocks, type EmailDoc } from '../blocks/document';
import { cleanUrl, isPrivateTarget } from './url-safety';
import { destinationHost } from './link-host';

export {
  safeUrl,
  unwrapRedirect,
  isDomainMismatch,
  isPrivateTarget,
  cleanUrl,
  hostOf,
} from './url-safety';

/** More links than any real email holds; past this the list would only bloat storage and the panel. */
const MAX_LINKS = 2000;

/**
 * Every safe link in the content, in reading order, once per destination: http(s)/mailto only,
 * never a loopback or private-network target,
 * tracking redirects unwrapped where the destination is in the URL. Links whose text names another
 * site are kept (the panel warns with `isDomainMismatch`); they are never made into actions.
 */
export function collectLinks(doc: EmailDoc): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const b of contentBlocks(doc)) {
    for (const l of b.links) {
      const url = cleanUrl(l.href);
      // A target on the reader's own machine or network is a probe, not a link to offer.
      if (!url || seen.has(url) || isPrivateTarget(url)) continue;
      seen.add(url);
      const text = l.text.replace(/\s+/g, ' ').trim();
      out.push({ text, url, host: destinationHost(url, text) });
      if (out.length >= MAX_LINKS) return out;
    }
  }
  return out;
}
