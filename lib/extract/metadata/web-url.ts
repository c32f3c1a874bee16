import type { Block, EmailDoc } from '../blocks/document';
import { blockRoles, type BlockRole } from '../roles';
import type { LexiconRow } from '../roles/lexicons';
import { cleanUrl, hostOf, isPrivateTarget, siteOf } from '../links/url-safety';
import { foldText } from '../text/byline-names';
import { locateHeadline } from './headline';
import { extractDigest } from '../digest/digest';

// The email's own web address: where a saved article points. Two sources, both the sender's own
// words about the email rather than a guess: the headline's link when it is the article's title
// linked to the article (Substack, Ghost, Beehiiv and most publishers link their title), and the
// "view online" link at the top or bottom of the email. In a digest the headline's link would be
// the first story's, so there only the view-online link counts. Asks, adverts and navigation are
// never the web version, whatever their wording.

/** Wordings of a "view this email online" link. */
export const VIEW_ONLINE: LexiconRow[] = [
  // "View in browser", "View this email in your browser", "View online", "Read online",
  // "Read on the web", "Web version", "Open in browser", "View as a web page"
  {
    name: 'en',
    re: /\b(?:view|read|open|see)\s+(?:this\s+(?:email|e-mail|newsletter|issue|post)\s+|it\s+|the\s+(?:newsletter|email)\s+)?(?:online|on\s+(?:the\s+)?web(?:site)?|in\s+(?:your\s+|a\s+|the\s+)?(?:web\s+)?browser|as\s+a\s+web\s*page)\b|\bweb\s+version\b|\bonline\s+version\b/i,
  },
  // "Im Browser ansehen", "Online lesen", "Webversion", "Newsletter im Browser öffnen"
  {
    name: 'de',
    re: /\bim\s+(?:web)?browser\s+(?:ansehen|anzeigen|öffnen|lesen|betrachten)|\bonline\s+(?:ansehen|anzeigen|lesen|version)|\bweb-?version\b|\bin\s+ihrem\s+browser\b/iu,
  },
  // "Voir la version en ligne", "Version en ligne", "Afficher dans le navigateur", "Version web"
  {
    name: 'fr',
    re: /\b(?:voir|lire|afficher|consulter|ouvrir)\s+(?:la\s+version\s+|cet\s+e-?mail\s+|ce\s+message\s+)?(?:en\s+ligne|dans\s+(?:le|votre)\s+navigateur)|\bversion\s+(?:en\s+ligne|web|navigateur)\b/iu,
  },
  // "Ver en el navegador", "Ver versión web", "Ver en línea", "Leer en línea"
  {
    name: 'es',
    re: /\b(?:ver|leer|abrir)\s+(?:este\s+(?:correo|email|boletín)\s+)?(?:en\s+(?:el\s+|tu\s+|su\s+)?navegador|en\s+l[íi]nea|la\s+versi[óo]n\s+(?:web|en\s+l[íi]nea))|\bversi[óo]n\s+(?:web|en\s+l[íi]nea)\b/iu,
  },
  // "Bekijk online", "Bekijk deze e-mail in je browser", "Webversie", "Online lezen"
  {
    name: 'nl',
    re: /\bbekijk\s+(?:deze\s+(?:e-?mail|nieuwsbrief)\s+|hem\s+|het\s+)?(?:online|in\s+(?:je|uw|de)\s+browser)|\bwebversie\b|\bonline\s+(?:bekijken|lezen)\b/iu,
  },
  // "Visualizza nel browser", "Versione web", "Leggi online", "Apri nel browser"
  {
    name: 'it',
    re: /\b(?:visualizza|leggi|apri|vedi)\s+(?:questa\s+(?:email|e-mail|newsletter)\s+)?(?:online|nel\s+(?:tuo\s+)?browser|sul\s+web)|\bversione\s+(?:web|online)\b/iu,
  },
  // "Ver no navegador", "Versão web", "Visualizar online", "Leia online"
  {
    name: 'pt',
    re: /\b(?:ver|visualizar|leia|ler|abrir)\s+(?:este\s+e-?mail\s+)?(?:online|no\s+(?:seu\s+)?navegador|na\s+web)|\bvers[ãa]o\s+(?:web|online)\b/iu,
  },
];

