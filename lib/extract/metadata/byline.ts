import type { Block, EmailDoc } from '../blocks/document';
import {
  cleanName,
  foldText,
  isPersonName,
  leadingPersonName,
  splitNames,
  splitNamesWithTeam,
} from '../text/byline-names';
import { blockRoles } from '../roles';
import { selfNames } from './meta-self-naming';
import { locateHeadline } from './headline';
import { envelope, meaningfulBlocks } from './meta-lead';
import { findDates } from '../text/meta-date-text';
import { perDocument, piecesAtMost } from '../blocks/block-cache';
import {
  bylineNames,
  bylineParts,
  isLeadAlone,
  namesAfterLead,
  namesWithWriterRole,
  writerOfNote,
} from './byline-line';

// Bylines in the body, strongest evidence first:
// 1. a "By …" line near the headline (the openings in byline-line.ts: "Written/Curated by", "door",
//    "par", "von", "Un artículo de" …), also after a date or read-time on a meta line;
// 2. a name line standing above (or merged with) a date line near the headline;
// 3. a bio sentence: "Jane Doe is a staff writer …";
// 4. a sign-off at the end: "Best, Jane Doe", "Cheers, — Shane", a name line after a closing line;
// 5. a Substack-style From name "Jane Doe from The Publication";
// 6. "You're subscribed to Jane Doe on …" (HEY World and similar);
// 7. a copyright line naming a person ("© 2022 Jane Doe").
// Never the From name of a brand or a digest on its own.

export interface BylineResult {
  authors: string[];
  /** Index in doc.blocks of the byline block near the top; -1 when the byline came from elsewhere. */
  index: number;
}

// "The Deep View is written by …", "está escrito por …", "wird geschrieben von …".
const CURATED_ANYWHERE =
  /\b(?:(?:hand[\s-])?(?:curated|edited|compiled|written)\s+by|(?:geschrieben|verfasst|zusammengestellt)\s+von|(?:écrite?s?|rédigée?s?)\s+par|(?:escrit[oa]s?|redactad[oa]s?)\s+por|geschreven\s+door|scritt[oa]\s+da)\s+([^.;|·•–—()]+)/iu;
const VALEDICTION =
  /^(?:best(?: wishes| regards)?|cheers|thanks(?: again| so much)?|thank you(?: again)?|regards|warmly|warm regards|kind regards|sincerely|yours(?: truly)?|love|onward|until next time|see you(?: next week| soon)?|talk soon|in solidarity|solidarity|take care|hasta pronto|groeten|met vriendelijke groet|bisous|amicalement|cordialement|bien à vous|viele grüße|liebe grüße|herzlichst|herzliche grüße|beste grüße|mit freundlichen grüßen|mit herzlichen grüßen|solidarische grüße|bien cordialement|saludos(?: cordiales)?|un abrazo|atentamente|hartelijke groet(?:en)?|vriendelijke groet(?:en)?|cordiali saluti|un saluto|saluti|abraços|atenciosamente|cumprimentos)(?=[\s,!.:;—–-]|$)/iu;
const BIO =
  /^([\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|la|van|von|der|da|di|del)){1,4})\s+(?:is|was)\s+(?:a|an|the|our)\s+(?:[\p{L}-]+\s+){0,4}(?:writer|reporter|editor|journalist|columnist|correspondent|contributor|author|organizer|organiser|producer|founder|analyst|researcher|fellow|historian|professor|economist|host)\b/u;

/** The text before the first separator or date: "Luis Villa – 14 Oct 2022 – View online". */
function beforeSeparator(text: string, ref: Date | null): string {
  let t = text;
  const date = findDates(t, ref)[0];
  if (date) t = t.slice(0, date.start);
  return t.split(/\s[–—|·•]\s?|\s?[|·•]\s?|\s+on\s+\p{Lu}/u)[0]!.trim();
}

/** Roles a writer's name-and-role line can be given (a short line under the title). */
const WRITER_LINE_ROLES = new Set(['byline', 'body', 'label', 'dek', 'dateline']);

function refDate(doc: EmailDoc): Date {
  return envelope(doc).date ?? new Date(Date.UTC(2000, 0, 1));
}

