import type { Block } from '../blocks/document';
import { isPersonName } from '../text/byline-names';
import { findDates } from '../text/meta-date-text';
import { blockDerived } from '../blocks/block-cache';

// The phrases in which an email names its publisher or itself ("Originally published in X",
// "Thanks for subscribing to X", "X is a weekly newsletter"), shared by the publication and
// headline extractors (the latter to recognise a masthead).

/** A capitalised name of up to seven words, allowing small joining words ("Leadership Matters for America"). */
const NAME = String.raw`((?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’&().-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{N}'’&().-]*|of|for|and|on|de|du|des|the|in|van|het|la|le)){0,6})`;

/** The article came from elsewhere. */
export const EXPLICIT_SOURCE: RegExp[] = [
  new RegExp(
    String.raw`\b(?:[Oo]riginally|[Ff]irst)\s+(?:published|appeared|ran|posted)\s+(?:in|on|at)\s+${NAME}`,
    'u',
  ),
  new RegExp(
    String.raw`\b(?:[Tt]his|[Tt]he|[Aa] version of this)\s+(?:article|story|piece|essay|post|column)\s+(?:was\s+)?(?:originally\s+|first\s+)?(?:published|appeared|ran)\s+(?:in|on|at)\s+${NAME}`,
    'u',
  ),
  new RegExp(String.raw`\b[Rr]epublished (?:with permission )?from\s+${NAME}`, 'u'),
];

/** "Originally published by X": X may be a person (then it is a byline, not a publisher). */
export const PUBLISHED_BY: RegExp[] = [
  new RegExp(String.raw`\b(?:[Oo]riginally|[Ff]irst)\s+(?:published|posted)\s+by\s+${NAME}`, 'u'),
];

/** The newsletter describing itself: "The Cloud Security Reading List is a low volume mailing list". */
export const SELF_DESCRIPTION: RegExp[] = [
  new RegExp(
    String.raw`^${NAME}\s+(?:\[[^\]]*\]\s+)?is\s+an?\s+(?:[\p{L}()-]+\s+){0,5}(?:newsletter|mailing list|digest|email|publication|reading list)\b`,
    'u',
  ),
  // "Philly Bike Action! is a group devoted to …", "X is a 501(c)4 nonprofit": a community
  // organisation's mail names the organisation rather than a newsletter.
  new RegExp(
    String.raw`^${NAME}!?\s+is\s+an?\s+(?:[\p{L}\p{N}()-]+\s+){0,4}(?:group|nonprofit|non-profit|organi[sz]ation|coalition|collective|community|network|association|club|alliance|campaign|movement|project|initiative)\b`,
    'u',
  ),
  // German, French, Spanish, Dutch, Italian, Portuguese: "X ist ein Verein …", "X est une
  // association …", "X es una organización …", "X is een stichting …", "X è un'associazione …".
  new RegExp(
    String.raw`^${NAME}\s+(?:ist\s+(?:ein|eine)|est\s+(?:un|une)|es\s+(?:un|una)|is\s+een|è\s+(?:un|una|un')|é\s+(?:um|uma))\s*(?:[\p{L}-]+\s+){0,4}(?:verein|initiative|netzwerk|bündnis|stiftung|newsletter|rundbrief|nieuwsbrief|infolettre|lettre|boletín|notiziario|boletim|association|collectif|réseau|organisation|organización|asociación|colectivo|red|vereniging|stichting|organisatie|netwerk|associazione|organizzazione|rete|associação|organização|rede)\b`,
    'iu',
  ),
];

