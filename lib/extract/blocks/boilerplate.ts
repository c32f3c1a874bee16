import type { Block } from './document';

// Footer and header chrome that is not the newsletter: view-in-browser, unsubscribe and
// preference blocks, social rows, postal addresses, copyright and legal lines, archive notices.
// Marked (not removed) so an extractor that wants a footer link can still find it. Patterns are a
// named table, in the languages the corpus has (en, nl, de, fr, es), so each rule has its evidence.

interface Pattern {
  name: string;
  re: RegExp;
  /** Starts the footer: every short block after it is chrome too. */
  footer?: boolean;
}

export const BOILERPLATE_PATTERNS: Pattern[] = [
  { name: 'unsubscribe', re: /\bunsubscribe\b|\bopt[- ]out\b/i, footer: true },
  {
    name: 'preferences',
    re: /\b(manage|update|change|edit) (your |my )?(email |e-mail |subscription |mailing )?(preferences|subscriptions?|settings)\b|\b(receive|get) fewer emails\b|\bemail preferences\b/i,
    footer: true,
  },
  {
    name: 'view-in-browser',
    re: /\bview (this |the )?(email|e-mail|message|newsletter|it)? ?(in (your|a|the)? ?(web )?browser|online|as a web ?page)\b|\b(having )?trouble (viewing|reading) this (email|message)\b|\bemail not displaying correctly\b|\bopen in (the )?app\b/i,
  },
  { name: 'links-removed', re: /\blinks? (have|has) been removed from this (email|message)\b/i },
  {
    name: 'why-received',
    re: /\byou (are |were )?receiv(ed|ing) this (email|e-mail|message|newsletter)\b|\bthis (email|message) was sent to\b|\byou('re| are) receiving this because\b|\bsent to you because\b|\byou (signed|opted) (up|in)\b.{0,60}\b(list|newsletter|website|emails?)\b/i,
    footer: true,
  },
  {
    name: 'forward',
    re: /\bforward (this|it) (email )?to a friend\b/i,
  },
  {
    name: 'copyright',
    re: /^(copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b/i,
    footer: true,
  },
  { name: 'mailing-address', re: /\bour mailing address is\b/i, footer: true },
  { name: 'paid-for-by', re: /^paid for by\b/i },
  // Text-mail signature ("-- " line) and the list footer Mailman and its kin append.
  { name: 'signature', re: /^-- ?(\s|$)/ },
  {
    name: 'list-footer',
    re: /\bmailing list\b.{0,120}(listinfo|\/mailman\/|lists?\.)|^to unsubscribe send an email to\b/i,
    footer: true,
  },
  {
    name: 'powered-by',
    re: /\b(powered by|sent (with|via)) (mailchimp|substack|beehiiv|convertkit|kit|ghost|buttondown|sendinblue|brevo|mailerlite|campaign monitor)\b/i,
  },
  {
    name: 'add-to-address-book',
    re: /\badd (us|[\w.+-]+@[\w.-]+) to your (address book|contacts|safe senders)\b/i,
  },
  // Dutch
  {
    name: 'nl',
    re: /\b(afmelden|uitschrijven|meld je af|schrijf je uit)\b|\b(je|u) ontvangt deze (e-?mail|nieuwsbrief)\b|\bniet goed weergegeven\b|\bbekijk (deze e-?mail |hem |het )?(online|in (je|uw) browser)\b|\bvoorkeuren (wijzigen|aanpassen|beheren)\b/i,
    footer: true,
  },
  // German
  {
    name: 'de',
    re: /\b(abmelden|abbestellen|newsletter abbestellen)\b|\bsie erhalten diese (e-?mail|nachricht)\b|\bim browser (ansehen|anzeigen|öffnen)\b/i,
    footer: true,
  },
  // French
  {
    name: 'fr',
    re: /\b(se )?d[ée]sabonner\b|\bd[ée]sinscri(re|ption|vez)\b|\bvous recevez cet (e-?mail|courriel)\b|\bvoir (la version )?(en ligne|dans (votre|le) navigateur)\b/i,
    footer: true,
  },
  // Spanish
  {
    name: 'es',
    re: /\bdarse de baja\b|\bcancelar (la |tu |su )?suscripci[oó]n\b|\bver (en (el|tu|su) navegador|en l[ií]nea)\b/i,
    footer: true,
  },
];

/** All the patterns as one alternation (case-insensitivity changes none of the case-sensitive ones). */
const ANY_BOILERPLATE = new RegExp(
  BOILERPLATE_PATTERNS.map((p) => `(?:${p.re.source})`).join('|'),
  'i',
);

const SOCIAL_HOST =
  /(^|\.)(twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|linkedin\.com|youtube\.com|youtu\.be|tiktok\.com|threads\.net|bsky\.app|mastodon\.social|pinterest\.com|reddit\.com|t\.me|whatsapp\.com|wa\.me)$/i;
const SOCIAL_WORD =
  /^(twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|pinterest|reddit|telegram|whatsapp|rss|website|follow( us)?( on)?|[|·•,/&]|and|en|und|et|y)$/i;

/** A row of social-network links or names ("Bluesky", "Facebook | X | Instagram"). */
export function isSocialRow(b: Block): boolean {
  const words = b.text
    .toLowerCase()
    .split(/[\s|·•,/]+/)
    .filter(Boolean);
  const wordsAreSocial = words.every((w) => SOCIAL_WORD.test(w));
  if (b.text && (!wordsAreSocial || words.length > 12)) return false;
  if (b.links.length === 0) return b.text !== '' && words.some((w) => /^[a-z]{4,}$/.test(w));
  return b.links.every((l) => {
    const host = hostOf(l.href);
    return host === null ? wordsAreSocial : SOCIAL_HOST.test(host) || SOCIAL_WORD.test(l.text);
  });
}

function hostOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href).hostname;
  } catch {
    return null;
  }
}

