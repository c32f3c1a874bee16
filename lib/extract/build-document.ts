import type { EmailSnapshot } from '../email/snapshot';
import type { EmailDoc, ParseHtml } from './document';
import { htmlToBlocks } from './html-blocks';
import { textToBlocks } from './text-blocks';
import { markBoilerplate } from './boilerplate';

/** Turns a snapshot into the block list every extractor reads. Never mutates the snapshot. */
export function buildDocument(snapshot: EmailSnapshot, parseHtml: ParseHtml): EmailDoc {
  const emailDate = snapshot.date ? new Date(snapshot.date) : null;
  const validDate = emailDate && !Number.isNaN(emailDate.getTime()) ? emailDate : null;
  let blocks;
  let source: EmailDoc['source'];
  if (snapshot.html && snapshot.html.trim()) {
    blocks = htmlToBlocks(parseHtml(snapshot.html));
    source = 'html';
  } else {
    blocks = textToBlocks(snapshot.text ?? '');
    source = 'text';
  }
  markBoilerplate(blocks);
  return { snapshot, blocks, emailDate: validDate, source };
}
