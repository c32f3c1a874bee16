import type { MessageKind } from '../../schema';
import type { Block, EmailDoc } from '../blocks/document';
import { blockRoles, type BlockRole } from '../roles';
import { GREETINGS, SIGN_OFFS, matchRow } from '../roles/lexicons';
import { countTokens } from '../blocks/block-cache';
import { extractDigest } from '../digest/digest';

// A newsletter or a personal message. A personal email (a colleague, a friend, one person to
// another) gets a plain gist: no byline, no "save as article", no calls to action. The evidence is
// what both paths have: the `.eml` loader reads the headers (list headers, who it was sent to); a
// webmail page shows none, so the body must speak for itself — list furniture (unsubscribe,
// footer, legal, social rows, sponsors, menus), a view-online link, marketing markup (buttons, many
// links), length, and a letter's shape (a greeting and a sign-off). When in doubt: a newsletter,
// which loses nothing.

/** Roles that only list mail has: a person writing to a person never sets them. */
const LIST_FURNITURE: ReadonlySet<BlockRole> = new Set<BlockRole>([
  'footer',
  'legal',
  'social',
  'sponsor',
  'navigation',
  'toc',
  'issue-line',
  'button',
]);

/** More links than a personal message carries (a couple of shared links, a signature's site). */
const MAX_PERSONAL_LINKS = 6;
/** Longer than a personal message runs; a letter-length essay is a newsletter's. */
const MAX_PERSONAL_WORDS = 700;

/**
 * Words that greet many at once ("Hi friends", "Liebe Mitglieder", "Bonjour à tous"): a list's
 * salutation, not one person's name.
 */
const MANY_READERS =
  /^(?:all|everyone|everybody|folks|friends|team|members|readers?|subscribers|supporters|neighbou?rs|community|comrades|there|y['’]all|zusammen|alle|allerseits|mitglieder|freunde|freundinnen|leser(?:innen)?|unterstützer(?:innen)?|kolleg(?:en|innen)|à\s+tous|a\s+tous|tous|toutes|amis|amies|lecteurs|lectrices|membres|adhérents|amigos|amigas|todos|todas|lectores|socios|miembros|compañeros|allemaal|iedereen|leden|lezers|vrienden|tutti|amici|lettori|soci|leitores|membros|companheiros)(?=[\s,!.:]|$)/iu;

/** A salutation that names one person: "Hi Sam,", "Liebe Anna,", "Querida Lucía" — not "Hi friends". */
function greetsByName(text: string): boolean {
  const row = matchRow(GREETINGS, text);
  if (!row || row.name === 'en-thanks' || row.name === 'en-happy') return false;
  const rest = text.replace(row.re, '').replace(/^[\s,]+/, '');
  if (!rest || MANY_READERS.test(rest)) return false;
  // The name: one to three capitalised words before the salutation's comma or mark.
  return /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*[,!:—–]/u.test(rest);
}

/** "Thanks,<br>Maya" in one block: a sign-off line with the writer's name under it. */
function signsOff(b: Block): boolean {
  const lines = b.lines ?? [];
  return lines.length === 2 && matchRow(SIGN_OFFS, lines[0]!.trim()) !== undefined;
}

export function classifyMessage(doc: EmailDoc): MessageKind {
  const delivery = doc.snapshot.delivery;
  if (delivery?.list) return 'newsletter';
  const roles = blockRoles(doc);
  let links = 0;
  let words = 0;
  // A letter opens by greeting its reader by name, also when it runs on into a question ("Liebe
  // Anna, fahrt ihr…?", which the roles stage leaves as text).
  const first = doc.blocks.find((b) => /\p{L}/u.test(b.text));
  const greeting = first ? greetsByName(first.text.trim()) : false;
  let signature = false;
  for (const b of doc.blocks) {
    if (b.boilerplate) return 'newsletter';
    const role = roles[b.index]?.role ?? 'body';
    if (LIST_FURNITURE.has(role)) return 'newsletter';
    signature ||= role === 'signature' || signsOff(b);
    links += b.links.length + b.removedLinks;
    words += countTokens(b.text);
    // Longer than any letter: decided, without reading the rest of a long body.
    if (links > MAX_PERSONAL_LINKS || words > MAX_PERSONAL_WORDS) return 'newsletter';
  }
  if (extractDigest(doc).isDigest) return 'newsletter';
  // Addressed to a few people with no list headers, or written as a letter from one person.
  const oneToOne = delivery !== undefined && delivery.recipients >= 1 && delivery.recipients <= 3;
  return oneToOne || (greeting && signature) ? 'personal' : 'newsletter';
}
