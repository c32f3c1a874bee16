import { loadEml } from './eml';
import { EmailParseError } from './errors';
import { loadHtml } from './html';
import { loadPrintedText } from './printed-text';
import { decodeText } from './decode-text';
import { binaryReason } from './binary';
import { withoutNul } from '../control-chars';
import type { EmailSnapshot } from './snapshot';

export { EmailParseError };

/** Does the text start like a raw message (header lines, then a blank line)? */
function looksLikeRawMessage(text: string): boolean {
  const head = text.slice(0, 4096).split(/\r?\n\r?\n/, 1)[0] ?? '';
  return (
    /^(received|return-path|delivered-to|mime-version|message-id)\s*:/im.test(head) &&
    /^content-type\s*:/im.test(head)
  );
}

/** Picks the loader by file name and content (Node side: CLI, eval, tests). */
export async function loadEmailFile(name: string, content: Buffer): Promise<EmailSnapshot> {
  const lower = name.toLowerCase();
  if (content.length === 0) throw new EmailParseError('empty file');
  if (!/\.(?:eml|mbox|html?|txt)$/.test(lower)) {
    throw new EmailParseError('unsupported file type (expected .eml, .html or .txt)');
  }
  const binary = binaryReason(content);
  if (binary) throw new EmailParseError(binary);
  if (lower.endsWith('.eml') || lower.endsWith('.msg.txt') || lower.endsWith('.mbox')) {
    return loadEml(content);
  }
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const html = withoutNul(decodeText(content, 'html'));
    if (!html.trim()) throw new EmailParseError('empty file');
    if (!/<[a-z!]/i.test(html)) throw new EmailParseError('not an HTML file (no markup)');
    return loadHtml(html);
  }
  // .txt
  const text = withoutNul(decodeText(content, 'text'));
  if (!text.trim()) throw new EmailParseError('empty file');
  // A raw message saved as .txt ("show original" → save) goes through the MIME parser.
  if (looksLikeRawMessage(text)) return loadEml(content);
  return loadPrintedText(text);
}
