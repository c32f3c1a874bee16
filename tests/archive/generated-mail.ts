// Newsletters (and some personal mail) generated for the archive tests and the archive bench, in
// the shapes several sending platforms give their messages: Substack, Mailchimp, beehiiv, Kit,
// Buttondown, Ghost, a Mailman discussion list, a bulk-only announcement, and personal mail with
// no list headers at all. All text is made up here from small word pools; it is deterministic
// (seeded), so a test can count on message N being the same every run.

export type Platform =
  | 'substack'
  | 'mailchimp'
  | 'beehiiv'
  | 'kit'
  | 'buttondown'
  | 'ghost'
  | 'mailman'
  | 'bulk-only'
  | 'personal';

/** The rotation: seven of every nine are newsletters (several shapes), two are personal mail. */
export const PLATFORMS: readonly Platform[] = [
  'substack',
  'mailchimp',
  'personal',
  'beehiiv',
  'kit',
  'buttondown',
  'ghost',
  'personal',
  'mailman',
  'bulk-only',
];

/** The newsletter shapes alone, for an archive of newsletters only (the bench's). */
export const NEWSLETTER_PLATFORMS: readonly Platform[] = PLATFORMS.filter((p) => p !== 'personal');

export interface GeneratedMail {
  /** The RFC 822 message with LF line ends (the mbox writer turns them to CRLF when asked). */
  raw: string;
  platform: Platform;
  newsletter: boolean;
  messageId: string | null;
  subject: string;
  date: Date;
  fromAddress: string;
}

