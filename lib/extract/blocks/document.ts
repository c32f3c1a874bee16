import type { EmailSnapshot } from '../../email/snapshot';

/**
 * The email as the extractors see it: an ordered list of text blocks, the same shape whether the
 * email came as HTML or as plain text, so every extractor has one code path.
 */

/** The caller's HTML parser: the browser's DOMParser, or linkedom in Node. */
export type ParseHtml = (html: string) => Document;

export interface InlineLink {
  /** Visible text of the link (may be empty for an image link). */
  text: string;
  /** The href as written (not yet checked or unwrapped); null where the archive removed it. */
  href: string | null;
}

export type BlockKind =
  | 'heading' // <h1>–<h6>, or a short stand-alone line in ALL CAPS / bold in text mail
  | 'paragraph'
  | 'list-item'
  | 'blockquote'
  | 'button' // a call-to-action button (email buttons are usually table cells or styled links)
  | 'preformatted';

export interface Block {
  kind: BlockKind;
  /** Heading level 1–6 (text-mail headings get 2); 0 for other blocks. */
  level: number;
  /** The block's visible text, whitespace collapsed, `[[link removed]]` markers taken out. */
  text: string;
  links: InlineLink[];
  /** The whole block is bold / strong (a likely heading or label). */
  strong: boolean;
  /** The whole block is italic / emphasised (a likely dek or caption). */
  emphasis: boolean;
  /** Number of `[[link removed]]` markers (or equivalent) that stood in this block. */
  removedLinks: number;
  /** Set by boilerplate detection: view-in-browser, unsubscribe, social row, address, … */
  boilerplate: boolean;
  /** Index in the document's block list. */
  index: number;
  /**
   * The block's lines as laid out in the source (`<br>` in HTML, line breaks in text mail),
   * whitespace collapsed, markers taken out. A byline cell "Name<br>Date<br>Publication" keeps its
   * structure here while `text` joins it. Optional: blocks built by hand may leave it out.
   */
  lines?: string[];
}

export interface EmailDoc {
  snapshot: EmailSnapshot;
  blocks: Block[];
  /**
   * The email's own date, used to resolve dates in the text ("Friday", "Jan 23"). Its UTC fields
   * hold the sender's wall-clock time (the Date header's own offset), so `toISOString()` gives the
   * day the sender wrote on, whatever the machine's time zone.
   */
  emailDate: Date | null;
  /** Where the body came from. */
  source: 'html' | 'text';
}

/** Blocks that are content (not boilerplate). */
export function contentBlocks(doc: EmailDoc): Block[] {
  return doc.blocks.filter((b) => !b.boilerplate);
}
