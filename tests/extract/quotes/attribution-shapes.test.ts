import { describe, expect, it } from 'vitest';
import {
  attributionAfter,
  attributionBefore,
  attributionOfIntro,
} from '../../../lib/extract/quotes/speaker-attribution';
import { SPEECH_VERB_ROWS } from '../../../lib/extract/quotes/attribution-shapes';
import { NameBook, findOrgRuns, trailingName } from '../../../lib/extract/text/person-names';
import { transcriptTurns } from '../../../lib/extract/quotes/transcript-turns';
import {
  isInstruction,
  isWorkTitle,
  addressesReader,
} from '../../../lib/extract/quotes/quote-filters';
import { docFrom } from '../actions/action-doc';

// One case per row of the attribution-shape tables: each fails when its row is taken out.

const name = (n: string) => ({ kind: 'name', name: n });
const person = { kind: 'pronoun', pronoun: 'person' };

describe('speech verbs per language (after the closing mark)', () => {
  it.each([
    ['de', '“, sagte die Bürgermeisterin Anke Vogel.', 'Anke Vogel'],
    ['de', '“, erklärte die Grünen-Politikerin Ricarda Brandt.', 'Ricarda Brandt'],
    ['fr', ' », a déclaré la ministre Élise Rouvier.', 'Élise Rouvier'],
    ['fr', ' », affirme Gaspard Lemoine.', 'Gaspard Lemoine'],
    ['es', '», dijo la alcaldesa Amparo Villacañas.', 'Amparo Villacañas'],
    ['es', '», afirmó el portavoz Rodrigo Esquivel.', 'Rodrigo Esquivel'],
    ['nl', '", zei minister Piet Adelaar.', 'Piet Adelaar'],
    ['nl', '", aldus Karim El Idrissi.', 'Karim El Idrissi'],
    ['it', '”, ha detto il premier Giorgio Malvezzi.', 'Giorgio Malvezzi'],
    ['it', '”, ha dichiarato Ilaria Ghezzi.', 'Ilaria Ghezzi'],
    ['pt', '”, disse o presidente Rubens Taveira.', 'Rubens Taveira'],
    ['pt', '”, afirmou Marlene Quintanilha.', 'Marlene Quintanilha'],
  ])('%s: %s', (_lang, post, who) => {
    expect(attributionAfter(post)).toEqual(name(who));
  });

  it('every language has a row', () => {
    const langs = new Set(SPEECH_VERB_ROWS.map((r) => r.lang));
    expect([...langs].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
  });

  it('German "so X" right after the mark, and only there', () => {
    expect(attributionAfter('“, so Finanzminister Christian Lindmark.')).toEqual(
      name('Christian Lindmark'),
    );
    expect(attributionAfter('” and so Jane Roe left early.')).toEqual({ kind: 'none' });
  });

  it('French inversion and Romance dropped subjects point at the last person named', () => {
    expect(attributionAfter(' », a-t-elle ajouté.')).toEqual(person);
    expect(attributionAfter(' », explique-t-il.')).toEqual(person);
    expect(attributionAfter('», añadió.')).toEqual(person);
    expect(attributionAfter('”, disse.')).toEqual(person);
  });

  it('a Spanish dash sets off the verb', () => {
    expect(attributionAfter('» —dijo Pedro Saavedra—.')).toEqual(name('Pedro Saavedra'));
  });
});

describe('sources before the quotation per language', () => {
  it.each([
    ['Según el ministro de Economía, Carlos Cuerpo, ', 'Carlos Cuerpo'],
    ['Selon Gaëtan Rivoire, président du club, ', 'Gaëtan Rivoire'],
    ['Secondo Mario Draghetti, ', 'Mario Draghetti'],
    ['Segundo a presidente da associação, Marlene Quintanilha, ', 'Marlene Quintanilha'],
    ['Laut Anke Vogel ', 'Anke Vogel'],
  ])('%s', (pre, who) => {
    expect(attributionBefore(pre)).toEqual(name(who));
  });
});

describe('a line introducing a block quotation, per language', () => {
  it.each([
    ['Funding came up again. Marguerite Oyelaran writes:', 'Marguerite Oyelaran'],
    ['As Ingrid Solvang put it:', 'Ingrid Solvang'],
    ['Dazu schreibt Henrike Stallbaum:', 'Henrike Stallbaum'],
    ['Comme le dit Gaëtan Rivoire :', 'Gaëtan Rivoire'],
    ['Nerea Olabarria escribe:', 'Nerea Olabarria'],
    ['Ruud van den Berg schrijft:', 'Ruud van den Berg'],
    ['Ilaria Ghezzi scrive:', 'Ilaria Ghezzi'],
    ['Joana Carvalhais escreve:', 'Joana Carvalhais'],
  ])('%s', (intro, who) => {
    expect(attributionOfIntro(intro)).toEqual(name(who));
  });
});

describe('verbs of stance before the quotation', () => {
  it.each([
    ['Patrick Fabian, Geschäftsführer Sport, zeigt sich erfreut, dass ', 'Patrick Fabian'],
    ['Hélène Carvin se dit convaincue que ', 'Hélène Carvin'],
    ['Marta Quiroga believes that ', 'Marta Quiroga'],
    ['Lucía Berrocal se mostró convencida de que ', 'Lucía Berrocal'],
  ])('%s', (pre, who) => {
    expect(attributionBefore(pre)).toEqual(name(who));
  });
  it('needs a full name as the subject', () => {
    expect(attributionBefore('The club believes that ')).toEqual({ kind: 'none' });
  });
});

describe('descriptions resolve to the person named in them', () => {
  it('a role phrase in apposition names the speaker, not the role’s owner', () => {
    expect(
      attributionBefore(
        "Secretary-General Ingrid Halvorsen's spokesperson, Tomasz Wielgosz, said ",
      ),
    ).toEqual(name('Tomasz Wielgosz'));
    expect(attributionAfter(',” said the mayor’s spokesperson, Dee Mills, on Friday.')).toEqual(
      name('Dee Mills'),
    );
  });

  it('a place after a name is not the speaker', () => {
    expect(trailingName('Republican senators led by Dale Prentiss of Montana')).toBe(
      'Dale Prentiss',
    );
    expect(trailingName('the mayor of Chicago')).toBeNull();
    expect(trailingName('el alcalde de Madrid')).toBeNull();
  });
});

describe('institutions in the mention book', () => {
  it('"the court", "the HC" and "das Gericht" resolve to the institution first named', () => {
    const book = new NameBook();
    const text =
      'The Kerala High Court quashed the order. Later the Verwaltungsgericht Kassel ruled.';
    for (const m of findOrgRuns(text, 0)) book.addOrg(m.name, m.at);
    expect(book.resolve('HC')).toBe('Kerala High Court');
    expect(book.lastOrgWith(['court'], 1000)).toBe('Kerala High Court');
    expect(book.lastOrgWith(['gericht'], 1000)).toBe('Verwaltungsgericht Kassel');
    expect(attributionAfter(',” the court said.')).toMatchObject({ kind: 'institution' });
    expect(attributionAfter('“, erklärte das Gericht.')).toMatchObject({ kind: 'institution' });
  });

  it('lower-case institutions with their place (French, Italian, Spanish)', () => {
    const found = findOrgRuns(
      'Le tribunal administratif de Lyon avait suspendu le chantier.',
      0,
      new Set(['tribunal']),
    );
    expect(found.map((m) => m.name)).toContain('tribunal administratif de Lyon');
  });
});

describe('transcript turns', () => {
  it('labels are speakers only in an exchange', () => {
    const exchange = docFrom({
      text: 'VENKATARAMAN: Happy to be here.\n\nFERRITER: Me too, thanks.\n\nVENKATARAMAN: The quiet calls are hardest.',
    }).blocks;
    expect([...transcriptTurns(exchange).values()]).toEqual([
      'Venkataraman',
      'Ferriter',
      'Venkataraman',
    ]);
    const lone = docFrom({ text: 'Bottom Line: prices rose again this week.' }).blocks;
    expect(transcriptTurns(lone).size).toBe(0);
  });
});

describe('precision lexicons', () => {
  it('titles after a work noun, in several languages', () => {
    expect(isWorkTitle('she gave a talk called ')).toBe(true);
    expect(isWorkTitle('Am Donnerstag zeigen wir den Dokumentarfilm ')).toBe(true);
    expect(isWorkTitle('el documental ')).toBe(true);
    expect(isWorkTitle('the organizer told the crowd ')).toBe(false);
  });
  it('instructions and second-person prompts', () => {
    expect(isInstruction('Reply to this email and tell me ')).toBe(true);
    expect(isInstruction('Schreibt uns mit dem Betreff ')).toBe(true);
    expect(isInstruction('Répondez à ce mail avec ')).toBe(true);
    expect(isInstruction('The union replied ')).toBe(false);
    expect(addressesReader('Fragt euch vor dem Pflanzen einmal: ')).toBe(true);
    expect(addressesReader('Demandez-vous : ')).toBe(true);
    expect(addressesReader('The mayor said ')).toBe(false);
  });
});

describe('a second predicate shares the sentence subject (conjunction or participle)', () => {
  it.each([
    [
      'Dana Roe, the harbour master, has run it since 2019 and says the crews will keep ',
      'Dana Roe',
    ],
    [
      'Shortly after the vote, Dana Roe, treasurer at Acme Ferries, welcomed it, saying Acme is ',
      'Dana Roe',
    ],
    ['Prof. Dr. Anke Vogel hat den Plan vorgelegt und fordert ', 'Anke Vogel'],
    ['Gaëtan Rivoire a salué la décision, ajoutant que la ville est ', 'Gaëtan Rivoire'],
    ['Nerea Olabarria celebró la decisión y afirmó que la empresa está ', 'Nerea Olabarria'],
    ['Ilaria Ghezzi ha accolto la decisione, aggiungendo che ', 'Ilaria Ghezzi'],
    ['Rui Fontoura elogiou as obras e afirmou que o mercado está ', 'Rui Fontoura'],
  ])('%s', (pre, who) => {
    expect(attributionBefore(pre)).toEqual(name(who));
  });
  it('a pronoun subject stays a pronoun; a base form after "and" stays an example', () => {
    expect(attributionBefore('She thanked the crews, adding that the council is ')).toEqual(person);
    expect(attributionBefore('You could go to the meeting and say ')).toEqual({
      kind: 'hypothetical',
    });
  });
});

describe('a pronoun after a source preposition', () => {
  it.each([
    ['According to her, '],
    ['Selon elle, '],
    ['Según ella, '],
    ['Volgens hem '],
    ['Segundo ela, '],
    ['Secondo lei, '],
  ])('%s', (pre) => {
    expect(attributionBefore(pre)).toEqual(person);
  });
  it('Dutch "zegt ze" after the mark', () => {
    expect(attributionAfter('”, zegt ze.')).toEqual(person);
  });
});

describe('a piece of someone’s words introduces a block quotation', () => {
  it.each([
    ['Here is the statement from Hana Morales, sent to members on Saturday:', name('Hana Morales')],
    [
      'I will share this excerpt from the organizer at Maple Court Tenants Union, which matches what Councilmember Ostrowski said:',
      { kind: 'org', name: 'Maple Court Tenants Union' },
    ],
    [
      'Hier ein Auszug aus der Stellungnahme der Initiative Radentscheid Süd, auf die Oberbürgermeister Thomas Brandl nicht antwortete:',
      { kind: 'org', name: 'Initiative Radentscheid Süd' },
    ],
    ['Voici un extrait de la lettre de Gaëtan Rivoire :', name('Gaëtan Rivoire')],
  ])('%s', (intro, want) => {
    expect(attributionOfIntro(intro)).toEqual(want);
  });
});

describe('"has this line" names its subject as the source', () => {
  it.each([
    ['The Harbour Ledger newsletter this week has this line about the depot:', 'Harbour Ledger'],
    ['One of my old professors, Ruth Adeyemi, had this to say:', 'Ruth Adeyemi'],
    ['Die Bürgermeisterin Anke Vogel hat es so formuliert:', 'Anke Vogel'],
    ['La presidenta de la asociación, Rocío Almansa, lo resumió así:', 'Rocío Almansa'],
  ])('%s', (intro, who) => {
    expect(attributionOfIntro(intro)).toEqual(name(who));
  });
});

describe('a role with its article points at the person introduced with it', () => {
  it.each([
    [',” the mayor said.', 'mayor'],
    ['“, so die Sprecherin.', 'sprecherin'],
    ['“, sagte der Bürgermeister.', 'bürgermeister'],
    ['», dijo la alcaldesa.', 'alcaldesa'],
    [' », a déclaré la maire.', 'maire'],
  ])('%s', (post, r) => {
    expect(attributionAfter(post)).toEqual({ kind: 'role', role: r });
  });
  it('the book keeps the role each person was introduced with', () => {
    const book = new NameBook();
    book.addRole('mayor', 'Odile Brennan', 10);
    book.addRole('spokesperson', 'Marcus Feld', 20);
    expect(book.lastWithRole('mayor', 30)).toBe('Odile Brennan');
    expect(book.lastWithRole('mayor', 5)).toBeNull();
  });
});

describe('a word pointing back at the quotation, then the verb and the speaker', () => {
  it.each([
    ['” So says Dana Roe, the harbour master.', 'Dana Roe'],
    ['“ Das sagt Elternsprecherin Maike Vosskamp.', 'Maike Vosskamp'],
    ['” Dat zegt visverkoper Henk Zwanenburg.', 'Henk Zwanenburg'],
    ['». Eso dijo Inés Carvajal el martes.', 'Inés Carvajal'],
  ])('%s', (post, who) => {
    expect(attributionAfter(post)).toEqual(name(who));
  });
  it('never takes the pointing word for a name', () => {
    expect(attributionAfter('» Eso dijo.')).toEqual({ kind: 'none' });
  });
});
