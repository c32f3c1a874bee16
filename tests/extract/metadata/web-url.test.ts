import { describe, expect, it } from 'vitest';
import { VIEW_ONLINE, extractWebUrl } from '../../../lib/extract/metadata/web-url';
import { docFrom } from '../actions/action-doc';

// Issue 17: the web link saved for an article is the email's own web version — its view-online
// link, or the headline linked to its article — never an ask or an advert.

const WORDINGS: Record<string, string[]> = {
  en: ['View in browser', 'View this email in your browser', 'Read online', 'Web version'],
  de: ['Im Browser ansehen', 'Online lesen', 'Webversion'],
  fr: ['Voir la version en ligne', 'Afficher dans le navigateur', 'Version web'],
  es: ['Ver en el navegador', 'Ver en línea', 'Versión web'],
  nl: ['Bekijk online', 'Bekijk deze e-mail in je browser', 'Webversie'],
  it: ['Visualizza nel browser', 'Versione web', 'Leggi online'],
  pt: ['Ver no navegador', 'Versão web', 'Visualizar online'],
};

describe('extractWebUrl', () => {
  for (const [lang, texts] of Object.entries(WORDINGS)) {
    it(`${lang}: finds the view-online link by its wording`, () => {
      expect(VIEW_ONLINE.some((r) => r.name === lang)).toBe(true);
      for (const t of texts) {
        const doc = docFrom({
          html: `<p>A short note about the week in the city council and its budget.</p>
            <p><a href="https://news.example.org/issues/12">${t}</a></p>`,
        });
        expect(extractWebUrl(doc), t).toBe('https://news.example.org/issues/12');
      }
    });
  }
  it('takes a "here" link when its sentence says it is the web version', () => {
    const doc = docFrom({
      html: `<p>Trouble reading? View it in your browser <a href="https://news.example.org/w/3">here</a>.</p>
        <p>The council met on Tuesday and voted on the budget for the schools.</p>`,
    });
    expect(extractWebUrl(doc)).toBe('https://news.example.org/w/3');
  });
  it('prefers the headline linked to its article', () => {
    const doc = docFrom({
      html: `<p><a href="https://news.example.org/issues/12">View online</a></p>
        <h1><a href="https://news.example.org/p/budget-vote">The council moves its budget vote</a></h1>
        <p>The council moved its budget vote from June to March after two years of late pay.</p>`,
    });
    expect(extractWebUrl(doc)).toBe('https://news.example.org/p/budget-vote');
  });
  it('never takes an advert or an ask, and says null when there is no web version', () => {
    const doc = docFrom({
      html: `<p>Presented by Acme Ledger</p>
        <p><a href="https://ads.example.com/acme">Read online about Acme's new ledger</a></p>
        <h2>Budget vote moves to March</h2>
        <p>The council moved its budget vote from June to March after two years of late pay.</p>
        <p><a href="https://give.example.org/">Donate to the fund</a></p>`,
    });
    expect(extractWebUrl(doc)).toBeNull();
  });
});
