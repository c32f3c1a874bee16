import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../lib/extract/metadata/message-kind';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { parseHtmlNode } from '../../../lib/node-dom';
import type { EmailSnapshot } from '../../../lib/email/snapshot';

// Issue 17: a personal email gets a plain gist. The evidence is what both paths have: headers in
// the CLI, the body alone in webmail.

const letter = `<div><p>Hi Sam, can you chair the meeting on Thursday?</p>
<p>I'm stuck at the clinic until eight.</p><p>Thanks,<br>Maya</p></div>`;
const newsletter = `<p>Hi Reader,</p><p>The council moved its budget vote from June to March.</p>
<p>Thanks,<br>Maya</p><p><a href="https://news.example.org/unsubscribe">Unsubscribe</a></p>`;

function kind(html: string, delivery?: EmailSnapshot['delivery']) {
  const snapshot: EmailSnapshot = {
    subject: 'Thursday',
    from: { name: 'Maya Okafor', address: 'maya@example.net' },
    date: '2026-03-11T16:42:00Z',
    html,
    text: null,
    provider: delivery ? 'file' : 'gmail',
    ...(delivery ? { delivery } : {}),
  };
  return classifyMessage(buildDocument(snapshot, parseHtmlNode));
}

describe('classifyMessage', () => {
  it('reads list headers and one-to-one addressing from an .eml', () => {
    expect(kind(letter, { list: true, recipients: 1 })).toBe('newsletter');
    expect(
      kind('<p>The venue changed to the union hall on Elm Street.</p>', {
        list: false,
        recipients: 1,
      }),
    ).toBe('personal');
  });
  it('reads a letter to one person by name in webmail, where there are no headers', () => {
    expect(kind(letter)).toBe('personal');
    expect(
      kind(
        '<p>Liebe Anna, fahrt ihr im Juni mit?</p><p>Sag mir bis Freitag Bescheid.</p><p>Viele Grüße<br>Jonas</p>',
      ),
    ).toBe('personal');
  });
  it('keeps list mail a newsletter: footer furniture, a greeting to many, buttons, length', () => {
    expect(kind(newsletter)).toBe('newsletter');
    expect(kind(newsletter, { list: false, recipients: 1 })).toBe('newsletter');
    expect(
      kind(
        '<p>Liebe Mitglieder,</p><p>der Verein trifft sich am Dienstag.</p><p>Viele Grüße<br>Ihr Vorstand</p>',
      ),
    ).toBe('newsletter');
    expect(kind(`${letter}<p>${'Long text about the budget. '.repeat(200)}</p>`)).toBe(
      'newsletter',
    );
    expect(kind('<p>The council moved its budget vote from June to March.</p>')).toBe('newsletter');
  });
});
