import { describe, expect, it } from 'vitest';
import type { EmailSnapshot } from '../../../lib/email/snapshot';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { extractAuthors } from '../../../lib/extract/metadata/byline';
import { isPersonName, splitNames } from '../../../lib/extract/text/byline-names';
import { parseHtmlNode } from '../../../lib/node-dom';

function doc(
  body: { html?: string; text?: string },
  subject = 'A title',
  fromName: string | null = null,
) {
  const snapshot: EmailSnapshot = {
    subject,
    from: { name: fromName, address: 'news@brand.example' },
    date: '2024-05-06T10:00:00Z',
    html: body.html ?? null,
    text: body.text ?? null,
    provider: 'file',
  };
  return buildDocument(snapshot, parseHtmlNode);
}

const BODY =
  'The council met on Tuesday and voted on the budget for the coming year after a long debate.';

describe('person names', () => {
  it('accepts full names and rejects brands, labels and sentences', () => {
    expect(isPersonName('Luis Feliz Leon')).toBe(true);
    expect(isPersonName('Governor Chris Christie')).toBe(true);
    expect(isPersonName('Breaking Smart')).toBe(false);
    expect(isPersonName('Team Kelly')).toBe(false);
    expect(isPersonName('Release Date')).toBe(false);
    expect(isPersonName('The council met')).toBe(false);
    expect(isPersonName('Shane')).toBe(false);
    expect(isPersonName('Shane', true)).toBe(true);
  });
  it('splits lists and drops nicknames', () => {
    expect(splitNames('Shaan "Chocolate Milk" Puri and Ben "2% Milk" Levy')).toEqual([
      'Shaan Puri',
      'Ben Levy',
    ]);
    expect(splitNames('Ann Lee, Bo Chen & Cy Diaz')).toEqual(['Ann Lee', 'Bo Chen', 'Cy Diaz']);
    expect(splitNames('Cooperpress and Peter Cooper')).toBeNull();
  });
});

describe('extractAuthors', () => {
  it('reads a By line with a date and separators', () => {
    const d = doc({
      html: `<h1>A title</h1><p>By Justin Kay and Monica Eng ·Feb 14, 2022</p><p>${BODY}</p>`,
    });
    expect(extractAuthors(d)).toEqual(['Justin Kay', 'Monica Eng']);
  });
  it('reads a name line above a date line (merged into one block in text mail)', () => {
    const d = doc({ text: `A TITLE\n\nLuis Feliz Leon\nJanuary 20, 2026\nLabor Notes\n\n${BODY}` });
    expect(extractAuthors(d)).toEqual(['Luis Feliz Leon']);
  });
  it('does not read a label before a date as a name', () => {
    const d = doc({ text: `Release Date: 19/04/2020 | Issue: 33\n\n${BODY}` }, 'Issue 33');
    expect(extractAuthors(d)).toEqual([]);
  });
  it('reads a staff-writer bio', () => {
    const d = doc({ text: `${BODY}\n\nMaya Rios is a staff writer at the Ledger.` });
    expect(extractAuthors(d)).toEqual(['Maya Rios']);
  });
  it('reads sign-offs: valediction + name, and a name line after a closing line', () => {
    expect(extractAuthors(doc({ text: `${BODY}\n\nCheers, — Shane` }))).toEqual(['Shane']);
    expect(
      extractAuthors(doc({ text: `${BODY}\n\nThanks again,\nGovernor Chris Christie` })),
    ).toEqual(['Chris Christie']);
    expect(
      extractAuthors(
        doc({
          html: `<p>${BODY}</p><p>That's all for today!</p><p><b>Priya Nair and Tom Becker</b></p>`,
        }),
      ),
    ).toEqual(['Priya Nair', 'Tom Becker']);
  });
  it('never returns a campaign team or a brand From name', () => {
    expect(
      extractAuthors(doc({ text: `${BODY}\n\nThank you,\nTeam Vale` }, 'Ask', 'Team Vale')),
    ).toEqual([]);
    expect(extractAuthors(doc({ text: BODY }, 'Ask', 'Breaking Smart'))).toEqual([]);
  });
  it('reads a Substack-style From name and a copyright holder who is a person', () => {
    expect(extractAuthors(doc({ text: BODY }, 'Post', 'Ethan Moll from One Useful Thing'))).toEqual(
      ['Ethan Moll'],
    );
    expect(
      extractAuthors(
        doc({ html: `<p>${BODY}</p><p>© 2022 Scott Alder 548 Market Street Unsubscribe</p>` }),
      ),
    ).toEqual(['Scott Alder']);
  });
  it('returns [] for a body with no byline', () => {
    expect(extractAuthors(doc({ text: BODY }))).toEqual([]);
  });
});
