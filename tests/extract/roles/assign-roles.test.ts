import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/extract/blocks/build-document';
import { blockRoles } from '../../../lib/extract/roles';
import type { BlockRole } from '../../../lib/extract/roles';
import { parseHtmlNode } from '../../../lib/node-dom';

// Each class of furniture, in the seven languages the lexicons cover, gets the role that keeps it
// out of the headline, byline and publication.

function rolesOf(html: string): { text: string; role: BlockRole }[] {
  const doc = buildDocument(
    {
      subject: 'Test',
      from: { name: null, address: null },
      date: '2025-10-15T08:00:00+00:00',
      html,
      text: null,
      provider: 'file',
    },
    parseHtmlNode,
  );
  const roles = blockRoles(doc);
  return doc.blocks.map((b) => ({ text: b.text, role: roles[b.index]!.role }));
}

/** The role of the block whose text is `text`, in an email that has a real story around it. */
function roleOf(blockHtml: string, text: string): BlockRole | undefined {
  const html = `<html><body>${blockHtml}<h1>The council votes on the new harbour budget</h1><p>${'Councillors met on Tuesday to debate the plan for the harbour. '.repeat(4)}</p></body></html>`;
  return rolesOf(html).find((r) => r.text === text)?.role;
}

const GREETINGS: [string, string][] = [
  ['en', 'Good morning!'],
  ['en', 'Happy Wednesday. 😀'],
  ['en', 'Thank you for signing our petition!'],
  ['de', '☀️ Guten Morgen, Berlin!'],
  ['de', 'Liebe Kundin, lieber Kunde,'],
  ['fr', 'Bonjour à toutes et à tous,'],
  ['es', '¡Hola, comunidad!'],
  ['nl', 'Beste lezer,'],
  ['it', 'Ciao a tutti,'],
  ['pt', 'Bom dia, leitores!'],
];

const SPONSOR_LABELS: [string, string][] = [
  ['en', 'TOGETHER WITH'],
  ['en', 'Presented by'],
  ['de', 'Anzeige'],
  ['fr', 'Publicité'],
  ['es', 'Patrocinado por'],
  ['nl', 'In samenwerking met'],
  ['it', 'Sponsorizzato'],
  ['pt', 'Publicidade'],
];

const SIGN_OFFS: [string, string][] = [
  ['en', 'Love,'],
  ['de', 'Herzliche Grüße'],
  ['fr', 'Cordialement,'],
  ['es', 'Un abrazo,'],
  ['nl', 'Met vriendelijke groet,'],
  ['it', 'Cordiali saluti,'],
  ['pt', 'Abraços,'],
];

const ISSUE_LINES: [string, string][] = [
  ['en', 'Issue #33'],
  ['de', 'Ausgabe Januar 2023'],
  ['fr', 'Numéro 12'],
  ['es', 'Edición 88'],
  ['nl', 'Editie 4'],
  ['it', 'Edizione 7'],
];

const CONTENTS: [string, string][] = [
  ['en', 'In today’s newsletter'],
  ['de', 'In dieser Ausgabe'],
  ['fr', 'Au sommaire'],
  ['es', 'En este número'],
  ['nl', 'In deze editie'],
  ['it', 'In questo numero'],
  ['pt', 'Nesta edição'],
];

describe('block roles', () => {
  it.each(GREETINGS)('greeting (%s): %s', (_lang, text) => {
    expect(roleOf(`<h2>${text}</h2>`, text)).toBe('greeting');
  });

  it.each(SPONSOR_LABELS)('sponsor label (%s): %s', (_lang, text) => {
    expect(roleOf(`<h3>${text}</h3><h3>Try the new app free</h3>`, text)).toBe('sponsor');
  });

  it('the advertiser’s title under a sponsor label is sponsor; the next heading is not', () => {
    const roles = rolesOf(
      '<h3>TOGETHER WITH</h3><h3>Back up every photo free</h3><p>Start a trial today.</p>' +
        '<h1>Ferry fares rise for the first time in a decade</h1><p>The port voted.</p>',
    );
    expect(roles.map((r) => r.role)).toEqual(['sponsor', 'sponsor', 'sponsor', 'headline', 'body']);
  });

  it.each(SIGN_OFFS)('sign-off (%s): %s', (_lang, text) => {
    expect(roleOf(`<p>${text}</p><p>Ana Lima</p>`, text)).toBe('signature');
  });

  it.each(ISSUE_LINES)('issue line (%s): %s', (_lang, text) => {
    expect(roleOf(`<p>${text}</p>`, text)).toBe('issue-line');
  });

  it.each(CONTENTS)('contents label (%s): %s', (_lang, text) => {
    expect(roleOf(`<h3>${text}</h3><ul><li>First story</li></ul>`, text)).toBe('toc');
  });

  it.each([
    ['en', 'Wednesday, August 17, 2022'],
    ['de', 'Mittwoch, 17. August 2022'],
    ['fr', 'mercredi 17 août 2022'],
    ['es', 'miércoles, 17 de agosto de 2022'],
  ])('dateline (%s): %s', (_lang, text) => {
    expect(roleOf(`<p>${text}</p>`, text)).toBe('dateline');
  });

  it('rubric headings are labels, not headlines', () => {
    for (const text of ['Oil & Gas', 'THEMEN & PROJEKTE', 'Event Reminder', 'Upcoming events:']) {
      expect(roleOf(`<h2>${text}</h2>`, text), text).toBe('label');
    }
  });

  it('a heading of two sentences is a message, not a title', () => {
    const text = 'The council listened to everyone. Campaign win!';
    expect(roleOf(`<h3>${text}</h3>`, text)).toBe('body');
  });

  it('a row of short links is navigation', () => {
    const text = 'Alerts | Podcasts | Jobs';
    expect(
      roleOf(
        '<p><a href="https://a.example/alerts">Alerts</a> | <a href="https://a.example/p">Podcasts</a> | <a href="https://a.example/j">Jobs</a></p>',
        text,
      ),
    ).toBe('navigation');
  });

  it('a title-shaped heading is a headline; text stays body', () => {
    const roles = rolesOf(
      '<h1>The council votes on the new harbour budget</h1><p>Councillors met on Tuesday to debate it at length.</p>',
    );
    expect(roles.map((r) => r.role)).toEqual(['headline', 'body']);
  });
});
