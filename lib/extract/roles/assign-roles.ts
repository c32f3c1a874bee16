import type { Block, EmailDoc } from '../blocks/document';
import { perDocument, piecesAtMost } from '../blocks/block-cache';
import { isPostalAddress, isSocialRow } from '../blocks/boilerplate';
import { findDates } from '../text/meta-date-text';
import { leadingName } from '../text/person-names';
import {
  BYLINE_LEADS,
  GREETINGS,
  ISSUE_LINES,
  NAVIGATION_WORDS,
  SIGN_OFFS,
  SPONSOR_LABELS,
  TOC_LABELS,
  matchRow,
} from './lexicons';
import type { BlockRole, RoleDecision } from './role';

// One role per block, from evidence that does not depend on the publisher: the block's kind and
// markup, its length and case, its links, where it stands, its neighbours, and the small
// multilingual lexicons in lexicons.ts. Decided once per document; every extractor reads it.

/** Long blocks are text, whatever words they open with. */
const SHORT_WORDS = 14;
/** The part of the email where greetings, datelines and mastheads stand. */
const TOP_BLOCKS = 12;

const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b|^paid for by\b/i;
/** A sign-off that names its signer on the same line: "Love, Andrew", "— Shane", "Ihr Inxmail Team". */
const DASH_SIGNATURE = /^[—–-]{1,2}\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;
/** "Weekday," and other words that may stand beside a date on a dateline. */
const DATELINE_WORD =
  /^(?:mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|segunda|ter[çc]a|quarta|quinta|sexta|feira|updated|published|posted|sent|am|pm|at|on|le|el|il|den|der|de|du|del|edition|issue|utc|gmt|[ap]\.?m\.?)$/iu;

/** A sentence end inside the text: ". " followed by a capital (not "U.S. Army", not "No. 5"). */
const TWO_SENTENCES = /\p{Ll}{3}[.!?]\s+\p{Lu}/u;

function letters(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

function isAllCaps(text: string): boolean {
  const l = letters(text);
  return l.length >= 3 && l === l.toUpperCase() && l !== l.toLowerCase();
}

/** A line that is a date and nothing more ("Wednesday, August 17, 2022", "17.08.2022"). */
function isDateline(text: string, ref: Date | null): boolean {
  if (text.length > 60) return false;
  const found = findDates(text, ref);
  if (found.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const f of found) {
    rest += ` ${text.slice(at, f.start)}`;
    at = f.end;
  }
  rest += ` ${text.slice(at)}`;
  const words = rest.split(/[^\p{L}\p{N}.]+/u).filter((w) => /\p{L}/u.test(w));
  return words.every((w) => DATELINE_WORD.test(w.replace(/\.$/, '')));
}

/** Most of the block is link text, in several short links: a menu, not prose. */
function isLinkRow(b: Block): boolean {
  const named = b.links.filter((l) => l.text.trim());
  if (named.length < 2) return false;
  const linkChars = named.reduce((n, l) => n + l.text.trim().length, 0);
  const shortLinks = named.every((l) => piecesAtMost(l.text.trim(), 4) <= 4);
  return shortLinks && linkChars >= 0.6 * b.text.replace(/[\s|·•/-]+/g, '').length;
}

function isNavigation(b: Block): boolean {
  const t = b.text.trim();
  if (matchRow(NAVIGATION_WORDS, t)) return b.links.length > 0 || b.kind === 'button';
  if (isLinkRow(b)) return true;
  // "Subscribe Submit a tip": a run of navigation words without separators.
  const parts = b.links.map((l) => l.text.trim()).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => matchRow(NAVIGATION_WORDS, p) !== undefined);
}

function isTitleShaped(b: Block, words: number): boolean {
  if (words < 2 || words > 30) return false;
  if (b.kind === 'heading') return true;
  return b.kind === 'paragraph' && b.strong && words <= 20;
}