const STREET =
  /\b\d{1,5}[A-Za-z]?\s+([A-Z][\w.'-]*\s){0,4}(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|way|suite|floor|place|pl\.?|square|sq\.?|court|ct\.?|parkway|pkwy\.?)\b|\b(p\.?\s?o\.?\s?box|postbus|postfach)\s*\d+/i;
const POSTCODE =
  /\b[A-Z]{2}\s+\d{5}(-\d{4})?\b|\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|\b\d{5}\s+[A-Z][a-zà-ÿ]+/;
const STREET_WORD =
  /\b[A-Z][a-zà-ÿ]+(straat|gracht|weg|laan|plein|kade|stra(ss|ß)e|platz|gasse)\s+\d+/;

/** A postal address line or block (the legal footer of commercial and campaign mail). */
export function isPostalAddress(text: string): boolean {
  if (text.length > 260) return false;
  const street = STREET.test(text) || STREET_WORD.test(text);
  return street && (POSTCODE.test(text) || /\b(P\.?O\.? Box|Suite)\b/i.test(text));
}

/** Blocks after the footer starts that are this short are chrome too. */
const FOOTER_TAIL_MAX = 300;

export function markBoilerplate(blocks: Block[]): void {
  let footerStart = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.text.length >= 400) continue;
    // One scan with the union first: most blocks match none of the patterns.
    const hit = ANY_BOILERPLATE.test(b.text)
      ? BOILERPLATE_PATTERNS.find((p) => p.re.test(b.text))
      : undefined;
    if (hit) {
      b.boilerplate = true;
      // The footer is in the last part of the mail; a header "unsubscribe" link does not start it.
      if (hit.footer && footerStart < 0 && i >= blocks.length * 0.5) footerStart = i;
      continue;
    }
    if (isSocialRow(b) || isPostalAddress(b.text)) b.boilerplate = true;
    else if (!b.text && b.links.length === 0) b.boilerplate = true;
  }
  if (footerStart >= 0) {
    for (let i = footerStart + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.text.length <= FOOTER_TAIL_MAX && b.kind !== 'heading') b.boilerplate = true;
    }
  }
}
