import type { Action, ActionKind } from '../../schema';
import { contentBlocks, type Block, type EmailDoc, type InlineLink } from '../blocks/document';
import { findDates, findDeadline, findUpcomingDate } from './action-dates';
import {
  blockText,
  cleanText,
  enrichLabel,
  linkText,
  sentenceLabel,
  shorten,
  tidyLabel,
} from './action-label';
import { sponsorBlocks } from './action-sponsor';
import { findEventListings, type ListedEvent } from './event-listings';
import { findAskSections, type SectionAsk } from './ask-sections';
import { isJobRow } from './job-rows';
import { wholeWording } from './whole-wording';
import { blockRoles, type BlockRole } from '../roles';
import {
  ASK_START,
  EVENT_CALL,
  GENERIC_LINK_TEXT,
  KIND_RULES,
  classifyAsk,
  isChrome,
  isAsk,
  isSocialProfile,
} from './action-rules';
import { cleanUrl, hostOf, isDomainMismatch, isPrivateTarget, safeUrl } from '../links/url-safety';
import { extractPublication } from '../metadata/publication';
import { extractArticleDate } from '../metadata/dates';
import { extractDigest } from '../digest/digest';
import { splitSentences } from '../text/sentences';
import { findMonthYear } from '../text/meta-date-text';

// Calls to action from three places: buttons (and short stand-alone link lines, which is how text
// mail renders them), links read with the sentence around them, and sentences whose link the
// archive removed ("You can donate here. [[link removed]]"). Plus invitations to a dated event
// written in the text. One action per ask: the same target or the same wording is merged.

/** Enough for any real email; a pathological one (100,000 links) costs no more than this. */
const MAX_LINKS_SCANNED = 500;
/** A community calendar may list a few dozen dated events; each is an ask of its own. */
const MAX_ACTIONS = 60;
/** Sentences longer than this are narrative, not an ask. */
const MAX_ASK_SENTENCE = 260;
/** A stand-alone line this short, holding one link, reads as a button. */
const MAX_CALLOUT = 70;

const EVENT_RULE = KIND_RULES.find((r) => r.kind === 'event')!.text;
/** A sign-up that says nothing of the event itself ("RSVP", "Register now", "Anmelden"). */
const BARE_EVENT_ASK =
  /^(?:please\s+)?(?:rsvp|register|sign up|anmelden|anmeldung|inscrivez-vous|inscr[íi]bete|aanmelden|iscriviti|inscreva-se|get tickets|tickets?|details|event info)(?:\s+(?:now|here|today|hier|ici|aqu[íi]|jetzt))?[.!]*$/i;