/**
 * A credit: "— Jane Roe", "Jane Roe", "Jane Roe, organizer at Local 9", "~ Niels Bohr (1949)" —
 * short, opening with a full name, not a sentence.
 */
function isCreditShaped(text: string): boolean {
  const t = text.replace(/^(?:--|[—–―~-])\s*/u, '');
  if (piecesAtMost(t, 16) > 14 || /[.!?:"”»“]$/u.test(t)) return false;
  const name = leadingName(t);
  if (!name || !name.includes(' ')) return false;
  const rest = t.slice(t.indexOf(name) + name.length).trim();
  return rest === '' || /^[,(|·/]/u.test(rest);
}

/** Decides one role per block (indexed like doc.blocks). */
function decideRoles(doc: EmailDoc): RoleDecision[] {
  const blocks = doc.blocks;
  const out: RoleDecision[] = blocks.map(() => ({ role: 'body', evidence: [] }));
  const set = (i: number, role: BlockRole, why: string): void => {
    out[i] = { role, evidence: [why] };
  };
  const firstContent = blocks.findIndex((b) => !b.boilerplate && /[\p{L}\p{N}]/u.test(b.text));
  let sponsorUntilHeading = false;
  let sponsorTitleTaken = false;
  let tocOpen = false;
  let signatureOpen = 0;

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.text.trim();
    // Lexicons read the words, not a leading emoji or bullet ("☀️ Guten Morgen").
    const lead = t.replace(/^[^\p{L}\p{N}]+/u, '');
    const words = piecesAtMost(t, 60);
    const short = words <= SHORT_WORDS;
    const nearTop = firstContent >= 0 && i - firstContent < TOP_BLOCKS;

    // A section that a sponsor label or a contents label opened ends at the next heading.
    if (b.kind === 'heading' || (b.strong && short && b.kind === 'paragraph')) {
      // The first heading under a sponsor label is the advertiser's own title; the next ends it.
      if (sponsorUntilHeading) {
        if (sponsorTitleTaken) sponsorUntilHeading = false;
        sponsorTitleTaken = true;
      }
      if (tocOpen && !matchRow(TOC_LABELS, lead)) tocOpen = false;
    }

    if (!/[\p{L}\p{N}]/u.test(t)) {
      set(i, b.links.length ? 'navigation' : 'body', 'no words');
      continue;
    }
    if (b.boilerplate) {
      if (COPYRIGHT.test(t) || isPostalAddress(t)) set(i, 'legal', 'copyright or postal address');
      else if (isSocialRow(b)) set(i, 'social', 'social-network links');
      else set(i, 'footer', 'footer wording (boilerplate table)');
      continue;
    }
    if (b.kind === 'blockquote') {
      // <blockquote><p>…</p><small>Name</small></blockquote>: the last short line is its credit.
      const credit = out[i - 1]?.role === 'quotation' && isCreditShaped(t);
      if (credit) set(i, 'credit-line', 'name-shaped line closing a quotation');
      else set(i, 'quotation', 'block quotation markup');
      continue;
    }
    const sponsorLabel = short ? matchRow(SPONSOR_LABELS, lead) : undefined;
    if (sponsorLabel && (words <= 6 || /[:|]/.test(t))) {
      set(i, 'sponsor', `sponsor label (${sponsorLabel.name})`);
      sponsorUntilHeading = true;
      // "Presented by X: the advertiser's title" is label and title at once.
      sponsorTitleTaken = words > 4;
      continue;
    }
    if (sponsorUntilHeading) {
      set(i, 'sponsor', 'under a sponsor label');
      continue;
    }
    const contentsLabel = short ? matchRow(TOC_LABELS, lead) : undefined;
    if (contentsLabel) {
      set(i, 'toc', `contents label (${contentsLabel.name})`);
      tocOpen = true;
      continue;
    }
    if (tocOpen && (b.kind === 'list-item' || (short && b.links.length > 0))) {
      set(i, 'toc', 'item under a contents label');
      continue;
    }
    tocOpen = false;
    const greeting = short ? matchRow(GREETINGS, lead) : undefined;
    if (greeting && !/[?]$/.test(t)) {
      set(i, 'greeting', `greeting (${greeting.name})`);
      continue;
    }
    const signOff = words <= 6 ? matchRow(SIGN_OFFS, lead) : undefined;
    if (signOff) {
      set(i, 'signature', `sign-off (${signOff.name})`);
      signatureOpen = 3;
      continue;
    }
    if (signatureOpen > 0 && words <= 8 && b.kind !== 'heading') {
      signatureOpen--;
      set(i, 'signature', 'name under a sign-off');
      continue;
    }
    signatureOpen = 0;
    // "Name, Title" right under a quotation (a <p>, <cite> or <figcaption> after it).
    if (out[i - 1]?.role === 'quotation' && b.kind !== 'heading' && isCreditShaped(t)) {
      set(i, 'credit-line', 'name-shaped line under a quotation');
      continue;
    }
    if (DASH_SIGNATURE.test(t)) {
      const prev = out[i - 1];
      const credit = prev?.role === 'quotation';
      set(
        i,
        credit ? 'credit-line' : 'signature',
        credit ? 'dash credit under a quotation' : 'dash sign-off',
      );
      continue;
    }
    if (isSocialRow(b)) {
      set(i, 'social', 'social-network links');
      continue;
    }
    if (words <= 10 && isDateline(t, doc.emailDate)) {
      set(i, 'dateline', 'only a date');
      continue;
    }
    const issueLine = words <= 10 ? matchRow(ISSUE_LINES, lead) : undefined;
    if (issueLine) {
      set(i, 'issue-line', `issue number (${issueLine.name})`);
      continue;
    }
    const bylineLead = short ? matchRow(BYLINE_LEADS, lead) : undefined;
    if (bylineLead && /\p{Lu}/u.test(lead.replace(bylineLead.re, ''))) {
      set(i, 'byline', `byline word (${bylineLead.name})`);
      continue;
    }
    if (b.kind === 'button') {
      set(i, 'button', 'button markup');
      continue;
    }
    if (short && isNavigation(b)) {
      set(i, 'navigation', 'row of short links or navigation words');
      continue;
    }
    if (isTitleShaped(b, words)) {
      // "Thank you for signing our petition. Campaign win!": two sentences are a message.
      if (TWO_SENTENCES.test(t)) {
        set(i, 'body', 'a heading of two sentences');
        continue;
      }
      // A heading of three words or fewer, or in capitals with no verb-like length, names a part
      // of the email ("Oil & Gas", "THEMEN & PROJEKTE", "Event Reminder"), not a story.
      const rubric = words <= 3 || /:\s*$/.test(t) || (isAllCaps(t) && words <= 4);
      set(
        i,
        rubric ? 'label' : 'headline',
        rubric ? 'short rubric heading' : 'title-shaped heading',
      );
      continue;
    }
    const prev = out[i - 1];
    if (prev?.role === 'headline' && b.emphasis && words >= 4 && words <= 60) {
      set(i, 'dek', 'emphasised text under a headline');
      continue;
    }
    if (prev?.role === 'quotation' && words <= 12 && /^[—–~-]/.test(t)) {
      set(i, 'credit-line', 'credit under a quotation');
      continue;
    }
    if (nearTop && i === firstContent && words <= 6 && !/[.!?]$/.test(t)) {
      set(i, 'masthead', 'first words of the email');
      continue;
    }
    out[i] = { role: 'body', evidence: [] };
  }
  return out;
}

/** Every block's role, once per document (indexed like doc.blocks). */
export const blockRoles: (doc: EmailDoc) => RoleDecision[] = perDocument(decideRoles);

export function roleOf(doc: EmailDoc, b: Block): BlockRole {
  return blockRoles(doc)[b.index]?.role ?? 'body';
}
