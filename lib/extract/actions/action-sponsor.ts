import type { Block } from '../blocks/document';
import { hostOf } from '../links/url-safety';

// Sponsor blocks: paid placements are neither stories of a digest nor the email's own asks; each
// becomes one `sponsor` action. Two shapes cover the platforms we know:
// - a marker line after the item ("Acme sponsor", "Acme (sponsor)") — Cooperpress weeklies;
// - a marker heading or line before it ("Sponsored", "Brought to you by Acme", "A message from
//   Acme", "Together with Acme", "En partenariat avec") — Morning Brew, Beehiiv, Axios, ConvertKit.

/** "Acme sponsor" under the item (Cooperpress). A bare "Sponsored" line introduces what follows. */
const MARK_AFTER = /^[\p{L}\p{N} .&'’-]{1,40}\s(?:sponsor|\(sponsor\)|partner|promoted)$/iu;
const MARK_BEFORE =
  /^(?:sponsored|sponsor|advertisement|promoted|partner content|gesponsord|advertentie|publicité|anzeige)$|^(?:(?:today['’]?s|this (?:week|issue)['’]?s) (?:edition|issue|newsletter|email) is )?(?:brought to you by|sponsored by|presented by|together with|in partnership with|en partenariat avec|a message from|a word from our sponsor|from our sponsor|our sponsor|today['’]?s sponsor|this week['’]?s sponsor|sponsor(?:ed)?:|advertisement|paid (?:post|partnership))\b/i;
/** Blocks after a MARK_BEFORE line that may still belong to the placement (up to its end). */
const SPAN_AFTER_MARK = 8;
/** A marker this early, followed by the email's own title, credits the whole edition. */
const CREDIT_ZONE = 4;

/**
 * The blocks that make up sponsor placements: block position in `blocks` -> placement number
 * (blocks of one placement share it, so the placement yields one action).
 */
export function sponsorBlocks(blocks: Block[]): Map<number, number> {
  const out = new Map<number, number>();
  let placement = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const text = b.text.trim();
    if (text.length > 140) continue;
    if (MARK_AFTER.test(text)) {
      placement++;
      out.set(i, placement);
      // The placement is the nearest block above holding a link (skipping image-only lines).
      for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
        const p = blocks[j]!;
        out.set(j, placement);
        if (p.links.length > 0 && p.text.length > 0) break;
      }
    } else if (MARK_BEFORE.test(text)) {
      placement++;
      out.set(i, placement);
      // "Presented by Acme" over the masthead (Axios): a credit line; the placement comes later.
      if (i < CREDIT_ZONE && blocks[i + 1]?.kind === 'heading' && b.links.length === 0) continue;
      let headings = 0;
      let target: string | null = null;
      let firstHref: string | null = null;
      for (let j = i + 1; j < Math.min(blocks.length, i + 1 + SPAN_AFTER_MARK); j++) {
        const n = blocks[j]!;
        // The placement may have its own headline; the next heading after that is the email's.
        if (n.kind === 'heading' && (headings++ > 0 || j > i + 2)) break;
        if (MARK_BEFORE.test(n.text) || MARK_AFTER.test(n.text.trim()) || n.boilerplate) break;
        // A placement has one destination: a link elsewhere is the email's own again.
        // (Compared by host: click trackers give every link its own URL.)
        const href = n.links[0]?.href ?? null;
        const host = href ? hostOf(href) : null;
        if (host && target && host !== target) break;
        // A button of its own after the placement's link is the email's ("Support us").
        if (href && firstHref && href !== firstHref && n.kind === 'button') break;
        target ??= host;
        firstHref ??= href;
        out.set(j, placement);
      }
    }
  }
  return out;
}