const EXPLICIT_EVENT_LINK =
  /\b(?:rsvp|register|save the date|tickets?|sign up)\b|(?<!\p{L})(?:anmelden|anmeldung|inscrivez-vous|je m['’]inscris|inscr[íi]bete|reg[íi]strate|meld je aan|schrijf je in|iscriviti|registrati|prenota|inscreva-se)(?!\p{L})/iu;
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;
/** Link text that opens with a count ("1,400 petition signers"), not an amount ("$25"). */
const COUNT_LED = /^\d[\d,.]*\+?\s+\p{L}/u;
/** A footer line inviting a reader who is not yet subscribed. */
const SUBSCRIBE_INVITE =
  /\b(?:not (?:yet )?a subscriber|(?:was|is) this (?:email |newsletter )?forwarded|forwarded (?:this|to you)|did someone forward|new here)\b/i;
/** A subscribe label that says to what: "Subscribe to The Ward Report". */
const NAMED_SUBSCRIBE = /^(?:subscribe|sign up|upgrade|become)\b.{0,20}\bto \S/i;
/** "Checks may also be mailed to:" — a donation by post, with the address on the next line. */
const CHECK_ASK =
  /\b(?:checks? (?:may|can|should) (?:also )?be (?:mailed|sent)|mail (?:a|your) (?:check|cheque))\b/i;
/** A short ask that introduces the link below it: "If you want to read the original article:". */
const MAX_LEAD_IN = 120;

interface Ctx {
  doc: EmailDoc;
  out: Action[];
  byUrl: Map<string, Action>;
  byKey: Map<string, Action>;
  eventDates: Set<string>;
  publication: string | null | undefined;
  linksSeen: number;
  /** Block index each action came from, to merge a row of buttons for one ask. */
  origin: Map<Action, number>;
  /** Actions read from buttons (a row of them may be one ask). */
  buttons: Set<Action>;
  block: number;
  /** Reference date found in the body when the email has no date header (undefined: not yet looked). */
  refDate: Date | null | undefined;
  /** The poll question whose first answer has been labelled with it. */
  pollAsked: string;
  /** Role of each content block, by its position in the content blocks. */
  roles: BlockRole[];
}

function foldKey(kind: ActionKind, label: string): string {
  const words = label
    .toLowerCase()
    .replace(/\$?\d[\d,.]*/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${kind}:${words}`;
}

/** Both link-less (text mail), or both to the same site. */
function sameSite(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  return hostOf(a) === hostOf(b);
}

function publicationOf(ctx: Ctx): string | null {
  if (ctx.publication === undefined) {
    try {
      ctx.publication = extractPublication(ctx.doc);
    } catch {
      ctx.publication = null;
    }
  }
  return ctx.publication ?? null;
}

function add(ctx: Ctx, a: Action, context: string, button = false): void {
  if (ctx.out.length >= MAX_ACTIONS) return;
  const needsObject = a.kind === 'subscribe' || a.kind === 'donate' || a.kind === 'petition';
  const label = needsObject
    ? enrichLabel(
        a.label,
        a.kind,
        context.slice(0, 4000),
        a.kind === 'subscribe' ? publicationOf(ctx) : null,
      )
    : a.label;
  // A bare amount on a donation button reads as "Donate $10".
  const shown =
    a.kind === 'donate' && /^[$€£]\s?\d[\d,.]*$/.test(label) ? `Donate ${label}` : label;
  const action: Action = { ...a, label: shown };
  // "Here", "Click here": an ask whose words were all in the sentence around is not readable.
  if (!action.label || GENERIC_LINK_TEXT.test(action.label)) return;
  // A label cut short ("…") keeps its whole sentence, for the panel to show on demand.
  const whole = wholeWording(action.label, context);
  if (whole) action.text = whole;
  // "Sign the petition by Friday", "Jetzt spenden – bis zum 31. Januar": the deadline is its date.
  if (!action.date && action.kind !== 'event' && action.kind !== 'sponsor') {
    action.date = findDeadline(action.label, referenceDate(ctx))?.date ?? null;
  }
  if (action.kind === 'event' && !action.date && action.url && BARE_EVENT_ASK.test(action.label)) {
    // "RSVP" under an event card or listing that had no link of its own: that event's sign-up.
    const host = [...ctx.out]
      .reverse()
      .find((o) => o.kind === 'event' && o.date && ctx.block - (ctx.origin.get(o) ?? -9) <= 3);
    if (host && !host.url) {
      host.url = action.url;
      return;
    }
  }
  if (action.kind === 'event' && action.date) {
    // The same event twice (its listing and the "RSVP" button under it): one ask, with the link
    // and wording each knew. Different events on one day stay apart.
    const twin = ctx.out.find(
      (o) =>
        o.kind === 'event' &&
        o.date === action.date &&
        (o.url === action.url || !o.url || !action.url) &&
        (BARE_EVENT_ASK.test(o.label) || BARE_EVENT_ASK.test(action.label) || o.url === action.url),
    );
    if (twin) {
      twin.url ??= action.url;
      if (BARE_EVENT_ASK.test(twin.label) && !BARE_EVENT_ASK.test(action.label))
        twin.label = action.label;
      if (!twin.time && action.time) twin.time = action.time;
      return;
    }
    ctx.eventDates.add(action.date);
  }
  if (action.url) {
    const prev = ctx.byUrl.get(action.url);
    // "Sign the petition" and "Share the petition" may point at the same page: two asks.
    if (prev && (prev.kind === action.kind || prev.kind === 'other' || action.kind === 'other')) {
      // The same ask twice (a button and a text link): keep one, with whatever each knew.
      if (!prev.date && action.date) prev.date = action.date;
      if (prev.kind === 'other' && action.kind !== 'other') prev.kind = action.kind;
      return;
    }
  }
  const last = ctx.out[ctx.out.length - 1];
  if (
    button &&
    last &&
    last.kind === action.kind &&
    action.kind !== 'other' &&
    ctx.block - (ctx.origin.get(last) ?? -9) <= 2 &&
    sameSite(last.url, action.url) &&
    action.label.length <= 30
  ) {
    // A row of buttons for one ask ("$10", "$25", "Other amount"; "Donate $5", "Donate more"),
    // or the buttons under the sentence that asks.
    if (ctx.buttons.has(last) && last.label.length + action.label.length < 50)
      last.label = `${last.label} / ${action.label}`;
    if (!last.date && action.date) last.date = action.date;
    return;
  }
  if (action.kind === 'subscribe') {
    // Every link-less "subscribe" prompt of a text email (header, after the post, footer) is one ask.
    const sub = action.url ? null : ctx.out.find((o) => o.kind === 'subscribe' && !o.url);
    if (sub) {
      if (!NAMED_SUBSCRIBE.test(sub.label) && NAMED_SUBSCRIBE.test(action.label)) {
        sub.label = action.label;
      }
      return;
    }
  }
  // Numbered events of a calendar ("District 2 Meeting", "District 3 Meeting") differ by their day.
  const key = `${foldKey(action.kind, action.label)}${action.kind === 'event' ? `@${action.date ?? ''}` : ''}`;
  const same = ctx.byKey.get(key);
  if (same) {
    if (!same.url && action.url) same.url = action.url;
    if (!same.date && action.date) same.date = action.date;
    return;
  }
  ctx.out.push(action);
  ctx.origin.set(action, ctx.block);
  if (button) ctx.buttons.add(action);
  if (action.url) ctx.byUrl.set(action.url, action);
  ctx.byKey.set(key, action);
}

/** The link's target if it may become an action: safe, not chrome, not a disguised destination. */
function actionUrl(l: InlineLink): { ok: boolean; url: string | null } {
  if (l.href === null) return { ok: true, url: null };
  const url = cleanUrl(l.href);
  if (!url || isPrivateTarget(url)) return { ok: false, url: null };
  if (isDomainMismatch(l.text, safeUrl(l.href) ?? url)) return { ok: false, url: null };
  if (isSocialProfile(linkText(l), hostOf(url), url)) return { ok: false, url: null };
  return { ok: true, url };
}

function eventDate(text: string, ctx: Ctx): string | null {
  return findUpcomingDate(text, referenceDate(ctx))?.date ?? null;
}

/** The email's date; for a bare HTML body without headers, the date the body gives itself. */
function referenceDate(ctx: Ctx): Date | null {
  if (ctx.doc.emailDate) return ctx.doc.emailDate;
  if (ctx.refDate === undefined) {
    let iso: string | null = null;
    try {
      iso = extractArticleDate(ctx.doc);
    } catch {
      iso = null;
    }
    const d = iso ? new Date(`${iso}T12:00:00Z`) : issueMonth(ctx.doc);
    ctx.refDate = d && !Number.isNaN(d.getTime()) ? d : null;
  }
  return ctx.refDate;
}

/** How far down the email an issue line ("October 2025 Newsletter") may stand. */
const ISSUE_LINE_ZONE = 8;

/** Blocks read for a year-bearing date when nothing else dates the email. */
const YEAR_SCAN = 200;

/**
 * An undated web copy still names its month ("October 2025 Newsletter", "Ausgabe Januar 2023"),
 * or gives a full date somewhere ("Tuesday Feb 18, 2025"): the year the other dates are in.
 */
function issueMonth(doc: EmailDoc): Date | null {
  for (const b of doc.blocks.slice(0, ISSUE_LINE_ZONE)) {
    if (b.text.length > 80) continue;
    const d = findMonthYear(b.text);
    if (d) return d;
  }
  for (const b of doc.blocks.slice(0, YEAR_SCAN)) {
    const found = findDates(b.text, null)[0];
    if (found) return new Date(`${found.date}T12:00:00Z`);
  }
  return null;
}

function isCallout(b: Block, text: string): boolean {
  if (b.kind === 'button') return true;
  if (!text || text.length > MAX_CALLOUT) return false;
  if (b.links.length === 0) return b.removedLinks > 0;
  if (b.links.length !== 1) return false;
  const lt = linkText(b.links[0]!);
  return lt.length >= text.length * 0.6 || (lt === '' && text.split(' ').length <= 6);
}

/** Where a share button sends the post: the networks' names (icons carry them as alt text). */
const NETWORK =
  /^(?:facebook|whatsapp|twitter|x|linkedin|e-?mail|mail|bluesky|threads|telegram|reddit|messenger|mastodon|pinterest|copy link|sms)$/i;

/**
 * "Enjoyed it? Share it!" over a row of network buttons (icons are often laid out as blocks of
 * their own, even in the footer): one share ask, naming the networks.
 */
function fromShareRow(ctx: Ctx, b: Block, text: string): boolean {
  if (b.links.length > 0 || !text || text.length > 60) return false;
  if (!isAsk(text) || classifyAsk(text, null) !== 'share') return false;
  const all = ctx.doc.blocks;
  const names: string[] = [];
  let first: InlineLink | null = null;
  for (let j = b.index + 1; j < Math.min(all.length, b.index + 10); j++) {
    const n = all[j]!;
    if (n.links.length === 0 && !blockText(n)) continue;
    const net = n.links.filter((l) => NETWORK.test(linkText(l)));
    if (net.length === 0 || net.length < n.links.length) break;
    for (const l of net) {
      first ??= l;
      names.push(linkText(l));
    }
  }
  if (names.length < 2 || !first) return false;
  const { ok, url } = actionUrl({ ...first, text: '' });
  if (!ok) return false;
  add(
    ctx,
    {
      label: shorten(`${tidyLabel(text)} (${names.join(', ')})`, 100),
      kind: 'share',
      url,
      date: null,
    },
    text,
  );
  return true;
}

/**
 * "If you want to read the original article:" with the article's linked title below it: one ask,
 * labelled with both. True when the pair was read (the next block is then done).
 */
function fromLeadIn(
  ctx: Ctx,
  b: Block,
  text: string,
  next: Block | undefined,
  nextSponsored: boolean,
): boolean {
  if (!next || nextSponsored || b.links.length > 0 || !text.endsWith(':')) return false;
  if (text.length > MAX_LEAD_IN || !isAsk(text) || isChrome(text, null)) return false;
  if (next.links.length === 0 && next.removedLinks === 0) return false;
  // A text mail's link line is mostly its address: the words are what is measured.
  const nextText = withoutMarkdownLinks(blockText(next));
  if (!nextText || nextText.length > 200 || isChrome(nextText, null)) return false;
  const kind = classifyAsk(text, null);
  if (!kind || kind === 'sponsor') return false;
  const link = next.links[0];
  const { ok, url } = link ? actionUrl(link) : { ok: true, url: null };
  if (!ok) return false;
  add(ctx, { label: tidyLabel(`${text} ${nextText}`), kind, url, date: null }, text);
  return true;
}

/**
 * The ask a button repeats: "…If you can join, sign up today and help… [link]" then "SIGN UP TO
 * VOLUNTEER". The sentence says what the button is for.
 */
function askBefore(ctx: Ctx, before: Block | undefined, text: string): string {
  if (!before || text.split(' ').length > 5) return '';
  if (before.links.length === 0 && before.removedLinks === 0) return '';
  const last = ctx.out[ctx.out.length - 1];
  if (last && ctx.origin.get(last) === ctx.block - 1) return '';
  const sentences = splitSentences(blockText(before));
  const s = sentences[sentences.length - 1] ?? '';
  if (!s || s.length > MAX_ASK_SENTENCE || isChrome(s, null)) return '';
  const clauses = s.split(/[,;:—–]\s+/);
  let at = -1;
  clauses.forEach((c, k) => {
    if (ASK_START.test(c.trim())) at = k;
  });
  return at < 0
    ? ''
    : clauses
        .slice(at)
        .join(', ')
        .replace(/[.!]+$/, '');
}

function fromCallout(ctx: Ctx, b: Block, shown: string, prev: string, before?: Block): void {
  const link = b.links[0];
  // An icon button's words may be only in its link ("▷ Listen").
  const text = shown || (link ? linkText(link) : '');
  if (!text) return;
  const { ok, url } = link ? actionUrl(link) : { ok: true, url: null };
  if (!ok || isChrome(text, url)) return;
  let kind = classifyAsk(text, url);
  // "Support Civic Tech Weekly" on a button asks for money.
  if (!kind && /^support\b/i.test(text)) kind = 'donate';
  if (!kind) {
    if (b.kind !== 'button' || !ASK_START.test(text)) return;
    kind = 'other';
  }
  let date: string | null = null;
  if (kind === 'event') {
    date = eventDate(text, ctx) ?? eventDate(prev, ctx);
    // A headline that names an event ("Can a walkout spread?") is news, not an invitation.
    if (!date && !EXPLICIT_EVENT_LINK.test(text) && !ASK_START.test(text)) return;
  }
  const card = cardTitle(ctx, b, text, link);
  if (card) {
    // "JETZT SPENDEN" under "Koala-Spende / Lebensraum der Koalas schützen": the card says what for.
    const label = `${tidyLabel(text)}: ${card}`;
    const same = url ? ctx.byUrl.get(url) : undefined;
    if (same && ctx.block - (ctx.origin.get(same) ?? -9) <= CARD_SPAN) {
      // The card's title link was read first as the same ask: one ask, with the button's words.
      same.label = label;
      if (same.kind === 'other' || same.kind === 'read-more') same.kind = kind;
      return;
    }
    add(ctx, { label, kind, url, date }, prev, true);
    return;
  }
  const why = kind === 'other' ? '' : askBefore(ctx, before, text);
  const label = why ? `${tidyLabel(text)}: ${why.charAt(0).toLowerCase()}${why.slice(1)}` : text;
  add(ctx, { label: tidyLabel(label), kind, url, date }, prev, true);
}

/** A block that is only an image link (a banner or an image button): its link. */
function imageLink(b: Block | undefined): InlineLink | null {
  if (!b || b.links.length !== 1 || blockText(b) || linkText(b.links[0]!)) return null;
  return b.links[0]!;
}

/**
 * A heading that asks ("Become a monthly supporter of …!") without a link of its own, right
 * beside an image link: the image is its button. Only a heading whose words name the ask.
 */
function imageAskLink(blocks: Block[], i: number, text: string): InlineLink | null {
  const b = blocks[i]!;
  if (b.links.length > 0 || b.removedLinks > 0 || !text || text.length > MAX_CALLOUT) return null;
  if (b.kind !== 'heading' && !b.strong) return null;
  if (!isAsk(text) || !classifyAsk(text, null)) return null;
  return imageLink(blocks[i - 1]) ?? imageLink(blocks[i + 1]);
}

/** How far above its button a card's title may stand (title, description, image, spacer). */
const CARD_SPAN = 4;
/** Longest card description carried into the button's label. */
const MAX_CARD_LINE = 80;

/**
 * A card above a short button: a title linked to the button's own target (an image and a line of
 * description may stand between). Returns "Title – description", or null when the button stands
 * alone or already says what it is for.
 */
function cardTitle(ctx: Ctx, b: Block, text: string, link: InlineLink | undefined): string | null {
  if (!link?.href || text.split(/\s+/).length > 4) return null;
  const all = ctx.doc.blocks;
  let description = '';
  for (let j = b.index - 1; j >= Math.max(0, b.index - CARD_SPAN); j--) {
    const n = all[j]!;
    const t = blockText(n);
    const titleLink = n.links.find((l) => l.href === link.href && linkText(l));
    if (titleLink) {
      const title = linkText(titleLink);
      if (title.length > MAX_CALLOUT || foldKey('other', title) === foldKey('other', text)) {
        return null;
      }
      return description ? `${tidyLabel(title)} – ${tidyLabel(description)}` : tidyLabel(title);
    }
    if (!t) continue;
    // One line of description between the title and its button; more is an article.
    if (description || n.links.length > 0 || t.length > MAX_CARD_LINE) return null;
    description = t;
  }
  return null;
}

/** The sentence of `sentences` that holds `needle`, scanning forward from `from`. */
function sentenceWith(sentences: string[], needle: string, from: number): number {
  if (!needle) return -1;
  for (let i = from; i < sentences.length; i++) if (sentences[i]!.includes(needle)) return i;
  return -1;
}

/** `[words](address "title")`: the title, when there, is the address again or a tooltip. */
const MARKDOWN_LINK = /\[([^\]]{1,300})\]\(([^\s()]{1,2000})(?:\s{1,10}"[^"]{0,2000}")?\)/g;

/** A text mail's link line without its addresses: "**[site.com/card](http://…)**" -> "site.com/card". */
function withoutMarkdownLinks(text: string): string {
  if (!text.includes('](')) return text;
  return text.slice(0, 10_000).replace(MARKDOWN_LINK, '$1').replace(/\*\*/g, '').trim();
}

/** Markdown links of a text block: address -> the words in brackets. */
function markdownLabels(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  // Bounded: a 10 MB block is read for its first links only.
  for (const m of raw.slice(0, 100_000).matchAll(MARKDOWN_LINK)) {
    const label = cleanText(m[1]!);
    if (label && !out.has(m[2]!)) out.set(m[2]!, label);
  }
  return out;
}

function fromInlineLinks(ctx: Ctx, b: Block, text: string, only?: ActionKind): void {
  let sentences: string[] | null = null;
  let markdown: Map<string, string> | null = null;
  let cursor = 0;
  for (const l of b.links) {
    if (ctx.linksSeen++ >= MAX_LINKS_SCANNED) return;
    const { ok, url } = actionUrl(l);
    if (!ok) continue;
    let lt = linkText(l);
    // Markdown text mail: "[please consider a donation](https://…)" leaves the address as the
    // link's text; the bracketed words are what it says.
    if (URL_TEXT.test(lt) && b.text.includes('](')) {
      markdown ??= markdownLabels(b.text);
      lt = markdown.get(lt) ?? lt;
    }
    sentences ??= splitSentences(text);
    const i = sentenceWith(sentences, lt, cursor);
    if (i >= 0) cursor = i;
    const sentence = i >= 0 ? sentences[i]! : lt;
    // A sentence longer than an ask is narration; judging it for chrome per link would make
    // a 100,000-link paragraph quadratic.
    const near = sentence.length <= MAX_ASK_SENTENCE ? sentence : '';
    if (isChrome(lt, url) || (near && isChrome(near, url) && lt.length < 25)) continue;
    const generic = !lt || GENERIC_LINK_TEXT.test(lt) || URL_TEXT.test(lt);
    let kind: ActionKind | null = null;
    let label = '';
    if (!generic) {
      kind = classifyAsk(lt, url);
      // Link text that is itself an ask ("Sign the petition", "Donate"), not a headline or a
      // report that mentions one ("Sent the SEC a petition").
      if (kind && lt.split(' ').length > 3 && !ASK_START.test(lt) && kind !== 'sponsor')
        kind = null;
      // "1400 petition signers", "12 volunteers": a count reports; it asks nothing.
      if (kind && COUNT_LED.test(lt)) kind = null;
      if (kind) label = lt.length <= MAX_CALLOUT ? tidyLabel(lt) : sentenceLabel(lt, kind);
      // A bare "RSVP" says nothing by itself: the sentence it closes names the event.
      if (kind === 'event' && BARE_EVENT_ASK.test(lt)) {
        // "…for a short 9:15am rally. RSVP": the invitation may be the sentence before.
        const own = sentence.replace(lt, ' ').trim();
        const names = own.split(/\s+/).length >= 3 ? sentence : i > 0 ? sentences[i - 1]! : '';
        if (names.length <= MAX_ASK_SENTENCE && (isAsk(names) || EVENT_CALL.test(names))) {
          label = sentenceLabel(names, 'event');
        }
      }
    }
    // The ask may sit in the link's sentence or just before it ("Call your commissioner. Our
    // call script has the numbers.").
    const before = i > 0 ? sentences[i - 1]! : '';
    for (const ctxSentence of i >= 0 ? [sentence, before] : [sentence]) {
      if (kind || !ctxSentence || ctxSentence.length > MAX_ASK_SENTENCE || !isAsk(ctxSentence)) {
        continue;
      }
      kind = classifyAsk(ctxSentence, generic ? url : null);
      // "Read more" and "follow me" in a long sentence are narration; in a short one, an ask.
      if ((kind === 'read-more' || kind === 'other') && (!generic || ctxSentence !== sentence)) {
        if (ctxSentence.length > 120 || ctxSentence !== sentence) kind = null;
      }
      if (kind === 'event' || kind === 'sponsor') kind = ctxSentence === sentence ? kind : null;
      if (kind) label = sentenceLabel(ctxSentence, kind);
    }
    if (!kind || (only && kind !== only)) continue;
    let date: string | null = null;
    if (kind === 'event') {
      date = eventDate(sentence, ctx);
      // A dated listing in a digest is news; an invitation says so ("join", "register", "RSVP").
      if (EXPLICIT_EVENT_LINK.test(lt)) {
        // kept, with or without a date
      } else if (!date || !EVENT_CALL.test(sentence)) continue;
    }
    add(ctx, { label, kind, url, date }, text);
  }
}

/** A line ending in a word that needs more: the sentence goes on below. */
const RUNS_ON = /\b(?:that|the|a|an|to|of|for|and|or|via|with|by|in|on|at|your|our)$/i;

/** The units a block's asks are read from: in text mail each line stands alone (a button row). */
function askUnits(ctx: Ctx, b: Block, text: string): string[] {
  if (ctx.doc.source !== 'text' || !b.lines || b.lines.length < 2) return splitSentences(text);
  // Soft-wrapped lines of one sentence join again: a long line without a full stop runs on, and
  // so does a line that starts in lowercase.
  const joined: string[] = [];
  for (const raw of b.lines) {
    const line = cleanText(raw);
    if (!line) continue;
    const last = joined[joined.length - 1];
    if (
      last !== undefined &&
      (RUNS_ON.test(last) ||
        (last.length >= 60 && !/[.!?:]$|(?:https?:\/\/|www\.)\S+$/.test(last)) ||
        /^\p{Ll}/u.test(line))
    ) {
      joined[joined.length - 1] = `${last} ${line}`;
    } else joined.push(line);
  }
  const out: string[] = [];
  for (const line of joined) for (const s of splitSentences(line)) out.push(s);
  return out;
}

/** Sentences of a block whose link the archive removed: the wording is all that is left. */
function fromRemovedLinks(ctx: Ctx, b: Block, text: string): void {
  const units = askUnits(ctx, b, text);
  for (let u = 0; u < units.length; u++) {
    const s = units[u]!;
    if (CHECK_ASK.test(s) && s.length <= MAX_LEAD_IN) {
      // "Checks may also be mailed to:" + the address: the address is the ask's object.
      const to = /:\s*$/.test(s) ? (units[u + 1] ?? '').split(/\s+paid for by\b/i)[0]! : '';
      const label = to ? `Mail a check to ${to}` : sentenceLabel(s, 'donate');
      add(ctx, { label: tidyLabel(label), kind: 'donate', url: null, date: null }, text);
      continue;
    }
    if (s.length > MAX_ASK_SENTENCE || !isAsk(s) || isChrome(s, null)) continue;
    const kind = classifyAsk(s, null);
    if (!kind || kind === 'read-more' || kind === 'sponsor') continue;
    // "Take our survey" stands alone; a longer 'other' sentence is chatter.
    if (kind === 'other' && s.length > 120) continue;
    let date: string | null = null;
    if (kind === 'event') {
      date = eventDate(s, ctx);
      if (!date) continue;
    }
    // A short line is a button whose link was removed ("DONATE $5").
    add(ctx, { label: sentenceLabel(s, kind), kind, url: null, date }, text, s.length <= 30);
  }
}

/** Asks answered in the mail client, so written without a link: reply, get in touch, text a keyword, forward. */
const WRITTEN_ASK =
  /\b(?:reply to (?:this|the) (?:email|e-mail|message|newsletter)|reply with|hit reply|just reply|get in touch|let (?:me|us) know|drop (?:me|us) a line|(?:text|txt|sms) ["“']?[A-Z0-9]{2,15}["”']? to \d{3,8}|forward (?:this|it)(?: email| message)? to (?:a |an |some |your |\w+ )?(?:friends?|colleagues?|others|people))\b/i;
const MAX_WRITTEN_ASK = 160;

function fromWrittenAsks(ctx: Ctx, b: Block, text: string): void {
  const linked = b.links.map(linkText).filter((t) => t.length >= 3);
  for (const s of askUnits(ctx, b, text)) {
    if (s.length > MAX_WRITTEN_ASK || !WRITTEN_ASK.test(s) || !isAsk(s)) continue;
    // A sentence holding a link was read with its link.
    if (linked.some((t) => s.includes(t))) continue;
    if (/^[“"«„]/.test(s) || isChrome(s, null)) continue;
    const kind = classifyAsk(s, null);
    if (kind !== 'other' && kind !== 'contact' && kind !== 'subscribe' && kind !== 'share')
      continue;
    // The whole sentence: its condition says who is asked ("If you run a team, get in touch").
    add(ctx, { label: tidyLabel(s), kind, url: null, date: null }, text);
  }
}

/** "…have called for a day of protest January 23": an invitation with an upcoming date. */
function fromEventText(ctx: Ctx, b: Block, text: string): void {
  if (!EVENT_CALL.test(text) || !EVENT_RULE.test(text)) return;
  const sentences = splitSentences(text);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.length > MAX_ASK_SENTENCE * 2 || !EVENT_RULE.test(s)) continue;
    // The invitation may follow the date: "…public comment on Tuesday, April 21. Say so."
    const next = sentences[i + 1] ?? '';
    if (!EVENT_CALL.test(s) && !(next.length < MAX_ASK_SENTENCE && EVENT_CALL.test(next))) continue;
    // Reported speech inside quotation marks is somebody's words, not the email's invitation.
    if (/^[“"«„]/.test(s)) continue;
    const found = findUpcomingDate(s, referenceDate(ctx));
    const date = found?.date ?? null;
    if (!found || !date || ctx.eventDates.has(date)) continue;
    const label = ASK_START.test(s) ? sentenceLabel(s, 'event') : eventPhrase(s, found);
    add(ctx, { label, kind: 'event', url: null, date }, text);
  }
}

const PHRASE_STOP =
  /^(?:a|an|the|what|which|call|calls|called|for|to|join|our|their|this|is|are|at|in|of|and|on)$/i;

/**
 * The event itself out of a narrative sentence: "…what organizers call a "mass walkout" on Friday,
 * February 20, when…" -> "Mass walkout on Friday, February 20". The sentence otherwise.
 */
function eventPhrase(s: string, found: { index: number; text: string }): string {
  const before = s.slice(Math.max(0, found.index - 80), found.index);
  const rule = new RegExp(EVENT_RULE.source, 'gi');
  let last: RegExpExecArray | null = null;
  for (let m = rule.exec(before); m; m = rule.exec(before)) last = m;
  if (!last) return sentenceLabel(s, 'event');
  const head = before.slice(0, last.index).split(/\s+/).filter(Boolean).slice(-2);
  while (head.length && PHRASE_STOP.test(head[0]!.replace(/[^\p{L}]/gu, ''))) head.shift();
  if (head.some((w) => /[,.;:!?]$/.test(w))) head.length = 0;
  const phrase = `${head.join(' ')} ${before.slice(last.index)}${found.text}`;
  return tidyLabel(phrase.replace(/[“”"«»]/g, '').replace(/\s+/g, ' '));
}

/** A job board section ("Job board", "Who's hiring", "Open roles") and how far its rows run. */
const JOB_HEADING =
  /^\W*(?:job board|jobs? (?:of the week|listings?)|who['’]s hiring|open (?:roles|positions)|careers?)\W*$/i;
const JOB_SPAN = 8;

/** How many blocks after a poll's question may hold its answers. */
const POLL_SPAN = 6;
/** How far below a bare question its answer links are looked for. */
const POLL_LOOKAHEAD = 4;
const PER_STORY_SHARE =
  /\b(?:share|tweet|post|email) (?:this|the) (?:story|article|item|link)\b|^(?:share on|post to) \w+$|^(?:tweet|email)$/i;

/** "What did you think of today's email?" followed by one link per answer. */
const POLL =
  /\b(?:what did you think|what['’]?d you think|how did we do|how was (?:this|today['’]?s)|rate (?:this|today['’]?s)|did you (?:like|enjoy) (?:this|today['’]?s)|(?:a )?quick poll|take (?:our|the|this) poll|which (?:[\w'’]+ ){0,6}(?:matters|is) (?:the )?most (?:important )?to you|click one|pick one|choose one)\b/i;

function fromPoll(ctx: Ctx, b: Block, question: string): boolean {
  let found = false;
  for (const l of b.links) {
    // Text mail writes the answer before its address (">> Port emissions: https://…").
    const t = URL_TEXT.test(l.text.trim())
      ? b.links.length === 1
        ? tidyLabel(
            blockText(b)
              .replace(/(?:https?:\/\/|www\.)\S+/g, ' ')
              .replace(/^[\s>»•*-]+/, ''),
          )
        : ''
      : tidyLabel(l.text);
    if (!t || t.length > 50) continue;
    const { ok, url } = actionUrl(l);
    if (!ok || isChrome(l.text, url)) continue;
    // The first answer carries the question, so the panel reads "What did you think? Great".
    const label = ctx.pollAsked === question ? t : shortQuestion(question, t);
    ctx.pollAsked = question;
    add(ctx, { label, kind: 'other', url, date: null }, question);
    found = true;
  }
  return found;
}

function shortQuestion(question: string, answer: string): string {
  const q = POLL.exec(question);
  const head = q ? question.slice(q.index).split(/[?]/)[0] : question.split(/[?]/)[0];
  return head ? tidyLabel(`${head}? ${answer}`) : answer;
}

/** A poll's answer: a few words that ask nothing by themselves ("Good idea", "Option A", "Port emissions"). */
function isAnswer(text: string, url: string | null): boolean {
  const t = text.trim();
  return (
    t.length > 0 &&
    t.length <= 60 &&
    t.split(/\s+/).length <= 8 &&
    !URL_TEXT.test(t) &&
    classifyAsk(t, null) === null &&
    !isChrome(t, url)
  );
}

/** A question ("Which image is real?") with two or more answer links in the blocks under it. */
function opensPoll(blocks: Block[], i: number, text: string): boolean {
  if (text.length > 160 || !/\?\s*$/.test(text) || blocks[i]!.links.length > 0) return false;
  let answers = 0;
  for (let j = i + 1; j < Math.min(blocks.length, i + 1 + POLL_LOOKAHEAD); j++) {
    const n = blocks[j]!;
    if (n.links.length === 0) continue;
    for (const l of n.links) {
      const lt = linkText(l);
      if (!lt) continue;
      if (!isAnswer(lt, null)) return false;
      answers++;
    }
  }
  return answers >= 2;
}

/** ">> Port emissions https://…" lines under "Which issue matters most to you?" (text mail). */
function fromPollLines(ctx: Ctx, b: Block): boolean {
  const lines = (b.lines ?? []).map(cleanText);
  const q = lines.findIndex((l) => (POLL.test(l) || /\?/.test(l)) && l.length <= 160);
  if (q < 0) return false;
  const answers: { label: string; link: InlineLink | undefined }[] = [];
  // An archived copy removed the answers' links ("[[link removed]]"): the answers stay, unlinked.
  const removed = b.links.length === 0 && b.removedLinks >= 2;
  for (const line of lines.slice(q + 1)) {
    const link = b.links.find((l) => l.href && line.includes(l.href));
    if (!link && !(removed && /^[>»•*-]/.test(line))) break;
    const label = tidyLabel(
      line.replace(/(?:https?:\/\/|www\.)\S+/g, ' ').replace(/^[\s>»•*-]+/, ''),
    );
    if (!isAnswer(label, null)) break;
    answers.push({ label, link });
  }
  if (answers.length < 2) return false;
  const question = lines[q]!.split(/\?/)[0]!;
  for (const a of answers) {
    const { ok, url } = a.link ? actionUrl(a.link) : { ok: true, url: null };
    if (!ok) continue;
    const label = ctx.pollAsked === question ? a.label : tidyLabel(`${question}? ${a.label}`);
    ctx.pollAsked = question;
    add(ctx, { label, kind: 'other', url, date: null }, question);
  }
  return true;
}

/** A marker that names who pays ("Brought to you by Acme"), not a bare "Sponsored". */
const MARKER_LINE = /\b(?:by|with|from|avec)\s+\S/i;

/** The link a placement asks the reader to follow: its call to action ("Try it free →"). */
function placementLink(blocks: Block[]): { link: InlineLink; block: Block } | null {
  let first: { link: InlineLink; block: Block } | null = null;
  for (const b of blocks) {
    for (const l of b.links) {
      const lt = linkText(l);
      if (!lt) continue;
      first ??= { link: l, block: b };
      if (/[→»›]$/.test(lt) || (ASK_START.test(lt) && lt.split(' ').length >= 3)) {
        return { link: l, block: b };
      }
    }
  }
  return (
    first ??
    (blocks.find((b) => b.links.length > 0)
      ? {
          link: blocks.find((b) => b.links.length > 0)!.links[0]!,
          block: blocks.find((b) => b.links.length > 0)!,
        }
      : null)
  );
}

/** A paid placement: one `sponsor` action per destination, labelled with its call to action. */
function fromSponsor(ctx: Ctx, blocks: Block[], marker: string): boolean {
  const found = placementLink(blocks);
  if (!found) return false;
  // The logo or title link under the marker ("Brought to you by Acme") is the placement's
  // other door: it goes first, labelled with the marker.
  const head = blocks.slice(0, 2).find((b) => b.links.length > 0)?.links[0];
  if (head && head !== found.link && head.href !== found.link.href && marker) {
    const h = actionUrl(head);
    if (h.ok && h.url && !isChrome(marker, h.url) && MARKER_LINE.test(marker)) {
      add(ctx, { label: tidyLabel(marker), kind: 'sponsor', url: h.url, date: null }, marker);
    }
  }
  const { link, block: b } = found;
  const text = blockText(b);
  const { ok, url } = actionUrl(link);
  if (!ok || !url || isChrome(text, url)) return false;
  const lt = linkText(link);
  // "Try it free" says what to do, not who pays: the placement's own first sentence does.
  const ownWords = lt && ASK_START.test(lt) && text.length > lt.length + 20;
  const first = ownWords ? (splitSentences(text)[0] ?? text) : '';
  const title = first || (lt.length >= 3 ? lt : text.length >= 3 ? text : marker);
  if (!title) return false;
  // "The opportunity ends on Oct. 14": the offer's deadline.
  const date = ASK_START.test(lt) || ownWords ? eventDate(text, ctx) : null;
  add(
    ctx,
    { label: tidyLabel(title.split(/\s+[—–]\s+/)[0] ?? title), kind: 'sponsor', url, date },
    text,
  );
  return true;
}

/** One event of a calendar in the email: its title, date, starting time and sign-up link. */
function fromListing(ctx: Ctx, e: ListedEvent): void {
  const { ok, url } = e.link ? actionUrl(e.link) : { ok: true, url: null };
  const action: Action = { label: e.title, kind: 'event', url: ok ? url : null, date: e.date };
  if (e.time) action.time = e.time;
  add(ctx, action, e.title);
}

/** An item's own wording that names what it asks, over its section's kind ("Donate to our drive!"). */
const OWN_KIND: ReadonlySet<ActionKind> = new Set<ActionKind>([
  'donate',
  'petition',
  'share',
  'subscribe',
  'purchase',
  'contact',
]);
/**
 * A section item's label: the item itself when short; else its first sentence (what it is) and
 * the sentence that asks ("Arts and Crafty?! … Email district1@… to help").
 */
function itemLabel(text: string): string {
  const whole = tidyLabel(text);
  if (!whole.endsWith('…')) return whole;
  const sentences = splitSentences(text);
  const ask = sentences
    .slice(1)
    .find((s) => s.length <= MAX_ASK_SENTENCE && (isAsk(s) || s.includes('@')));
  return ask ? `${tidyLabel(sentences[0]!)} … ${tidyLabel(ask)}` : whole;
}

/** Longest label of a section's one ask: its heading, contact and the roles it names. */
const MAX_SECTION_LABEL = 160;

/** "Heading — contact: role, role, role": the part before the roles tidied like any label. */
function sectionLabel(text: string): string {
  const at = text.lastIndexOf(': ');
  if (at < 0) return tidyLabel(text);
  return shorten(`${tidyLabel(text.slice(0, at))}: ${text.slice(at + 2)}`, MAX_SECTION_LABEL);
}

/** An account number as printed: "IBAN: DE69 5206 0410 0000 5073 34" (groups of four). */
const IBAN = /\bIBAN:?\s{0,3}([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)/;

/**
 * "Wir bedanken uns für jede Spende …: IBAN DE69 …": a donation asked for by bank transfer, as
 * European associations write it, with no link to follow. The footer's account line is chrome.
 */
function fromBankTransfer(ctx: Ctx, b: Block, text: string, i: number): void {
  if (ctx.roles[i] !== 'body' || text.length > 600) return;
  const iban = IBAN.exec(text);
  if (!iban) return;
  const words = text.slice(0, iban.index);
  const sentence = splitSentences(words)[0] ?? '';
  if (classifyAsk(sentence, null) !== 'donate') return;
  const label = `${tidyLabel(sentence.split(/:\s/)[0] ?? sentence)} (IBAN ${iban[1]!.trim()})`;
  add(ctx, { label, kind: 'donate', url: null, date: null }, text);
}

/** Longest first line read as an item's title. */
const MAX_ITEM_TITLE = 110;

/**
 * A notice whose first line is its title and an ask ("Refugium: jetzt bewerben als
 * Gesundheitslotse", "Theater: Mitspieler*innen gesucht", "Grants – apply by March 1"), the
 * details and a contact link below: the title is the ask, the item's link where to answer.
 */
function fromTitledItem(ctx: Ctx, b: Block, i: number): void {
  const lines = b.lines ?? [];
  // Text mail's lines are wrapped prose, not a title over its details.
  if (lines.length < 2 || ctx.doc.source === 'text' || ctx.roles[i] !== 'body') return;
  const title = cleanText(lines[0]!);
  if (!title || title.length > MAX_ITEM_TITLE || /^[“"«„]/.test(title)) return;
  // The ask follows the title's subject ("Refugium: jetzt bewerben…", "Fonds – Anträge einreichen").
  const parts = title.split(/\s?:\s|\s[–—-]\s/);
  const asks = parts.length > 1 ? parts.slice(1) : parts;
  if (!asks.some((p) => isAsk(p)) || isChrome(title, null)) return;
  // A named ask only: news titles open with imperatives too ("Apple: Make way for…").
  const kind = classifyAsk(title, null);
  if (!kind || kind === 'read-more' || kind === 'sponsor' || kind === 'event') return;
  let url: string | null = null;
  for (const l of b.links) {
    const r = actionUrl(l);
    if (r.ok && r.url && !isChrome(linkText(l), r.url)) {
      url = r.url;
      break;
    }
  }
  const date = findDeadline(b.text.slice(0, 2000), referenceDate(ctx))?.date ?? null;
  add(ctx, { label: tidyLabel(title), kind, url, date }, b.text);
}

/** One ask of a "Volunteers needed" / "Take action" section. */
function fromSectionAsk(ctx: Ctx, s: SectionAsk): void {
  let url: string | null = null;
  if (s.link) {
    const r = actionUrl(s.link);
    if (r.ok) url = r.url;
  }
  if (!url && s.email) url = `mailto:${s.email}`;
  // An item with nowhere to go is an ask only when it says so ("Join the photo-op").
  if (s.item && !url && !isAsk(s.text)) return;
  if (isChrome(s.text, url)) return;
  const own = s.item ? classifyAsk(splitSentences(s.text)[0] ?? s.text, null) : null;
  const kind = own && (OWN_KIND.has(own) || s.kind === 'other') ? own : s.kind;
  const date = findUpcomingDate(s.text, referenceDate(ctx))?.date ?? null;
  add(ctx, { label: s.item ? itemLabel(s.text) : sectionLabel(s.text), kind, url, date }, s.text);
}

/** Calls to action (donate, sign, attend on a date, subscribe…), in reading order, one per ask. */
export function extractActions(doc: EmailDoc): Action[] {
  const ctx: Ctx = {
    doc,
    out: [],
    byUrl: new Map(),
    byKey: new Map(),
    eventDates: new Set(),
    publication: undefined,
    linksSeen: 0,
    origin: new Map(),
    buttons: new Set(),
    block: 0,
    pollAsked: '',
    refDate: undefined,
    roles: [],
  };
  let prev = '';
  const blocks = contentBlocks(doc);
  const sponsored = sponsorBlocks(blocks);
  const placementsDone = new Set<number>();
  let marker = '';
  let poll: { question: string; until: number } | null = null;
  let jobs = -1;
  const roles = blockRoles(doc);
  const listings = new Map<number, ListedEvent[]>();
  const covered = new Set<number>();
  const blockRoleList = blocks.map((b) => roles[b.index]?.role ?? 'body');
  ctx.roles = blockRoleList;
  for (const e of findEventListings(blocks, blockRoleList, referenceDate(ctx))) {
    listings.set(e.at, [...(listings.get(e.at) ?? []), e]);
    for (const p of e.covers) covered.add(p);
  }
  const sectionAsks = new Map<number, SectionAsk[]>();
  for (const s of findAskSections(blocks, blockRoleList)) {
    if (s.covers.some((p) => covered.has(p))) continue;
    sectionAsks.set(s.at, [...(sectionAsks.get(s.at) ?? []), s]);
  }
  for (const list of sectionAsks.values())
    for (const s of list) for (const p of s.covers) covered.add(p);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (ctx.out.length >= MAX_ACTIONS) break;
    ctx.block = i;
    const text = blockText(b);
    let imageAsk: InlineLink | null = null;
    for (const e of listings.get(i) ?? []) fromListing(ctx, e);
    for (const s of sectionAsks.get(i) ?? []) fromSectionAsk(ctx, s);
    if (covered.has(i)) {
      if (text) prev = text;
      continue;
    }
    const placement = sponsored.get(i);
    if ((POLL.test(text) && text.length <= 200) || opensPoll(blocks, i, text)) {
      poll = { question: text, until: i + POLL_SPAN };
    }
    if (b.kind === 'heading' && JOB_HEADING.test(text)) jobs = i + JOB_SPAN;
    if (placement !== undefined) {
      if (sponsored.get(i - 1) !== placement) marker = text;
      if (!placementsDone.has(placement)) {
        placementsDone.add(placement);
        const members: Block[] = [];
        for (let j = i; j < blocks.length && sponsored.get(j) === placement; j++) {
          members.push(blocks[j]!);
        }
        fromSponsor(ctx, members, marker);
      }
    } else if (poll && i <= poll.until && b.links.length > 0 && text.length <= 200) {
      // Answers may stand apart, each with its own description between: the poll runs on.
      if (fromPoll(ctx, b, poll.question)) poll.until = i + 2;
    } else if (
      b.lines &&
      b.lines.length > 2 &&
      (b.links.length >= 2 || b.removedLinks >= 2) &&
      fromPollLines(ctx, b)
    ) {
      // done: a question and its answer lines
    } else if ((i <= jobs && b.kind === 'list-item' && b.links.length > 0) || isJobRow(blocks, i)) {
      // A job board's rows: each opening is an ask of its own.
      const { ok, url } = actionUrl(b.links[0]!);
      if (ok && text.length <= 160) {
        add(ctx, { label: tidyLabel(`Job board: ${text}`), kind: 'other', url, date: null }, text);
      }
    } else if (fromShareRow(ctx, b, text)) {
      // done: the ask and its row of networks
    } else if (fromLeadIn(ctx, b, text, blocks[i + 1], sponsored.has(i + 1))) {
      i++;
    } else if (isCallout(b, text)) {
      fromCallout(ctx, b, text, prev, blocks[i - 1]);
    } else if ((imageAsk = imageAskLink(blocks, i, text))) {
      // "Become a monthly supporter!" as a heading beside its image button: the image's link.
      fromCallout(ctx, { ...b, links: [imageAsk] }, text, prev, blocks[i - 1]);
    } else {
      if (b.kind === 'paragraph' || b.kind === 'list-item') {
        fromTitledItem(ctx, b, i);
        fromBankTransfer(ctx, b, text, i);
      }
      if (b.links.length > 0) fromInlineLinks(ctx, b, text);
      if (b.removedLinks > 0) fromRemovedLinks(ctx, b, text);
      if (b.kind === 'paragraph' || b.kind === 'list-item') {
        fromEventText(ctx, b, text);
        if (WRITTEN_ASK.test(text)) fromWrittenAsks(ctx, b, text);
      }
    }
    if (text) prev = text;
  }
  // "Not a subscriber? Subscribe at …" sits in the footer, but asks the reader a forward reached.
  for (const b of doc.blocks) {
    if (ctx.out.length >= MAX_ACTIONS || ctx.linksSeen >= MAX_LINKS_SCANNED) break;
    if (!b.boilerplate || b.links.length === 0 || b.text.length > 300) continue;
    if (!SUBSCRIBE_INVITE.test(b.text)) continue;
    ctx.block = b.index;
    fromInlineLinks(ctx, b, blockText(b), 'subscribe');
  }
  // In a digest, "Share on Facebook" under each story shares that story, not the email.
  if (ctx.out.some((a) => a.kind === 'share') && extractDigest(doc).isDigest) {
    return ctx.out.filter((a) => a.kind !== 'share' || !PER_STORY_SHARE.test(a.label));
  }
  return ctx.out;
}
