import { describe, expect, it } from 'vitest';
import type { EmailSnapshot } from '../../../lib/email/snapshot';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { extractSections } from '../../../lib/extract/digest/sections';
import { parseHtmlNode } from '../../../lib/node-dom';

function doc(body: { html?: string; text?: string }, subject = 'A title') {
  const snapshot: EmailSnapshot = {
    subject,
    from: { name: 'The Brief', address: 'a@brief.example' },
    date: '2024-05-06T10:00:00Z',
    html: body.html ?? null,
    text: body.text ?? null,
    provider: 'file',
  };
  return buildDocument(snapshot, parseHtmlNode);
}
const P =
  'The council met on Tuesday and voted on the budget for the coming year after a long debate.';

describe('extractSections', () => {
  it('lists caps headings of text mail in order, not the headline, not a caps line ending a paragraph', () => {
    const text = `WILL IT PASS?\n\n${P}\n\nUNIONS STEP UP\n\n${P} Among them the\nAFL-CIO.\n\n${P}\n\nWHAT COMES NEXT\n\n${P}`;
    const sections = extractSections(doc({ text }, 'Will It Pass?'));
    expect(sections.map((s) => s.title)).toEqual(['UNIONS STEP UP', 'WHAT COMES NEXT']);
    expect(sections[0]?.summary).toBe(
      'The council met on Tuesday and voted on the budget for the coming year after a long debate.',
    );
  });
  it('takes h2/h3 and stand-alone bold lines; leaves out sponsors, share rows, polls and empty headings', () => {
    const html =
      `<h1>A title</h1><p>${P}</p><h2>The vote</h2><p>${P}</p><p><b>Also today</b></p><p>${P}</p>` +
      `<h2>Presented by Acme</h2><p>${P}</p><h2>Share The Brief</h2><p><a href="https://x.example">Click</a></p>` +
      `<h4>What did you think of this post?</h4><p>Amazing Good Meh Bad</p><h2>Follow us</h2>`;
    expect(extractSections(doc({ html })).map((s) => s.title)).toEqual(['The vote', 'Also today']);
  });
  it('drops call-to-action headings and markdown debris', () => {
    const text = `Friends,\n\n${P}\n\n| **DONATE MORE **\n\nThank you,\nTeam Vale`;
    expect(extractSections(doc({ text }, 'Ask'))).toEqual([]);
  });
  it('picks a readable sentence, skipping captions and lead-ins', () => {
    const html = `<h1>A title</h1><p>${P}</p><h2>Pictures</h2><p>Photo: Ann Lee for The Brief</p><p>Here is how it went:</p><p>${P}</p>`;
    expect(extractSections(doc({ html }))[0]?.summary).toBe(P);
  });
});
