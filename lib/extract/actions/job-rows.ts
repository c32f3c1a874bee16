import type { Block } from '../blocks/document';
import { blockText } from './action-label';

// Job boards without a heading: beehiiv and Substack digests close with rows such as
// "Acme: Senior Product Manager" or "Stadtwerke: Referent*in Klimaschutz", each linked to the
// opening. A row is "Employer: role" whose role names a job; two such rows in a row are a board,
// and each opening is an ask (apply). One row alone may be a story about a company.

/** Words that name a job, by language; any one in the role part makes it an opening. */
const JOB_TITLE_WORDS: { lang: string; re: RegExp }[] = [
  // "Product Manager", "V&V Engineer", "Solutions Architect", "AI Trainer", "Summer Intern"
  {
    lang: 'en',
    re: /\b(?:engineer|developer|manager|director|specialist|architect|designer|analyst|scientist|researcher|intern(?:ship)?|editor|writer|reporter|trainer|consultant|coordinator|officer|assistant|associate|administrator|technician|lead|head of|vp|recruiter|strategist|producer|accountant|counsel|fellow(?:ship)?)\b/i,
  },
  // "Referent*in", "Entwickler:in", "Projektleitung", "Werkstudent", "Praktikum", "Sachbearbeiter"
  {
    lang: 'de',
    re: /(?:referent|entwickler|ingenieur|leiter|leitung|werkstudent|praktik|sachbearbeit|berater|redakteur|volont[äa]r|koordinator|mitarbeiter|manager)/i,
  },
  // "Ingénieur·e", "Chargé·e de mission", "Développeur", "Stagiaire", "Responsable"
  {
    lang: 'fr',
    re: /(?:ing[ée]nieur|charg[ée]|d[ée]veloppeu|stagiaire|responsable|chef de projet|r[ée]dacteur|alternan)/i,
  },
  // "Ingeniero/a", "Desarrollador", "Becario", "Responsable de", "Técnico"
  {
    lang: 'es',
    re: /(?:ingenier|desarrollador|becari|t[ée]cnic[oa]|analista|coordinador|redactor)/i,
  },
  // "Medewerker", "Ontwikkelaar", "Stagiair", "Adviseur", "Beleidsmedewerker"
  { lang: 'nl', re: /(?:medewerker|ontwikkelaar|stagiair|adviseur|projectleider)/i },
  // "Ingegnere", "Sviluppatore", "Stagista", "Responsabile"
  { lang: 'it', re: /(?:ingegner|sviluppat|stagist|responsabile|redattore)/i },
  // "Engenheiro", "Desenvolvedor", "Estagiário", "Analista"
  { lang: 'pt', re: /(?:engenheir|desenvolvedor|estagi[áa]ri|analista|coordenador)/i },
];

/** "Employer: role", the employer linked; short, as a board's rows are. */
const ROW = /^([^:]{2,40}):\s+([^:]{3,100})$/;

/** The role of a job row, or null when the block is not one. */
function jobRole(b: Block | undefined): string | null {
  if (!b || b.kind !== 'list-item' || b.links.length === 0) return null;
  const m = ROW.exec(blockText(b));
  if (!m) return null;
  const role = m[2]!;
  return JOB_TITLE_WORDS.some((r) => r.re.test(role)) ? role : null;
}

/** Whether `blocks[i]` is a row of a job board: itself and a neighbour are openings. */
export function isJobRow(blocks: Block[], i: number): boolean {
  return (
    jobRole(blocks[i]) !== null &&
    (jobRole(blocks[i - 1]) !== null || jobRole(blocks[i + 1]) !== null)
  );
}