/** A small seeded generator (mulberry32): the same sequence on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'Tomas', 'Aisha', 'Jun', 'Olga', 'Kwame', 'Lena', 'Ravi', 'Ines', 'Piet'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Herrera', 'Novak', 'Brandt', 'Osei'];
const CITIES = ['Riverton', 'Eastbrook', 'Port Ellis', 'Galen Falls', 'Marlow', 'Westhaven'];
const ORGS = [
  'transit workers',
  'library staff',
  'nurses at the county hospital',
  'warehouse pickers',
  'school bus drivers',
  'tenants of the Oak Street blocks',
];
const ACTS = [
  'voted to authorise a strike',
  'delivered a petition to the council',
  'won a new contract',
  'held a rally outside city hall',
  'launched a rent strike',
  'formed a union',
];
const ROLES = ['shop steward', 'organiser', 'council member', 'tenant leader', 'nurse'];
const PUBS = [
  'The Riverton Ledger',
  'Shift Notes',
  'The Commons Weekly',
  'Harbor & Rail',
  'Ground Game',
  'The Tenant Wire',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

// A few paragraphs in other languages, so an archive is not English only.
const FOREIGN: Record<string, string[]> = {
  de: [
    'Die Beschäftigten der Verkehrsbetriebe haben am Montag mit großer Mehrheit für einen Warnstreik gestimmt.',
    'Nach Angaben der Gewerkschaft beteiligten sich mehr als achthundert Mitglieder an der Abstimmung.',
    'Die Stadtverwaltung will die Gespräche in der kommenden Woche fortsetzen.',
  ],
  fr: [
    'Les locataires de la rue des Chênes ont remis lundi une pétition signée par trois cents familles.',
    'Selon l’association, les loyers ont augmenté de douze pour cent en deux ans.',
    'Une réunion publique est prévue à la mairie le mois prochain.',
  ],
  nl: [
    'De bibliotheekmedewerkers in Marlow hebben dinsdag een nieuwe cao binnengehaald.',
    'Volgens de vakbond gaan de lonen de komende twee jaar met zes procent omhoog.',
    'De gemeente noemt het akkoord een belangrijke stap voor het personeel.',
  ],
};

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** "Mon, 01 Jan 2024 09:00:00 +0100": an RFC 2822 date written in the given offset. */
export function rfc2822(date: Date, offsetMinutes: number): string {
  const d = new Date(date.getTime() + offsetMinutes * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${sign}${p(Math.floor(off / 60))}${p(off % 60)}`;
}

/** The asctime() date of an mbox envelope line: "Mon Jan  1 09:00:00 2024" (UTC). */
export function asctime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, ' ')} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} ${date.getUTCFullYear()}`;
}

interface Story {
  headline: string;
  dek: string;
  author: string;
  publication: string;
  paragraphs: string[];
  quote: { text: string; speaker: string };
  url: string;
  language: string;
}

function story(r: () => number, i: number): Story {
  const city = pick(r, CITIES);
  const org = pick(r, ORGS);
  const act = pick(r, ACTS);
  const speaker = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const role = pick(r, ROLES);
  const publication = pick(r, PUBS);
  const headline = `${org[0]!.toUpperCase()}${org.slice(1)} in ${city} ${act}`;
  const quote = {
    text: `We did not get here by waiting for somebody else to fix it for us`,
    speaker,
  };
  const paragraphs = [
    `${org[0]!.toUpperCase()}${org.slice(1)} in ${city} ${act} on ${pick(r, WEEKDAYS)}, after months of meetings in break rooms and kitchens across the city.`,
    `"${quote.text}," said ${speaker}, a ${role} who has worked in ${city} for ${3 + Math.floor(r() * 20)} years.`,
    `Organisers say ${200 + Math.floor(r() * 900)} people took part, and that the next step will be decided at a general meeting later this month.`,
    `The city has not yet responded to the demands, which include safer staffing, a cost-of-living raise and an end to unpaid overtime.`,
    `${pick(r, FIRST)} ${pick(r, LAST)}, who chairs the local, said the vote "changes what the other side thinks we can do."`,
  ];
  const language = i % 11 === 5 ? pick(r, ['de', 'fr', 'nl']) : 'en';
  if (language !== 'en') paragraphs.splice(0, 5, ...FOREIGN[language]!);
  for (let k = Math.floor(r() * 4); k > 0; k--) {
    paragraphs.push(
      `In ${pick(r, CITIES)}, ${pick(r, ORGS)} ${pick(r, ACTS)} as well, and ${pick(r, FIRST)} ${pick(r, LAST)} expects more to follow before the end of the year.`,
    );
  }
  return {
    headline,
    dek: `What the vote in ${city} means for the ${org} and for everyone watching`,
    author: `${pick(r, FIRST)} ${pick(r, LAST)}`,
    publication,
    paragraphs,
    quote,
    url: `https://${publication.toLowerCase().replace(/[^a-z]+/g, '')}.example.com/p/story-${i}`,
    language,
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function wrap(text: string, width = 76): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Quoted-printable, as Mailchimp sends its HTML: soft line breaks at 76, `=` escaped. */
export function quotedPrintable(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  let line = '';
  for (const b of bytes) {
    const ch =
      b === 10
        ? '\n'
        : b >= 33 && b <= 126 && b !== 61
          ? String.fromCharCode(b)
          : b === 32
            ? ' '
            : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (ch === '\n') {
      out += `${line}\n`;
      line = '';
      continue;
    }
    if (line.length + ch.length > 75) {
      out += `${line}=\n`;
      line = '';
    }
    line += ch;
  }
  return out + line;
}

export function base64Lines(text: string): string {
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\n');
}

function htmlBody(s: Story, platform: Platform): string {
  const paras = s.paragraphs.map((p) => `<p style="font-size:16px;line-height:1.5">${esc(p)}</p>`);
  const cta = `<p><a href="${s.url}?utm_source=newsletter">Read the full story</a></p><p><a href="https://donate.example.org/${platform}">Donate to keep this reporting free</a></p>`;
  const footer = `<p style="font-size:12px;color:#777">You are receiving this because you subscribed to ${esc(s.publication)}. <a href="https://${platform}.example.net/unsubscribe">Unsubscribe</a> · 12 Mill Road, ${esc(pick(rng(s.url.length), CITIES))}</p>`;
  switch (platform) {
    case 'substack':
      return `<!DOCTYPE html><html lang="${s.language}"><head><meta charset="utf-8"><title>${esc(s.headline)}</title></head><body><div class="post"><h1 class="post-title"><a href="${s.url}">${esc(s.headline)}</a></h1><h3 class="subtitle">${esc(s.dek)}</h3><p class="meta-author">${esc(s.author)}</p><div class="body markup">${paras.join('')}</div>${cta}</div><div class="footer">${footer}</div></body></html>`;
    case 'mailchimp':
      return `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>${esc(s.publication)}</title></head><body><center><table id="bodyTable" width="100%"><tr><td class="mcnTextContent" style="padding:18px"><h1>${esc(s.headline)}</h1><p><em>By ${esc(s.author)}</em></p>${paras.join('')}${cta}</td></tr><tr><td class="footerContainer">${footer}</td></tr></table></center></body></html>`;
    case 'beehiiv':
      return `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>${esc(s.headline)}</title></head><body><div style="display:none;max-height:0;overflow:hidden">${esc(s.dek)}</div><table class="bh__table" width="100%"><tr><td><p class="bh__byline">${esc(s.author)} | <a href="${s.url}">Read Online</a></p><h1>${esc(s.headline)}</h1>${paras.join('')}${cta}${footer}</td></tr></table></body></html>`;
    case 'kit':
      return `<html><body><div class="ck-section"><h2>${esc(s.headline)}</h2><p>Hi friend,</p>${paras.join('')}<p>— ${esc(s.author)}</p>${cta}</div>${footer}</body></html>`;
    default:
      return `<!DOCTYPE html><html lang="${s.language}"><head><meta charset="utf-8"><title>${esc(s.headline)}</title></head><body><article class="post"><header><h1 class="post-title">${esc(s.headline)}</h1><p class="post-excerpt">${esc(s.dek)}</p><p class="byline">By ${esc(s.author)}</p></header><section class="post-content">${paras.join('')}</section>${cta}</article><footer>${footer}</footer></body></html>`;
  }
}

/** The plain-text part; it opens two paragraphs with "From " to exercise mbox quoting. */
function textBody(s: Story, i: number): string {
  const paras = [...s.paragraphs];
  if (i % 3 === 0) paras.splice(1, 0, `From the editor's desk: ${s.dek}.`);
  if (i % 4 === 0)
    paras.push(`From ${2015 + (i % 9)} to today, the ${s.publication} has been reader funded.`);
  return [
    s.headline.toUpperCase(),
    '',
    `By ${s.author}`,
    '',
    ...paras.flatMap((p) => [wrap(p), '']),
    `Read the full story: ${s.url}`,
    '',
    `Unsubscribe: https://lists.example.net/unsubscribe/${i}`,
    '',
  ].join('\n');
}

function personalBody(r: () => number, i: number): { subject: string; text: string } {
  const who = pick(r, FIRST);
  const city = pick(r, CITIES);
  const text = [
    `Hi ${who},`,
    '',
    wrap(
      `Are we still on for ${pick(r, WEEKDAYS)}? I can bring the banner and the clipboards if you can get the key for the hall in ${city}.`,
    ),
    '',
    i % 2 === 0
      ? `From what I heard the room only fits forty, so we may need the yard.`
      : 'Let me know either way.',
    '',
    `${pick(r, FIRST)}`,
    '',
  ].join('\n');
  return { subject: `${pick(r, ['Thursday', 'The banner', 'Keys', 'Re: meeting'])} (${i})`, text };
}

const START = Date.UTC(2024, 0, 1, 7, 0, 0);

/** Message number `i` (0-based) of a generated archive. */
export function generateMail(
  i: number,
  platform: Platform = PLATFORMS[i % PLATFORMS.length]!,
): GeneratedMail {
  const r = rng(i * 7919 + 17);
  const date = new Date(START + i * 9 * 3600_000 + Math.floor(r() * 3600) * 1000);
  const offset = pick(r, [0, 60, -300, 120, -480]);
  const messageId = `<gen-${i}.${platform}@mail.example.net>`;
  if (platform === 'personal') {
    const { subject, text } = personalBody(r, i);
    const fromAddress = `${pick(r, FIRST).toLowerCase()}@friends.example.org`;
    const latin1 = i % 4 === 2;
    const headers = [
      `From: ${fromAddress}`,
      'To: reader@example.org',
      `Subject: ${subject}`,
      `Date: ${rfc2822(date, offset)}`,
      ...(i % 20 === 2 ? [] : [`Message-ID: ${messageId}`]),
      'MIME-Version: 1.0',
      `Content-Type: text/plain; charset=${latin1 ? 'iso-8859-1' : 'utf-8'}`,
      `Content-Transfer-Encoding: ${latin1 ? 'quoted-printable' : '8bit'}`,
    ];
    const body = latin1
      ? text.replace(/[^\x20-\x7e\n]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase()}`)
      : text;
    return {
      raw: `${headers.join('\n')}\n\n${body}`,
      platform,
      newsletter: false,
      messageId: i % 20 === 2 ? null : messageId,
      subject,
      date,
      fromAddress,
    };
  }
  const s = story(r, i);
  const slug = s.publication.toLowerCase().replace(/[^a-z]+/g, '');
  const fromAddress = `${slug}@${platform}.example.net`;
  const listHeaders: Record<Platform, string[]> = {
    substack: [
      `List-Unsubscribe: <https://${slug}.substack.example.net/action/disable_email?token=${i}>`,
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      `List-Id: <${slug}.substack.example.net>`,
    ],
    mailchimp: [
      `List-Unsubscribe: <mailto:unsubscribe-${i}@mc.example.net?subject=unsubscribe>,\n <https://${slug}.list-manage.example.net/unsubscribe?u=${i}>`,
      `List-ID: ${s.publication} <${i % 97}.mc.example.net>`,
      'X-Mailer: MailChimp Mailer',
      'Precedence: bulk',
    ],
    beehiiv: [`list-unsubscribe: <https://${slug}.beehiiv.example.net/unsub/${i}>`],
    kit: ['Precedence: bulk', `List-Unsubscribe: <https://unsubscribe.kit.example.net/${i}>`],
    buttondown: [`List-Unsubscribe: <mailto:${slug}+unsubscribe@buttondown.example.net>`],
    ghost: [`List-Unsubscribe: <https://${slug}.ghost.example.net/unsubscribe/?uuid=${i}>`],
    mailman: [
      `List-Id: Tenants organising list <organise.${slug}.lists.example.net>`,
      `List-Post: <mailto:organise@${slug}.lists.example.net>`,
      'Precedence: list',
    ],
    'bulk-only': ['Precedence: bulk'],
    personal: [],
  };
  const head = [
    `From: ${s.publication} <${fromAddress}>`,
    'To: reader@example.org',
    `Subject: ${s.headline}`,
    `Date: ${rfc2822(date, offset)}`,
    `Message-ID: ${messageId}`,
    ...listHeaders[platform],
    'MIME-Version: 1.0',
  ];
  const html = htmlBody(s, platform);
  const text = textBody(s, i);
  let body: string;
  if (platform === 'buttondown' || platform === 'mailman' || platform === 'bulk-only') {
    head.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
    body = text;
  } else if (platform === 'beehiiv') {
    head.push('Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64');
    body = base64Lines(html);
  } else {
    const boundary = `=_gen_${i}_${platform}`;
    head.push(`Content-Type: multipart/alternative;\n boundary="${boundary}"`);
    const htmlPart =
      platform === 'mailchimp'
        ? [
            'Content-Type: text/html; charset=utf-8',
            'Content-Transfer-Encoding: quoted-printable',
            '',
            quotedPrintable(html),
          ]
        : ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', html];
    body = [
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      text,
      `--${boundary}`,
      ...htmlPart,
      `--${boundary}--`,
      '',
    ].join('\n');
  }
  return {
    raw: `${head.join('\n')}\n\n${body}`,
    platform,
    newsletter: true,
    messageId,
    subject: s.headline,
    date,
    fromAddress,
  };
}

export interface MboxOptions {
  /** mboxrd quotes every `>*From ` line; mboxo only `From ` lines (the historic, lossy form). */
  quoting?: 'mboxrd' | 'mboxo';
  eol?: '\n' | '\r\n';
  /** Gmail Takeout's envelope ("From 1789…@xxx Mon Jan 01 …") or the classic one. */
  envelope?: 'classic' | 'takeout';
}

/** One message as it sits in an mbox file: envelope line, quoted body, blank line after. */
export function mboxEntry(mail: GeneratedMail, i: number, opts: MboxOptions = {}): string {
  const eol = opts.eol ?? '\n';
  const quote = (opts.quoting ?? 'mboxrd') === 'mboxrd' ? /^(>*From )/gm : /^(From )/gm;
  const envelope =
    opts.envelope === 'takeout'
      ? `From ${1780000000000000000n + BigInt(i)}@xxx ${asctime(mail.date).replace(/ (\d{4})$/, ' +0000 $1')}`
      : `From ${mail.fromAddress} ${asctime(mail.date)}`;
  const body = mail.raw.replace(quote, '>$1');
  return `${envelope}\n${body}${body.endsWith('\n') ? '' : '\n'}\n`.replace(/\n/g, eol);
}

export function toMbox(mails: readonly GeneratedMail[], opts: MboxOptions = {}): string {
  return mails.map((m, i) => mboxEntry(m, i, opts)).join('');
}

export function generateMails(count: number, from = 0): GeneratedMail[] {
  return Array.from({ length: count }, (_, k) => generateMail(from + k));
}
