import { cleanName, isPersonName, nameCased, splitNames } from '../text/byline-names';

// Reading one byline line: the names in "By Jane Roe, a nurse at St. Olaf" / "BY JANE ROE" /
// "Mar 2 · By Jane Roe" / "Jane Roe | Staff writer" — the name without what a newsroom adds
// around it (a date, a read-time, the writer's role, the city filed from) — and the writer's
// note at the end ("Jane Roe ist Redakteurin beim …", "Jane covers transport …").

/**
 * Newsroom roles that follow a writer's name on its own byline line ("Jane Roe | Staff writer",
 * "Jane Roe, Redakteurin"). Only writing roles: "Jane Roe, harbour master" is a source, not a
 * byline. One row per language; plurals are read by dropping a final "s".
 */
const WRITER_ROLE_ROWS: readonly string[] = [
  // en
  'writer reporter editor correspondent columnist contributor journalist author',
  // de
  'redakteur redakteurin autor autorin reporterin korrespondent korrespondentin journalistin kolumnist kolumnistin chefredakteur chefredakteurin volontär volontärin',
  // fr
  'journaliste rédacteur rédactrice correspondante chroniqueur chroniqueuse auteur autrice éditeur éditrice',
  // es
  'periodista redactor redactora corresponsal columnista editora reportero reportera autora',
  // nl
  'redacteur redactrice verslaggever verslaggeefster schrijver',
  // it
  'giornalista redattore redattrice corrispondente inviato inviata editorialista autore',
  // pt
  'jornalista repórter redator redatora correspondente colunista',
];
const WRITER_ROLES = new Set(WRITER_ROLE_ROWS.join(' ').split(' '));

function isWriterRole(text: string): boolean {
  for (const raw of text.toLowerCase().split(/[\s/-]+/u)) {
    const w = raw.replace(/[^\p{L}]+/gu, '');
    if (WRITER_ROLES.has(w) || (w.endsWith('s') && WRITER_ROLES.has(w.slice(0, -1)))) return true;
  }
  return false;
}

/** Words after a comma that start a description of the writer ("a nurse at …", "ein Arzt aus …"). */
const DESCRIPTION_START = new Set(
  'a an the our un une una uno um uma ein eine einer een il lo la le el o who qui der die das'.split(
    ' ',
  ),
);

/** Words after a comma that add a co-writer: "with (additional) reporting by", "avec", "mit". */
const CO_WRITER =
  /^(?:with\s+(?:additional\s+)?reporting\s+(?:by|from)|additional\s+reporting\s+by|mitarbeit:?|mit|avec|con|com|met)\s+/iu;

const OUR_ROLE =
  /^(?:our|unserer|unserem|unseres|notre|nuestra|nuestro|onze|nostra|nostro|nossa|nosso)\s+\S+\s+/iu;

/** "in Bergen", "aus Köln", "à Lyon", "desde Quito", "uit Gent", "em Lisboa": the city filed from. */
const FILED_FROM = /\s(?:in|aus|à|desde|uit|em)\s+\p{Lu}/u;

/**
 * The names on a byline's name part ("Jane Roe", "Jane Roe and Li Wei", "Jane Roe, a nurse at
 * St. Olaf", "Jane Roe in Bergen", "JANE ROE, Staff Writer"); null when it names no person.
 */
export function bylineNames(namePart: string): string[] | null {
  // "(By) our correspondent Jane Roe", "Von unserer Redakteurin …", "Par notre envoyée …".
  const text = nameCased(namePart.trim()).replace(OUR_ROLE, '');
  // "Jane Roe, Senior Reporter" splits into two name-shaped parts; the role is not a person.
  const whole = splitNames(text)?.filter((n) => !isWriterRole(n));
  if (whole?.length) return whole;
  // "Reporting by Jane Roe; editing by Li Wei": the writer is the first credit.
  let cut = text.split(';', 1)[0]!.trim();
  const filed = FILED_FROM.exec(cut);
  if (filed) cut = cut.slice(0, filed.index);
  // "Jane Roe, a nurse at …" / "Jane Roe, Senior Reporter": the description after the comma.
  const comma = cut.indexOf(', ');
  if (comma > 0) {
    const tail = cut.slice(comma + 2);
    // "Jane Roe, with additional reporting by Li Wei", "Claire Dubois, avec Marc Petit".
    const co = CO_WRITER.exec(tail);
    const lead = co ? splitNames(cut.slice(0, comma)) : null;
    const others = co && lead ? splitNames(tail.slice(co[0].length)) : null;
    if (lead && others) return [...lead, ...others];
    const first = (tail.split(' ', 1)[0] ?? '').toLowerCase();
    if (DESCRIPTION_START.has(first) || /^\p{Ll}/u.test(tail) || isWriterRole(tail)) {
      cut = cut.slice(0, comma);
    }
  }
  return cut === text ? null : splitNames(cut);
}

/** The separators a byline line sets between its parts: "|", "·", "•", a spaced dash. */
const PART_SEPARATOR = /\s+[|·•–—]\s+|\s*[|·•]\s*/u;

/**
 * A name line with the writer's role and no "By": "Jane Roe | Staff writer", "Jane Roe, Senior
 * Reporter", "Jane Roe · Redakteurin · 2. März 2026". Null for any other line.
 */