/** A link whose own text is only a pointer ("here", "hier", "ici"…): its sentence says what it is. */
const POINTER_TEXT =
  /^(?:here|click here|hier|ici|cliquez ici|aquí|aqui|haga clic aquí|qui|clicca qui|klik hier)$/iu;

/** Roles whose links are never the email's web version: paid space, asks and menus. */
const NOT_OWN: ReadonlySet<BlockRole> = new Set<BlockRole>(['sponsor', 'button', 'navigation']);

function usableUrl(href: string | null): string | null {
  const url = cleanUrl(href);
  return url && /^https?:/i.test(url) && !isPrivateTarget(url) ? url : null;
}

function matchesViewOnline(text: string): boolean {
  return text.length <= 200 && VIEW_ONLINE.some((r) => r.re.test(text));
}

/** The "view online" link: its text says so, or it is the one pointer link in a block that does. */
function viewOnlineLink(doc: EmailDoc): string | null {
  const roles = blockRoles(doc);
  for (const b of doc.blocks) {
    if (b.links.length === 0 || (roles[b.index] && roles[b.index]!.role === 'sponsor')) continue;
    for (const l of b.links) {
      const text = l.text.replace(/\s+/g, ' ').trim();
      const says =
        matchesViewOnline(text) || (POINTER_TEXT.test(text) && matchesViewOnline(b.text));
      const url = says ? usableUrl(l.href) : null;
      if (url) return url;
    }
  }
  return null;
}

/** The headline's own link, when the linked text is the headline (the title linked to its article). */
function headlineLink(doc: EmailDoc): string | null {
  const head = locateHeadline(doc);
  if (head.index < 0) return null;
  const b: Block | undefined = doc.blocks[head.index];
  if (!b || NOT_OWN.has(blockRoles(doc)[b.index]?.role ?? 'body')) return null;
  const want = foldText(head.headline);
  for (const l of b.links) {
    const text = foldText(l.text);
    // The title itself, or most of it (a kicker or an emoji outside the link).
    const close = text.length >= want.length * 0.6 && (want.includes(text) || text.includes(want));
    if (text && (text === want || close)) {
      const url = usableUrl(l.href);
      if (url) return url;
    }
  }
  return null;
}

/** "Read the full story", "Continue reading", "Weiterlesen", "Lire la suite": the article itself. */
const FULL_STORY =
  /^(?:read|see)\s+(?:the\s+)?(?:full|whole|rest\s+of\s+the)\s+(?:story|article|post|piece|report)\b|^continue\s+reading\b|^weiterlesen\b|^(?:den\s+)?ganzen\s+(?:artikel|beitrag)\b|^lire\s+(?:la\s+suite|l['’]article)\b|^(?:leer|seguir\s+leyendo)\s+(?:el\s+art[íi]culo|m[áa]s)\b|^lees\s+(?:verder|het\s+hele\s+artikel)\b|^continua\s+a\s+leggere\b|^(?:leia|continue\s+lendo)\s+(?:a\s+mat[ée]ria|o\s+artigo)?/iu;

/**
 * The article on the sender's own site ("Read the full story on our site"), when the email has a
 * view-online link or a sender address on that same site: a link elsewhere may be an advert.
 */
function fullStoryLink(doc: EmailDoc, viewOnline: string | null): string | null {
  const own = new Set<string>();
  if (viewOnline) own.add(siteOf(hostOf(viewOnline)));
  const from = doc.snapshot.from?.address?.split('@')[1];
  if (from) own.add(siteOf(from));
  if (own.size === 0) return null;
  const roles = blockRoles(doc);
  for (const b of doc.blocks) {
    if (b.links.length === 0 || NOT_OWN.has(roles[b.index]?.role ?? 'body')) continue;
    for (const l of b.links) {
      if (!FULL_STORY.test(l.text.replace(/\s+/g, ' ').trim())) continue;
      const url = usableUrl(l.href);
      if (url && own.has(siteOf(hostOf(url)))) return url;
    }
  }
  return null;
}

/** The email's own web version, or null when it names none. */
export function extractWebUrl(doc: EmailDoc): string | null {
  if (extractDigest(doc).isDigest) return viewOnlineLink(doc);
  const viewOnline = viewOnlineLink(doc);
  return headlineLink(doc) ?? fullStoryLink(doc, viewOnline) ?? viewOnline;
}