function fromTopZone(doc: EmailDoc, head: number): BylineResult | null {
  // The byline stands under the title, or, for a newsletter's own byline, at the very top.
  const end = head >= 0 ? Math.max(head + 8, 12) : 15;
  const zone = doc.blocks.slice(0, end).filter((b) => b.text.trim() && b.index !== head);
  const ref = refDate(doc);
  for (let i = 0; i < zone.length; i++) {
    const b = zone[i]!;
    const t = b.text.trim();
    if (piecesAtMost(t, 24) > 24) continue;
    // "Mar 2, 2026 · 4 min read · By Jane Roe": the "By" part need not open the line.
    for (const part of bylineParts(t)) {
      const rest = namesAfterLead(part);
      const names = rest ? bylineNames(beforeSeparator(rest, ref)) : null;
      if (names) return { authors: names, index: b.index };
    }
    // "by" set apart from the name under it (an author block of its own).
    const next = zone[i + 1];
    if (isLeadAlone(t) && next) {
      const names = bylineNames(beforeSeparator(next.text.trim(), ref));
      if (names) return { authors: names, index: next.index };
    }
  }
  const sender = envelope(doc).fromName;
  const roles = blockRoles(doc);
  for (let i = 0; i < zone.length; i++) {
    const b = zone[i]!;
    if (b.boilerplate) continue;
    const t = b.text.trim();
    const role = roles[b.index]?.role ?? 'body';
    // A line of people's names and nothing else, at the top: the authors.
    if (piecesAtMost(t, 16) <= 16 && (role === 'headline' || role === 'byline')) {
      const team = splitNames(t);
      if (team && team.length >= 2) return { authors: team, index: b.index };
    }
    // The sender's own name set as a masthead or byline line: a personal newsletter.
    if (sender && isPersonName(sender) && foldText(t) === foldText(cleanName(sender))) {
      return { authors: [cleanName(sender)], index: b.index };
    }
    // "Jane Roe | Staff writer", "Jane Roe, Redakteurin": a name line with a writing role.
    if (WRITER_LINE_ROLES.has(role)) {
      const credited = piecesAtMost(t, 16) <= 16 ? namesWithWriterRole(t) : null;
      if (credited) return { authors: credited, index: b.index };
    }
    // A story's title or a rubric that happens to end in a date is not a name line.
    if (role === 'label' || role === 'sponsor' || role === 'navigation' || role === 'headline') {
      continue;
    }
    const dates = findDates(t, ref);
    // A name merged with its date line: "Luis Feliz Leon January 20, 2026 Labor Notes".
    if (dates[0] && dates[0].start > 0 && piecesAtMost(t, 14) <= 14) {
      const prefix = t.slice(0, dates[0].start).trim();
      // "Release Date: 19/04/2020" is a label, not a name.
      const names = /:$/.test(prefix) ? null : splitNames(prefix.replace(/[\s|·•,–—-]+$/, ''));
      if (names) return { authors: names, index: b.index };
    }
    // A name line with a date line right under it.
    const next = zone[i + 1];
    if (next && piecesAtMost(t, 12) <= 12) {
      const nd = findDates(next.text, ref)[0];
      const dateLine = nd && next.text.replace(/[^\p{L}\p{N}]/gu, '').length <= 24;
      const names = dateLine ? splitNames(t) : null;
      if (names) return { authors: names, index: b.index };
    }
  }
  return null;
}

function fromBio(blocks: Block[]): string[] | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.text.trim();
    const m = BIO.exec(t);
    if (m?.[1] && isPersonName(m[1])) return [cleanName(m[1])];
    // A writer's note is short: a long paragraph about a journalist is the story, not its byline.
    if (piecesAtMost(t, 40) > 40) continue;
    const prev = blocks[i - 1]?.text.trim() ?? '';
    const card = piecesAtMost(prev, 6) <= 6 && isPersonName(prev) ? prev : null;
    const writer = writerOfNote(t, b.emphasis, card);
    if (writer) return [writer];
  }
  return null;
}

/**
 * A letter signed inside the email, not at its end (an editorial at the top of a German or
 * French newsletter): a block whose first line is a valediction and whose next line is a name.
 */
function fromSignedLetter(blocks: Block[]): string[] | null {
  for (const b of blocks) {
    const lines = b.lines ?? [];
    if (lines.length < 2 || lines.length > 4) continue;
    const v = VALEDICTION.exec(lines[0]!.trim());
    if (
      !v ||
      lines[0]!
        .trim()
        .slice(v[0].length)
        .replace(/[\s,!.]/g, '') !== ''
    )
      continue;
    const name = lines[1]!.trim();
    if (isPersonName(name)) return [cleanName(name)];
  }
  return null;
}

function fromSignOff(blocks: Block[]): string[] | null {
  const tail = blocks.slice(-14);
  const isValediction = (text: string): boolean => {
    const v = VALEDICTION.exec(text);
    return (
      Boolean(v) &&
      /[,!.]?$/.test(text) &&
      text.slice(v![0].length).split(/\s+/).filter(Boolean).length <= 2
    );
  };
  for (let i = tail.length - 1; i >= 0; i--) {
    const b = tail[i]!;
    if (b.kind === 'button') continue;
    // Table debris after a sign-off in text mail: "Thanks again, Jane Doe | ---|---".
    const t = b.text.split(/\s\|/)[0]!.trim();
    if (piecesAtMost(t, 16) > 16) continue;
    // "Cheers, — Shane" / "Thanks again, Governor Chris Christie" in one block.
    const v = VALEDICTION.exec(t);
    if (v) {
      const rest = t
        .slice(v[0].length)
        .replace(/^[\s,!.:;]+|^[—–-]+\s*/g, '')
        .replace(/^[—–-]+\s*/, '');
      const names = rest ? splitNames(rest, true) : null;
      if (names) return names;
      // "Herzlichst Anna Häßlin Programmleitung Migration": the name, then the signer's role.
      const lead = rest ? leadingPersonName(rest) : null;
      if (lead) return [lead];
    }
    // A name line after a closing line ("Thank you," / "That's all for today!").
    const prev = tail[i - 1];
    const prevText = prev?.text.trim() ?? '';
    const closing =
      prev && prev.kind !== 'button' && (isValediction(prevText) || /[,!]$/.test(prevText));
    if (closing) {
      const names = splitNames(t.replace(/^[—–-]+\s*/, ''), isValediction(prevText));
      if (names) return names;
    }
    // A signature block: a name line over a role line ("Jane Doe / Secretary, Riverside Transit").
    const lines = b.lines ?? [];
    if (lines.length >= 2 && lines.length <= 3 && lines[0] && isPersonName(lines[0])) {
      return [cleanName(lines[0])];
    }
    // "— Jane Doe" on its own.
    const dash = /^[—–]\s*(.+)$/.exec(t);
    if (dash?.[1]) {
      const names = splitNames(dash[1]);
      if (names) return names;
    }
  }
  return null;
}

