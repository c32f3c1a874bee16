import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../lib/extract/actions/actions';
import { askSectionKind } from '../../../lib/extract/actions/ask-sections';
import { docFrom } from './action-doc';

const asks = (html: string) =>
  extractActions(docFrom({ html })).map((a) => [a.kind, a.label, a.url]);

describe('ask sections', () => {
  it.each([
    ['Volunteers needed!', 'volunteer'],
    ['Take action this week', 'other'],
    ['Helfer*innen gesucht', 'volunteer'],
    ['Mach mit!', 'volunteer'],
    ['Devenez bénévole', 'volunteer'],
    ['Passez à l’action', 'other'],
    ['Se buscan voluntarios', 'volunteer'],
    ['Vrijwilligers gezocht', 'volunteer'],
    ['Cerchiamo volontari', 'volunteer'],
    ['Seja voluntário', 'volunteer'],
  ])('reads "%s" as a heading over asks (%s)', (heading, kind) => {
    expect(askSectionKind(heading)).toBe(kind);
  });

  it('leaves headings that only mention helping, and long lines, alone', () => {
    expect(askSectionKind('How volunteers rebuilt the boathouse')).toBeNull();
    expect(askSectionKind('Take action')).toBe('other');
    expect(askSectionKind(`Take action ${'and more '.repeat(10)}`)).toBeNull();
  });

  it('reads every linked item of a Spanish section as its own ask', () => {
    const html = `<h2>Participa</h2><ul>
      <li><a href="https://huerto.example.es/riego">Turnos de riego</a>: una tarde por semana en el huerto.</li>
      <li><a href="https://huerto.example.es/taller">Taller de semillas</a>: ayuda a preparar los sobres.</li>
      </ul><h2>Noticias</h2><p>El ayuntamiento aprobó el nuevo huerto.</p>`;
    expect(asks(html)).toEqual([
      [
        'volunteer',
        'Turnos de riego: una tarde por semana en el huerto',
        'https://huerto.example.es/riego',
      ],
      [
        'volunteer',
        'Taller de semillas: ayuda a preparar los sobres',
        'https://huerto.example.es/taller',
      ],
    ]);
  });

  it('keeps an item whose own words name another ask under its own kind', () => {
    const html = `<h2>Get involved</h2><ul>
      <li><a href="https://club.example.org/shifts">Bar shifts</a>: pour drinks at the summer fair.</li>
      <li><a href="https://club.example.org/give">Donate to the new clubhouse roof</a></li>
      </ul>`;
    expect(asks(html).map((a) => a[0])).toEqual(['volunteer', 'donate']);
  });

  it('does not read a story under an ask heading as a list of roles', () => {
    const html = `<h2>Take action</h2>
      <p>Last month the council voted to close the library on Sundays, and the vote was close.</p>
      <p>We think the decision was wrong, and we are talking to the councillors who voted for it.</p>`;
    expect(asks(html)).toEqual([]);
  });
});

describe('job rows, counts and bare RSVPs', () => {
  it('reads a German board of "Arbeitgeber: Stelle" rows as openings, one row alone as news', () => {
    const html = `<ul>
      <li><a href="https://jobs.example.de/1">Stadtwerke Nord</a>: Referent*in Klimaschutz</li>
      <li><a href="https://jobs.example.de/2">Verkehrsverbund</a>: Werkstudent Datenanalyse</li>
      </ul><p>Zwischentext über den Sommer.</p>
      <ul><li><a href="https://news.example.de/3">Stadtwerke Süd</a>: Neuer Leiter für das Netz</li></ul>`;
    expect(asks(html).map((a) => a[1])).toEqual([
      'Job board: Stadtwerke Nord: Referent*in Klimaschutz',
      'Job board: Verkehrsverbund: Werkstudent Datenanalyse',
    ]);
  });

  it('does not read a count in a link ("1,400 petition signers") as an ask', () => {
    const html = `<p>Despite support from <a href="https://a.example.org/p">1,400 petition signers</a>, the bill stalled.</p>`;
    expect(asks(html)).toEqual([]);
  });

  it('labels a bare RSVP with the invitation before it', () => {
    const html = `<p>Join us on the steps of City Hall for a short noon rally. <a href="https://a.example.org/rsvp">RSVP</a></p>`;
    expect(asks(html)[0]).toEqual([
      'event',
      'Join us on the steps of City Hall for a short noon rally',
      'https://a.example.org/rsvp',
    ]);
  });
});

describe('asks with no words of their own', () => {
  it('drops an ask whose label would only be "Here" (a link under a poll-like question)', () => {
    const html = `<p>Like this email style and format?</p>
      <p><a href="https://hq.example.com/signup">Try it for your team</a></p>
      <p>Want to sponsor an issue? Details <a href="https://news.example.com/advertise/">here</a>.</p>`;
    expect(asks(html).map((a) => a[1])).not.toContain('Here');
  });
  it('leaves an app-store badge out ("Get the iOS app", "Download our Android app")', () => {
    const badge = (alt: string, href: string) =>
      `<p><a class="button" href="${href}"><img alt="${alt}" src="https://cdn.example.com/badge.png"></a></p>`;
    const html = `<h3>Read Field Notes in the app</h3><p>Listen to posts and never miss an update.</p>
      ${badge('Get the iOS app', 'https://apps.example.com/ios')}
      ${badge('Download our Android app', 'https://apps.example.com/android')}`;
    expect(asks(html)).toEqual([]);
  });
});

describe('notices whose title asks', () => {
  it('reads a titled notice that names its ask, and not a news item whose title opens with a verb', () => {
    const html = `<p><b>Garden club: volunteers needed for the spring plant sale</b><br>Two hours on Saturday morning. Sign up with <a href="mailto:plants@club.example.org">Rosa</a>.</p>
      <p><b>Chip makers: Make way for liquid cooling</b><br>Three companies announced new partnerships. <a href="https://news.example.com/chips">Full story</a></p>`;
    expect(asks(html)).toEqual([
      [
        'volunteer',
        'Garden club: volunteers needed for the spring plant sale',
        'mailto:plants@club.example.org',
      ],
    ]);
  });
});
