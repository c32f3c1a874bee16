import { loadEml, EmailParseError } from './eml';
import { loadHtml } from './html';
import { loadPrintedText } from './printed-text';
import type { EmailSnapshot } from './snapshot';

export { EmailParseError };

/** Picks the loader by file name and content (Node side: CLI, eval, tests). */
export async function loadEmailFile(name: string, content: Buffer): Promise<EmailSnapshot> {
  const lower = name.toLowerCase();
  if (content.length === 0) throw new EmailParseError('empty file');
  if (lower.endsWith('.eml') || lower.endsWith('.msg.txt')) return loadEml(content);
  const text = content.toString('utf8');
  if (/\0/.test(text.slice(0, 4096))) throw new EmailParseError('binary file, not an email');
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return loadHtml(text);
  if (lower.endsWith('.txt')) return loadPrintedText(text);
  throw new EmailParseError('unsupported file type (expected .eml, .html or .txt)');
}