/** "… more text. Thanks, Hillary": a sign-off that ends the last paragraph of text mail. */
function fromTrailingSignOff(blocks: Block[]): string[] | null {
  for (const b of blocks.slice(-3)) {
    // Only the end matters; a short window keeps the scan cheap on a long paragraph.
    const end = b.text.slice(-60);
    const m =
      /(?:^|[.!?*)\]]\s+)([^.!?*)\]]{2,30}?),?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*$/u.exec(
        end,
      );
    if (!m?.[1] || !m[2]) continue;
    const v = VALEDICTION.exec(m[1].trim());
    if (!v || m[1].trim().slice(v[0].length).trim() !== '') continue;
    const names = splitNames(m[2], true);
    if (names) return names;
  }
  return null;
}

/** A lone given name resolves to the sender's full name when the sender is that person. */
function withSenderSurname(names: string[], doc: EmailDoc): string[] {
  const sender = envelope(doc).fromName;
  if (names.length !== 1 || names[0]!.includes(' ') || !sender || !isPersonName(sender)) {
    return names;
  }
  const full = cleanName(sender);
  return foldText(full.split(/\s+/)[0]!) === foldText(names[0]!) ? [full] : names;
}

function fromSenderName(doc: EmailDoc): string[] | null {
  const name = envelope(doc).fromName ?? '';
  // "Jane Doe from The Publication" (Substack), "Jane Doe via list-name" (a mailing list relaying her).
  const m = /^(.+?)\s+(?:from|at|of|via|@)\s+(.+)$/i.exec(name);
  return m?.[1] ? splitNames(m[1]) : null;
}

/**
 * The email names itself so ("X is a weekly newsletter", "Thanks for reading X!", "subscribed to
 * X"): a copyright holder of that name is the publication, not a writer.
 */
function describedAsOrganisation(name: string, blocks: Block[]): boolean {
  const key = foldText(name);
  return selfNames(blocks).some((n) => foldText(n) === key);
}

function fromFooter(blocks: Block[]): string[] | null {
  for (const b of blocks) {
    const m = /subscribed to\s+(.+?)\s+on\s+\p{Lu}/u.exec(b.text);
    const names = m?.[1] ? splitNames(m[1]) : null;
    if (names) return names;
  }
  for (const b of blocks) {
    const m = CURATED_ANYWHERE.exec(b.text);
    const names = m?.[1] && piecesAtMost(b.text, 40) <= 40 ? splitNamesWithTeam(m[1].trim()) : null;
    if (names) return names;
  }
  for (const b of blocks) {
    const m =
      /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?([\p{Lu}][^\d©|,]{2,50}?)(?=\s+\d|\s*[|,.]|\s+(?:all rights|unsubscribe)|$)/iu.exec(
        b.text,
      );
    const names = m?.[1] ? splitNames(m[1].trim()) : null;
    // "© 2025 Riverside Walks" where "Riverside Walks is a volunteer group …": not a person.
    if (names && names.length === 1 && !describedAsOrganisation(names[0]!, blocks)) return names;
  }
  return null;
}

/** The byline, worked out once per document (dates and publication ask for it too). */
export const locateByline: (doc: EmailDoc) => BylineResult = perDocument(findByline);

function findByline(doc: EmailDoc): BylineResult {
  const head = locateHeadline(doc).index;
  const top = fromTopZone(doc, head);
  if (top) return top;
  const content = meaningfulBlocks(doc);
  const found =
    fromBio(content) ??
    fromSignOff(content) ??
    fromSignedLetter(content) ??
    fromTrailingSignOff(content) ??
    fromSenderName(doc) ??
    fromFooter(doc.blocks.filter((b) => b.text.trim()));
  return { authors: found ? dedupe(withSenderSurname(found, doc)) : [], index: -1 };
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function extractAuthors(doc: EmailDoc): string[] {
  return locateByline(doc).authors;
}