/** The email naming the publication it belongs to. */
export const SELF_NAMING: RegExp[] = [
  new RegExp(String.raw`\b(?:[Tt]hanks|[Tt]hank you) for reading\s+${NAME}[!.,]`, 'u'),
  new RegExp(String.raw`\bthis is\s+${NAME}[.!,]`, 'u'),
  new RegExp(
    String.raw`\b(?:subscriber|subscribers|subscribing|subscribed)\s+(?:to|of)\s+(?:[^.]*?\s+on\s+)?${NAME}`,
    'u',
  ),
  new RegExp(String.raw`\bsigned up (?:for|to) (?:emails|newsletters|updates) from\s+${NAME}`, 'u'),
  new RegExp(String.raw`\bget\s+${NAME}\s+in your inbox`, 'u'),
  new RegExp(String.raw`\b[Aa]n?\s+${NAME}\s+publication\b`, 'u'),
];

/** Campaign mail naming its own updates: "receive Leadership Matters updates". */
export const RECEIVE_UPDATES = new RegExp(
  String.raw`\breceive\s+${NAME}\s+(?:updates|emails|newsletters?)\b`,
  'u',
);

const NOT_A_NAME =
  /^(?:read|view|open|share|subscribe|unsubscribe|forward|listen|watch|click|the\s*$)(?:\s|$)/i;

/** Trims a captured name: "Labor Notes #563, February 2026" → "Labor Notes"; drops "the". */
export function tidyName(raw: string): string | null {
  let t = raw.trim();
  const date = findDates(t, null)[0];
  if (date) t = t.slice(0, date.start);
  t = t
    .replace(/\s*#\s*\d+.*$/, '')
    .replace(/\s+(?:of|for|and|on|in|the|de|du|des)\s*$/i, '')
    .replace(/^the\s+/, '')
    // "Jane Doe's Newsletter" is Jane Doe's; "Lenny's Newsletter" (a lone given name) is the title.
    .replace(/^(\S+\s+\S+.*?)['’]s\s+(newsletter|list)$/i, '$1')
    .replace(/\s+(?:newsletter|emails?|updates)$/i, '')
    .replace(/[\s.,:;!–—-]+$/, '')
    .trim();
  if (!t || t.length > 70 || NOT_A_NAME.test(t) || !/\p{L}/u.test(t)) return null;
  return t;
}

/**
 * A literal each pattern cannot match without (any one of them; the patterns are case-sensitive).
 * Most blocks contain none, and then the pattern, which backtracks through NAME at every article
 * or verb, is not run at all.
 */
const NEEDS = new Map<RegExp, string[]>([
  [EXPLICIT_SOURCE[0]!, ['riginally', 'irst']],
  [EXPLICIT_SOURCE[1]!, ['published', 'appeared', 'ran']],
  [EXPLICIT_SOURCE[2]!, ['epublished']],
  [PUBLISHED_BY[0]!, ['riginally', 'irst']],
  [SELF_NAMING[0]!, ['for reading']],
  [SELF_NAMING[1]!, ['this is']],
  [SELF_NAMING[2]!, ['subscri']],
  [SELF_NAMING[3]!, ['signed up ']],
  [SELF_NAMING[4]!, ['in your inbox']],
  [SELF_NAMING[5]!, ['publication']],
  [RECEIVE_UPDATES, ['receive']],
]);

/** The tidied name `re` captures in a block; cached per block, as both extractors ask. */
function nameIn(b: Block, re: RegExp): string | null {
  return blockDerived(b, re, (text) => {
    const needs = NEEDS.get(re);
    if (needs && !needs.some((w) => text.includes(w))) return null;
    const m = re.exec(text);
    return m?.[1] ? tidyName(m[1]) : null;
  });
}

/** The first name any of `patterns` captures, pattern by pattern, block by block. */
export function firstNamed(
  blocks: Block[],
  patterns: RegExp[],
  rejectPeople = false,
): string | null {
  for (const re of patterns) {
    for (const b of blocks) {
      const name = nameIn(b, re);
      if (name && !(rejectPeople && isPersonName(name))) return name;
    }
  }
  return null;
}

/** Every name the email gives itself (for telling a masthead from a story heading). */
export function selfNames(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const re of [...SELF_NAMING, ...SELF_DESCRIPTION]) {
    for (const b of blocks) {
      const name = nameIn(b, re);
      if (name) out.push(name);
    }
  }
  return out;
}
