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
