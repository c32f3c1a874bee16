import { describe, expect, it } from 'vitest';
import {
  isCapsHeading,
  repairQuotedPrintable,
  textToBlocks,
} from '../../../lib/extract/blocks/text-blocks';

const kindsAndTexts = (text: string) => textToBlocks(text).map((b) => [b.kind, b.text]);

describe('textToBlocks', () => {
  it('splits paragraphs at blank lines and finds ALL-CAPS headings', () => {
    expect(
      kindsAndTexts('Intro line one\nline two.\n\nUNIONS STEP UP\nBody after heading.\n\nLast.'),
    ).toEqual([
      ['paragraph', 'Intro line one line two.'],
      ['heading', 'UNIONS STEP UP'],
      ['paragraph', 'Body after heading.'],
      ['paragraph', 'Last.'],
    ]);
  });

  it('does not take a wrapped capitalised word ending a sentence for a heading', () => {
    const b = textToBlocks(
      'and the Minneapolis Regional Labor Federation\n[[link removed]],\nAFL-CIO.\n\nNext.',
    );
    expect(b.map((x) => x.kind)).toEqual(['paragraph', 'paragraph']);
    expect(b[0]!.text).toBe('and the Minneapolis Regional Labor Federation, AFL-CIO.');
    expect(b[0]!.removedLinks).toBe(1);
  });

  it('takes [[link removed]] markers out, counting them, and drops marker-only decoration', () => {
    const b = textToBlocks(
      'Luis Feliz Leon\nJanuary 20, 2026\nLabor Notes\n[[link removed]]\n\n*\n[[link removed]]\n*\n\n[link removed]\n\nText.',
    );
    expect(b.map((x) => x.text)).toEqual(['Luis Feliz Leon January 20, 2026 Labor Notes', 'Text.']);
    expect(b[0]!.lines).toEqual(['Luis Feliz Leon', 'January 20, 2026', 'Labor Notes']);
    expect(b[0]!.removedLinks).toBe(3);
  });

  it('reads _italic_ deks, italics split by a removed link, and inline _titles_', () => {
    const b = textToBlocks(
      '_ Under siege, people are leaning on organizations\nto end the terror. _\n\n_Here’s the pledge_ [[link removed]]_ that people are signing._\n\nIn his book _Why Unions Matter_, he writes.',
    );
    expect(b.map((x) => [x.emphasis, x.text])).toEqual([
      [true, 'Under siege, people are leaning on organizations to end the terror.'],
      [true, 'Here’s the pledge that people are signing.'],
      [false, 'In his book Why Unions Matter, he writes.'],
    ]);
  });

  it('reads *bold* lines and finds URLs as links', () => {
    const b = textToBlocks('*Donate today*\n\nSign at https://example.org/sign.');
    expect(b[0]).toMatchObject({ text: 'Donate today', strong: true });
    expect(b[1]!.links).toEqual([
      { text: 'https://example.org/sign', href: 'https://example.org/sign' },
    ]);
  });

  it('repairs quoted-printable that reached the body undecoded', () => {
    const qp =
      'The city=E2=80=99s finance office posts every line item nightly, with a =\nplain-language glossary. Caf=C3=A9 hours =\nare posted. Tickets =3D free. =\nDone.';
    expect(repairQuotedPrintable(qp)).toBe(
      'The city’s finance office posts every line item nightly, with a plain-language glossary. Café hours are posted. Tickets = free. Done.',
    );
    expect(repairQuotedPrintable('a=b and x=1 in prose')).toBe('a=b and x=1 in prose');
  });

  it('isCapsHeading', () => {
    expect(isCapsHeading('NO WORK, SCHOOL, SHOPPING')).toBe(true);
    expect(isCapsHeading('DE BESTE VERHALEN VAN DE WEEK')).toBe(true);
    expect(isCapsHeading('ICE')).toBe(false);
    expect(isCapsHeading('Mixed Case Title')).toBe(false);
  });

  it('is linear on a large body', () => {
    const big = (
      'Some prose that wraps [[link removed]] here\n'.repeat(5) + '\nHEADING LINE\n\n'
    ).repeat(5000);
    const t = performance.now();
    expect(textToBlocks(big).length).toBe(10000);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
