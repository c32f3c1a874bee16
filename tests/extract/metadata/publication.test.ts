import { describe, expect, it } from 'vitest';
import type { EmailSnapshot } from '../../../lib/email/snapshot';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { extractPublication } from '../../../lib/extract/metadata/publication';
import { parseHtmlNode } from '../../../lib/node-dom';

function doc(
  body: { html?: string; text?: string },
  from: { name: string | null; address: string | null } = { name: null, address: null },
  subject = 'A title',
) {
  const snapshot: EmailSnapshot = {
    subject,
    from,
    date: '2024-05-06T10:00:00Z',
    html: body.html ?? null,
    text: body.text ?? null,
    provider: 'file',
  };
  return buildDocument(snapshot, parseHtmlNode);
}
const BODY =
  'The council met on Tuesday and voted on the budget for the coming year after a long debate.';

describe('extractPublication', () => {
  it('names the original publisher over the sender of a digest', () => {
    const d = doc(
      { text: `${BODY}\n\nThis article first appeared in The Harbor Ledger.` },
      { name: 'Morning Roundup', address: 'digest@roundup.example' },
    );
    expect(extractPublication(d)).toBe('The Harbor Ledger');
    const v = doc({
      text: `${BODY}\n\nA version of this article appeared in Labor Notes #563, February 2026.`,
    });
    expect(extractPublication(v)).toBe('Labor Notes');
  });
  it('reads the publication on the byline line', () => {
    const d = doc(
      { text: `A TITLE\n\nLuis Feliz Leon\nJanuary 20, 2026\nLabor Notes\n\n${BODY}` },
      { name: 'xxxxxx', address: 'x@x.example' },
    );
    expect(extractPublication(d)).toBe('Labor Notes');
  });
  it('takes Y from a "Jane Doe from Y" sender', () => {
    expect(
      extractPublication(
        doc(
          { text: BODY },
          { name: 'Ethan Moll from One Useful Thing', address: 'x@substack.com' },
        ),
      ),
    ).toBe('One Useful Thing');
  });
  it('uses a brand From name but not a person or a campaign team', () => {
    expect(
      extractPublication(
        doc({ text: BODY }, { name: 'Hacker Digest', address: 'kale@hackerdigest.example' }),
      ),
    ).toBe('Hacker Digest');
    expect(
      extractPublication(
        doc(
          { text: BODY },
          { name: 'Blendle Weekoverzicht', address: 'nieuwsbrief@m.blendle.example' },
        ),
      ),
    ).toBe('Blendle Weekoverzicht');
    expect(
      extractPublication(
        doc({ text: BODY }, { name: 'Jane Porter', address: 'info@campaign.example' }),
      ),
    ).toBeNull();
    expect(
      extractPublication(
        doc(
          { text: `${BODY}\n\nPaid for by Vale for Senate` },
          { name: 'Team Vale', address: 'info@vale.example' },
        ),
      ),
    ).toBeNull();
  });
  it('gives a campaign newsletter its committee name', () => {
    const text = `Thanks for signing up to receive Leadership First updates.\n\n${BODY}\n\nPaid for by Leadership First for America PAC, Inc. and not authorized by any candidate.`;
    expect(extractPublication(doc({ text }, { name: 'Pat Doe', address: 'info@lf.example' }))).toBe(
      'Leadership First for America PAC',
    );
  });
  it('reads a masthead above the title, then the footer naming', () => {
    const html = `<h3><b>Open(ish) Learning News</b></h3><h1>why ish</h1><p>${BODY}</p>`;
    expect(extractPublication(doc({ html }, undefined, 'why ish'))).toBe('Open(ish) Learning News');
    const footer = `<p>${BODY}</p><p>You received this message because you are subscribed to Bloomberg's Money Talk newsletter.</p>`;
    expect(extractPublication(doc({ html: footer }))).toBe("Bloomberg's Money Talk");
  });
  it('spells out an acronym taken from an issue subject', () => {
    const html = `<p>${BODY}</p><p>© 2023 Tous droits réservés Time To Sign Off Publications</p>`;
    expect(extractPublication(doc({ html }, undefined, 'TTSO du Mardi 31 janvier 2023'))).toBe(
      'TTSO (Time To Sign Off)',
    );
  });
  it('returns null when nothing names a publisher', () => {
    expect(extractPublication(doc({ text: BODY }))).toBeNull();
  });
});
