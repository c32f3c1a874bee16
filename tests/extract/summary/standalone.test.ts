import { describe, expect, it } from 'vitest';
import {
  CONTEXT_OPENERS,
  SELF_REFERENCE,
  notStandalone,
} from '../../../lib/extract/summary/standalone';
import { summarizeSentences } from '../../../lib/extract/summary/summary';
import { docFrom } from '../actions/action-doc';

// Issue 17: a summary bullet is read alone and first, so it must not lean on the sentence before
// it, be the email talking about itself, or be a numbered heading.

/** Per language: sentences that need context, the email about itself, and standalone ones. */
const CASES: Record<string, { leans: string[]; self: string[]; alone: string[] }> = {
  en: {
    leans: [
      'Because of this change, you have to weigh three things when choosing a tool.',
      'This means the council votes twice a year from now on.',
      'But the mayor says the second vote is a formality.',
      "That's why the union asked for the figures early.",
      'However, the schools should not expect new money this year.',
      'They said the figures would be published in April.',
    ],
    self: [
      "You're among 59,059 others who received this email because you asked for it.",
      'You are receiving this because you signed up on our website last year.',
      'Thanks for reading, and see you next week with more stories.',
      'If you enjoyed this issue, please forward it to a friend who would like it.',
      'First-timers can subscribe to the newsletter here.',
    ],
    alone: [
      'The city council moved its budget vote from June to March this year.',
      'This week the council published the school budget a month early.',
      'It is the third year the schools have waited for their budget.',
    ],
  },
  de: {
    leans: [
      'Deshalb bekommen viele Mieter im Sommer eine neue Abrechnung.',
      'Aber die Vermieter haben bis zum Herbst Zeit.',
      'Das bedeutet, dass die Sprechstunde länger dauert.',
    ],
    self: [
      'Danke fürs Lesen, wir melden uns im nächsten Monat wieder.',
      'Sie erhalten diesen Newsletter, weil Sie Mitglied im Verein sind.',
    ],
    alone: ['Der Stadtrat hat die neue Regel im Januar beschlossen.'],
  },
  fr: {
    leans: [
      "C'est pourquoi la ville a repoussé le vote au printemps.",
      'Cependant, le chantier ne commencera pas avant 2027.',
    ],
    self: [
      'Merci de nous lire, et à la semaine prochaine pour un nouveau numéro.',
      'Vous recevez cet e-mail car vous êtes inscrit au Brief du matin.',
    ],
    alone: ['La métropole a voté lundi le prolongement de la ligne 3.'],
  },
  es: {
    leans: [
      'Sin embargo, el precio sigue subiendo en las capitales.',
      'Por eso el ayuntamiento revisará el plan en octubre.',
    ],
    self: [
      'Gracias por leer, nos vemos el próximo lunes con más datos.',
      'Recibes este correo porque te suscribiste a La semana en datos.',
    ],
    alone: ['El alquiler subió un 3 por ciento en las ciudades medianas.'],
  },
  nl: {
    leans: ['Daarom legt de gemeente een nieuwe fietsstraat aan.', 'Maar de stalling is al vol.'],
    self: [
      'Bedankt voor het lezen, tot de volgende nieuwsbrief.',
      'Je ontvangt deze nieuwsbrief omdat je lid bent van de Fietsbond.',
    ],
    alone: ['De gemeente legt dit voorjaar een fietsstraat aan langs de Vecht.'],
  },
  it: {
    leans: [
      'Tuttavia il cantiere non partirà prima di giugno.',
      'Per questo il comune ha rinviato il voto.',
    ],
    self: [
      'Grazie per aver letto, ci sentiamo la prossima settimana.',
      'Ricevi questa email perché sei iscritto alla nostra newsletter.',
    ],
    alone: ['Il consiglio comunale ha approvato il bilancio martedì sera.'],
  },
  pt: {
    leans: [
      'No entanto, o preço continua a subir nas capitais.',
      'Por isso a câmara vai rever o plano.',
    ],
    self: [
      'Obrigado por ler, até a próxima semana.',
      'Você está recebendo este e-mail porque se inscreveu no nosso site.',
    ],
    alone: ['A câmara municipal aprovou o orçamento na terça-feira.'],
  },
};

describe('notStandalone', () => {
  for (const [lang, c] of Object.entries(CASES)) {
    it(`${lang}: leaning sentences and self-reference are refused, plain sentences kept`, () => {
      for (const s of c.leans) expect(notStandalone(s), s).toBe('needs the sentence before');
      for (const s of c.self) expect(notStandalone(s), s).toBe('the email about itself');
      for (const s of c.alone) expect(notStandalone(s), s).toBeNull();
    });
  }
  it('has a row per language in both tables', () => {
    for (const rows of [CONTEXT_OPENERS, SELF_REFERENCE]) {
      expect(rows.map((r) => r.name).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    }
  });
  it('refuses a numbered heading', () => {
    expect(notStandalone('3. The big picture for the city budget this year.')).toBe(
      'numbered item',
    );
  });
  it('reads a long adversarial sentence without a match', () => {
    const long = `${'subscribe to the '.repeat(5_000)}x`;
    expect(notStandalone(long)).toBeNull();
  });
});

describe('summarizeSentences: standalone bullets (issue 17)', () => {
  it('skips a numbered heading line, footer roles and a leaning sentence', () => {
    const html = `
<p>The council moved the budget vote for the schools from June to March this year.</p>
<p>Because of this change, the schools budget now comes to a vote twice a year in the council.</p>
<p>3. The big picture for the schools budget.</p>
<p>Principals will learn their schools budget in April, which gives them the summer to hire.</p>
<p>School staff were paid late in both of the last two years because the budget came in July.</p>`;
    const got = summarizeSentences(docFrom({ html }), 3);
    expect(got).toEqual([
      'The council moved the budget vote for the schools from June to March this year.',
      'Principals will learn their schools budget in April, which gives them the summer to hire.',
      'School staff were paid late in both of the last two years because the budget came in July.',
    ]);
  });
  it('keeps what a greeting goes on to say, without the salutation', () => {
    const got = summarizeSentences(
      docFrom({ html: '<p>Hi Sam, can you chair the meeting on Thursday evening?</p>' }),
      3,
      'personal',
    );
    expect(got).toEqual(['Can you chair the meeting on Thursday evening?']);
  });
});
