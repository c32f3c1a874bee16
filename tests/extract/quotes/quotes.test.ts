import { describe, expect, it } from 'vitest';
import type { Block, BlockKind, EmailDoc } from '../../../lib/extract/blocks/document';
import { extractQuotes } from '../../../lib/extract/quotes/quotes';
import { QuoteSchema } from '../../../lib/schema';

type Spec = string | { kind: BlockKind; text: string };

function doc(specs: Spec[], subject = 'Weekly news'): EmailDoc {
  const blocks = specs.map((s, index): Block => ({
    kind: typeof s === 'string' ? 'paragraph' : s.kind,
    level: typeof s === 'string' || s.kind !== 'heading' ? 0 : 2,
    text: typeof s === 'string' ? s : s.text,
    links: [],
    strong: false,
    emphasis: false,
    removedLinks: 0,
    boilerplate: false,
    index,
  }));
  return {
    snapshot: {
      subject,
      from: { name: null, address: null },
      date: null,
      html: null,
      text: specs.map((s) => (typeof s === 'string' ? s : s.text)).join('\n\n'),
      provider: 'file',
    } as unknown as EmailDoc['snapshot'],
    blocks,
    emailDate: null,
    source: 'text',
  };
}

/** Quotes in reading order (the result is ranked), as [text, speaker]. */
function quotes(specs: Spec[], subject?: string): [string, string | null][] {
  const all = extractQuotes(doc(specs, subject));
  for (const q of all) QuoteSchema.parse(q);
  const order = specs.map((s) => (typeof s === 'string' ? s : s.text)).join('\n');
  return all
    .map((q) => [q.text, q.speaker] as [string, string | null])
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}

describe('extractQuotes: marks and spans', () => {
  it('keeps a quotation interrupted by narration as its parts, never with the narration', () => {
    expect(
      quotes([
        '“The ferry will run again by spring, I promise you that,” said harbour master Ines Albrecht. “We owe the islanders a reliable crossing.”',
      ]),
    ).toEqual([
      ['The ferry will run again by spring, I promise you that,', 'Ines Albrecht'],
      ['We owe the islanders a reliable crossing.', 'Ines Albrecht'],
    ]);
  });

  it('keeps a quotation that runs over several paragraphs whole', () => {
    const got = quotes([
      'Tenant organizer Ray Colby spoke last. “We knocked on every door in the building. Nobody wanted to be the first to sign.',
      '“Then one family did, and the whole floor followed within a week.”',
    ]);
    expect(got).toEqual([
      [
        'We knocked on every door in the building. Nobody wanted to be the first to sign. Then one family did, and the whole floor followed within a week.',
        null,
      ],
    ]);
  });

  it('drops scare quotes, titles of works, search terms and the subject line', () => {
    expect(
      quotes(
        [
          'The so-called “efficiency plan” failed.',
          'Read “How the River Changed Its Course Forever” in our archive.',
          'Try searching for “cheap flights to the coast in winter” and see.',
          'Our top story: “Council votes to close the old library branch”',
        ],
        'Council votes to close the old library branch',
      ),
    ).toEqual([]);
  });

  it('guillemets and German marks', () => {
    expect(
      quotes([
        '„Wir lassen uns die Mieten nicht länger gefallen“, sagte Jana Keller vom Mieterverein.',
      ]),
    ).toEqual([['Wir lassen uns die Mieten nicht länger gefallen', 'Jana Keller']]);
    expect(quotes(['« Nous irons jusqu’au bout de ce combat », a dit Paul Girard.'])).toEqual([
      ['Nous irons jusqu’au bout de ce combat', 'Paul Girard'],
    ]);
  });

  it('single quotes, with apostrophes around', () => {
    expect(
      quotes(['The union’s new chair, Dee Mills, said ‘we’re not going back to the old rota’.']),
    ).toEqual([['we’re not going back to the old rota', 'Dee Mills']]);
  });
});

describe('extractQuotes: speakers', () => {
  it('resolves a surname to the full name as first given', () => {
    const got = quotes([
      'Longtime steward Kieran Novak says the talks are stuck.',
      '“We fight hard on wages, benefits and discipline every single year,” said Novak.',
    ]);
    expect(got).toEqual([
      ['We fight hard on wages, benefits and discipline every single year,', 'Kieran Novak'],
    ]);
  });

  it('resolves "he said" to the last person named', () => {
    const got = quotes([
      'Omar Haddad, an organizer with the Riverside Tenants Union, says rents doubled.',
      '“People are moving out of the city they grew up in,” he said.',
    ]);
    expect(got).toEqual([['People are moving out of the city they grew up in,', 'Omar Haddad']]);
  });

  it('"he said" with nobody named before is null, never a guess', () => {
    expect(quotes(['“Nobody told us the plant was closing,” he said.'])).toEqual([
      ['Nobody told us the plant was closing,', null],
    ]);
  });

  it('a colon introduction and a "called" construction', () => {
    expect(
      quotes([
        'Council member Rosa Diaz said: “This budget leaves the east side behind again.”',
        'At the hearing, Local 12 President Sam Ortiz called the plan “a giveaway to the developers downtown.”',
      ]),
    ).toEqual([
      ['This budget leaves the east side behind again.', 'Rosa Diaz'],
      ['a giveaway to the developers downtown.', 'Sam Ortiz'],
    ]);
  });

  it('X told a publication', () => {
    expect(
      quotes([
        'Driver Abdi Farah filmed the stop. “They saw my face and decided who I was,” Farah told The Courier.',
      ]),
    ).toEqual([['They saw my face and decided who I was,', 'Abdi Farah']]);
  });

  it('hypothetical speech is not a quotation', () => {
    expect(
      quotes([
        'If you walk into the office and say “please help me file this form today,” they will.',
        'He didn’t say “we will cut the pension fund next year.”',
      ]),
    ).toEqual([]);
  });

  it('a fragment of an attributed quotation keeps its speaker', () => {
    const got = quotes([
      '“Our schools are crowded beyond anything we planned for,” wrote superintendent Lea Marsh.',
      'If the schools are “crowded beyond anything we planned for,” the district must act.',
    ]);
    expect(got).toEqual([
      ['Our schools are crowded beyond anything we planned for,', 'Lea Marsh'],
      ['crowded beyond anything we planned for,', 'Lea Marsh'],
    ]);
  });
});