export function namesWithWriterRole(line: string): string[] | null {
  const t = line.trim();
  // "— Jane Roe, editor": the credit under a quotation, not a byline.
  if (/^[—–-]/u.test(t)) return null;
  let parts = t.split(PART_SEPARATOR);
  if (parts.length < 2) {
    const comma = t.indexOf(', ');
    if (comma < 0) return null;
    parts = [t.slice(0, comma), t.slice(comma + 2)];
  }
  // A role is a few words ("Senior Reporter", "Redakteurin"); a longer tail is a sentence about
  // the person ("Jane Roe, editor of the Ledger, writes about …").
  const rest = parts.slice(1);
  if (rest.some((p) => p.split(/\s+/u).length > 5 || /[.!?]$/u.test(p.trim()))) return null;
  if (!rest.some(isWriterRole)) return null;
  return bylineNames(parts[0]!);
}

/** The parts of a byline line, for one that opens on a date or read-time ("Mar 2 · By Jane Roe"). */
export function bylineParts(line: string): string[] {
  return line.split(PART_SEPARATOR).filter((p) => p.trim() !== '');
}

/** "is", "ist", "est", "es", "è", "é" (and their past): "Jane Roe ist Redakteurin …". */
const COPULAS = new Set('is was ist war est était es era è é foi'.split(' '));
/** Verbs of a writer's note: "Jane Roe writes about …", "schreibt über", "couvre", "escreve". */
const WRITING_VERBS = new Set(
  'writes covers reports schreibt berichtet écrit couvre escribe cubre schrijft scrive escreve cobre'.split(
    ' ',
  ),
);

/**
 * The writer a short note names: "Jane Roe is a freelance journalist …" (in the seven languages:
 * a name, a copula, a writing role within five words) or, where the note stands apart as one
 * (`card`: in italics, or under the writer's name), "Jane Roe writes about …" / "Jane covers …".
 * `cardName` is the name line the note stands under, if any.
 */
export function writerOfNote(text: string, card: boolean, cardName: string | null): string | null {
  const words = text.slice(0, 240).trim().split(/\s+/u);
  for (let k = 1; k <= 5 && k < words.length; k++) {
    const verb = words[k]!.toLowerCase();
    const copula = COPULAS.has(verb);
    if (!copula && !WRITING_VERBS.has(verb)) continue;
    const said = words.slice(0, k).join(' ');
    // Under a name card the note may call the writer by the given name only ("Jane covers …").
    const name =
      cardName && cleanName(cardName).split(' ')[0] === said
        ? cleanName(cardName)
        : isPersonName(said)
          ? cleanName(said)
          : null;
    if (!name) return null;
    if (copula) return isWriterRole(words.slice(k + 1, k + 6).join(' ')) ? name : null;
    return card || cardName ? name : null;
  }
  return null;
}

/**
 * Words that open a byline, longest first where one holds another; a trailing ":" is a label
 * ("Words: Jane Roe", "Texte : …"). One row per language.
 */
const BYLINE_LEAD_ROWS: readonly string[] = [
  // en: "Story by …", "A guest essay by …", "Reported by …", "Words: …", "Byline: …"
  'by|written by|words by|reporting by|reported by|story by|posted by|guest post by|a guest post by|an essay by|a guest essay by|essay by|interview by|curated by|hand-curated by|hand curated by|edited by|compiled by|from the desk of|words:|author:|byline:|text:|text and photos:|text & photos:',
  // de: "Ein Gastbeitrag von …", "Text und Fotos: …"
  'von|geschrieben von|ein beitrag von|ein gastbeitrag von|gastbeitrag von|text:|text und fotos:|autor:|autorin:',
  // fr: "Un article de …", "Propos recueillis par …", "Texte : …"
  'par|écrit par|ecrit par|un article de|une tribune de|texte de|propos recueillis par|texte:|texte et photos:|auteur:|auteure:|autrice:',
  // es: "Un artículo de …", "Crónica de …", "Texto y fotos: …"
  'por|escrito por|un artículo de|crónica de|reportaje de|texto:|texto y fotos:|autor:|autora:',
  // nl: "Een artikel van …", "Tekst en beeld: …"
  "door|geschreven door|een artikel van|een column van|tekst:|tekst en beeld:|tekst en foto's:|auteur:",
  // it: "Un articolo di …", "A cura di …"
  'di|da|scritto da|un articolo di|a cura di|testo:|testo e foto:|autore:|autrice:',
  // pt ("por", "escrito por", "texto:", "autor:" as in es): "Um artigo de …", "Reportagem de …"
  'um artigo de|reportagem de|texto e fotos:',
];
const BYLINE_LEADS = [...new Set(BYLINE_LEAD_ROWS.flatMap((r) => r.split('|')))].sort(
  (a, b) => b.length - a.length,
);
const BYLINE_LEAD = new RegExp(
  `^(?:${BYLINE_LEADS.map((l) =>
    l.endsWith(':')
      ? `${l.slice(0, -1).replace(/ /g, '\\s+')}\\s*:\\s*`
      : `${l.replace(/ /g, '\\s+')}\\s+`,
  ).join('|')})(.+)$`,
  'iu',
);

/** "by", "von", "par" … alone on a line: the name stands in the block under it. */
export function isLeadAlone(line: string): boolean {
  const t = line.trim().toLowerCase();
  return !t.endsWith(':') && BYLINE_LEADS.includes(t) && !t.includes(' ');
}

/** The names after a byline's opening words ("Story by Jane Roe", "Un artículo de …"), or null. */
export function namesAfterLead(part: string): string | null {
  return BYLINE_LEAD.exec(part.trim())?.[1] ?? null;
}
