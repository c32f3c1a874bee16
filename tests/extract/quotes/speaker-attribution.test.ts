import { describe, expect, it } from 'vitest';
import {
  attributionAfter,
  attributionBefore,
  attributionOfIntro,
} from '../../../lib/extract/quotes/speaker-attribution';
import { NameBook, trailingName, trailingOrg } from '../../../lib/extract/text/person-names';

const name = (n: string) => ({ kind: 'name', name: n });

describe('attribution after the quotation', () => {
  it('said X / X said / X says', () => {
    expect(attributionAfter(',” said Marta Quiroga.')).toEqual(name('Marta Quiroga'));
    expect(attributionAfter(',” Quiroga said.')).toEqual(name('Quiroga'));
    expect(attributionAfter('.” Marta Quiroga says.')).toEqual(name('Marta Quiroga'));
  });

  it('keeps titles and roles out of the name', () => {
    expect(attributionAfter(',” said Riverside Tenants Union Vice President Omar Haddad.')).toEqual(
      name('Omar Haddad'),
    );
    expect(attributionAfter(',” said crane operator Lena Voss, a steward in Local 88.')).toEqual(
      name('Lena Voss'),
    );
    expect(attributionAfter('” wrote Harbor Post senior editor Dana Whit this week.')).toEqual(
      name('Dana Whit'),
    );
    expect(attributionAfter(',” said Tomas Ek of the Riverside Tenants Union.')).toEqual(
      name('Tomas Ek'),
    );
  });

  it('X, a bus driver, said', () => {
    expect(attributionAfter(',” Pia Lund, a bus driver, said.')).toEqual(name('Pia Lund'));
  });

  it('X told The Intercept', () => {
    expect(attributionAfter(',” Abdi Farah told The Intercept.')).toEqual(name('Abdi Farah'));
  });

  it('pronouns', () => {
    expect(attributionAfter(',” he said.')).toEqual({ kind: 'pronoun', pronoun: 'person' });
    expect(attributionAfter(',” she added.')).toEqual({ kind: 'pronoun', pronoun: 'person' });
    expect(attributionAfter(',” one of them told me.').kind).toBe('none');
  });

  it('a dash attribution', () => {
    expect(attributionAfter(' -- Ada Lovelace. Next item')).toEqual(name('Ada Lovelace'));
    expect(attributionAfter(' — Ada Lovelace, mathematician')).toEqual(name('Ada Lovelace'));
  });

  it('a list of speakers stays whole', () => {
    expect(attributionAfter(',” wrote Acme’s Ann Lee, Bo Park and Cy Diaz.')).toEqual(
      name('Ann Lee, Bo Park and Cy Diaz'),
    );
  });

  it('nothing when the next sentence is about something else', () => {
    expect(attributionAfter('. The vote is on Tuesday.').kind).toBe('none');
  });
});

describe('attribution before the quotation', () => {
  it('colon and comma introductions', () => {
    expect(attributionBefore('Hana Sato said: ')).toEqual(name('Hana Sato'));
    expect(attributionBefore('As Hana Sato said, ')).toEqual(name('Hana Sato'));
    expect(attributionBefore('Een gesprek met Joop de Vries: ')).toEqual(name('Joop de Vries'));
  });

  it('according to X', () => {
    expect(attributionBefore('The plan failed, according to Ruth Okafor, because ')).toEqual(
      name('Ruth Okafor'),
    );
    expect(attributionBefore('Pas pour Claire Dubois selon laquelle ')).toEqual(
      name('Claire Dubois'),
    );
  });

  it('called … constructions', () => {
    expect(
      attributionBefore('At the rally, Local 9 President Kofi Mensah called the raids '),
    ).toEqual(name('Kofi Mensah'));
  });

  it('a speaker earlier in the same sentence', () => {
    expect(attributionBefore('Unions can win, Mensah writes, but only if they reach for ')).toEqual(
      name('Mensah'),
    );
  });

  it('a source named at the end of the sentence before', () => {
    expect(attributionBefore('There is that line from G. K. Chesterton. ')).toEqual(
      name('G. K. Chesterton'),
    );
  });

  it('hypothetical speech is no report', () => {
    expect(attributionBefore('He didn’t say ').kind).toBe('hypothetical');
    expect(attributionBefore('you call the agency and ask ').kind).toBe('none');
    expect(attributionBefore('you walk in and say ').kind).toBe('hypothetical');
    expect(attributionBefore('If the minister stood up and said ').kind).toBe('hypothetical');
    expect(attributionBefore('When people say ').kind).toBe('hypothetical');
  });

  it('the author speaking', () => {
    expect(attributionBefore('I’ve been saying ')).toEqual({ kind: 'pronoun', pronoun: 'self' });
  });
});

describe('introductions of a block quote', () => {
  it('reads the speaker of "X reports:" and "X on Y:"', () => {
    expect(attributionOfIntro('The money is tight; the Harbor Times reports:')).toEqual({
      kind: 'org',
      name: 'Harbor Times',
    });
    expect(attributionOfIntro('Maya Angel on starting over:')).toEqual(name('Maya Angel'));
    expect(attributionOfIntro('Here is the plan:').kind).toBe('none');
  });
  it('a reply thread is not a quotation', () => {
    expect(attributionOfIntro('On Mon, Jan 5, 2026, Sam Roe wrote:').kind).toBe('hypothetical');
  });
});

describe('names', () => {
  it('trailingName stops at organisations and possessives', () => {
    expect(trailingName('the Chicago Teachers Union')).toBeNull();
    expect(trailingName('Pimco’s Ann Lee')).toBe('Ann Lee');
    expect(trailingName('uber driver Ahmed bin Rashid')).toBe('Ahmed bin Rashid');
  });
  it('trailingOrg needs an organisation word or an acronym', () => {
    expect(trailingOrg('the Wall Street Journal')).toBe('Wall Street Journal');
    expect(trailingOrg('The FT article')).toBe('FT');
    expect(trailingOrg('a nice story')).toBeNull();
  });
  it('NameBook resolves surnames, first names, acronyms and the last person named', () => {
    const book = new NameBook();
    book.add('Kieran Novak', 10);
    book.add('Ahmed Bin Rashid', 20);
    book.addName('Financial Times');
    expect(book.resolve('Novak')).toBe('Kieran Novak');
    expect(book.resolve('Bin Rashid')).toBe('Ahmed Bin Rashid');
    expect(book.resolve('Kieran')).toBe('Kieran Novak');
    expect(book.resolve('FT')).toBe('Financial Times');
    expect(book.resolve('Nobody')).toBe('Nobody');
    expect(book.lastBefore(15)).toBe('Kieran Novak');
    expect(book.lastBefore(25)).toBe('Ahmed Bin Rashid');
    expect(book.lastBefore(5)).toBeNull();
  });
});