describe('extractQuotes: context rules', () => {
  it('a gesture before a quotation names its speaker', () => {
    expect(
      quotes(['Asked about retirement, Nell Ambrose laughed. “I will stop when the ovens stop.”']),
    ).toEqual([['I will stop when the ovens stop.', 'Nell Ambrose']]);
  });

  it('a paragraph that is one quotation, under "X on Y:"', () => {
    expect(
      quotes([
        'Runa Holt on patience:',
        '"Most of the work is waiting well, and nobody teaches it."',
      ]),
    ).toEqual([['Most of the work is waiting well, and nobody teaches it.', 'Runa Holt']]);
  });

  it('a teaser quotation under a headline about one person', () => {
    expect(
      quotes([
        { kind: 'heading', text: 'Chef Ilse de Wit over haar eerste restaurant' },
        '‘Ik had geen idee hoe zwaar de eerste winter zou worden.’ €0.29',
      ]),
    ).toEqual([['Ik had geen idee hoe zwaar de eerste winter zou worden.', 'Ilse de Wit']]);
  });

  it('quotations used as nouns and sentences speaking to the reader are not quotations', () => {
    expect(
      quotes([
        'The app is for turning “my week went badly at work again” into something kinder.',
        'You do not want “keep working until the job is done” as a rule for anyone.',
      ]),
    ).toEqual([]);
  });

  it('code is nobody’s words', () => {
    expect(
      quotes([{ kind: 'preformatted', text: 'print("hello there, this is a test string")' }]),
    ).toEqual([]);
  });
});

describe('extractQuotes: block quotes, embeds, epigraphs', () => {
  it('a block quote with an attribution line', () => {
    expect(
      quotes([
        { kind: 'blockquote', text: 'The river does not care about our deadlines or our plans.' },
        { kind: 'blockquote', text: '— Mara Quist, hydrologist' },
      ]),
    ).toEqual([['The river does not care about our deadlines or our plans.', 'Mara Quist']]);
  });

  it('a block quote introduced by "X writes:"', () => {
    expect(
      quotes([
        'Economist Tove Lind writes:',
        {
          kind: 'blockquote',
          text: 'Wages have not kept pace with rents in any large city since 2010.',
        },
      ]),
    ).toEqual([['Wages have not kept pace with rents in any large city since 2010.', 'Tove Lind']]);
  });

  it('an embedded post with its author line and date line', () => {
    expect(
      quotes([
        'Bea Quinn @beaquinn',
        'the bus came on time three days in a row and I do not trust it',
        '9:12 AM ∙ Mar 3, 2025',
      ]),
    ).toEqual([['the bus came on time three days in a row and I do not trust it', 'Bea Quinn']]);
  });

  it('an epigraph with its author', () => {
    expect(quotes(['Slow is smooth and smooth is fast, most days. — Ada Brenner'])).toEqual([
      ['Slow is smooth and smooth is fast, most days.', 'Ada Brenner'],
    ]);
  });
});

describe('extractQuotes: ranking and robustness', () => {
  it('ranks a long attributed quote first and covers different speakers', () => {
    const all = extractQuotes(
      doc([
        '“We will keep the clinic open seven days a week for everyone who needs it,” said nurse Ivo Pranic.',
        '“We are hiring as fast as we can find people,” Pranic said. “It is still not fast enough.”',
        '“The county has promised money before and it never came through for us,” said Gloria Estes, a patient.',
        '“Five words and no speaker here.”',
      ]),
    );
    expect(all[0]!.speaker).toBe('Ivo Pranic');
    expect(all[1]!.speaker).toBe('Gloria Estes');
    expect(all[all.length - 1]!.speaker).toBeNull();
    for (let i = 1; i < all.length; i++)
      expect(all[i]!.score).toBeLessThanOrEqual(all[i - 1]!.score);
  });

  it('never crashes on odd input and stays fast on a huge body', () => {
    expect(extractQuotes(doc([]))).toEqual([]);
    expect(extractQuotes(doc(['', '”””', '“', '‘’', '"'.repeat(1000)]))).toEqual([]);
    const t0 = performance.now();
    extractQuotes(doc(['“We rest, ” said Ana Roe. '.repeat(40_000), ' said'.repeat(100_000)]));
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

describe('extractQuotes: one-word speakers', () => {
  it('a word the email capitalises mid-sentence is a name; a sentence opener is not', () => {
    expect(
      quotes([
        'The co-op signed a supply deal with Anthara last spring.',
        'Anthara said in a statement: “Every member farm will be paid within thirty days.”',
        'Management said: “We expect the new rules to apply from the first of June.”',
      ]),
    ).toEqual([
      ['Every member farm will be paid within thirty days.', 'Anthara'],
      ['We expect the new rules to apply from the first of June.', null],
    ]);
  });
});
