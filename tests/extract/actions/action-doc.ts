import type { EmailDoc } from '../../../lib/extract/blocks/document';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { parseHtmlNode } from '../../../lib/node-dom';

/** A document from an HTML or text body, dated like a real email (for the action/digest tests). */
export function docFrom(
  body: { html?: string; text?: string },
  date = '2026-04-28T14:30:00Z',
): EmailDoc {
  return buildDocument(
    {
      subject: 'Test',
      from: { name: 'Test Sender', address: 'news@example.org' },
      date,
      html: body.html ?? null,
      text: body.text ?? null,
      provider: 'file',
    },
    parseHtmlNode,
  );
}
