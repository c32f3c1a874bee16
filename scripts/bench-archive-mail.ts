import { readFile } from 'node:fs/promises';
import { loadEmailFile } from '../lib/email/load-file';
import {
  base64Lines,
  pick,
  quotedPrintable,
  rfc2822,
  rng,
  wrap,
  type GeneratedMail,
  type Platform,
} from '../tests/archive/generated-mail';
import { benchFiles, textToHtml } from './bench-inputs';

// The archive bench's newsletters, the size real ones are: 30–100 KB, most of it table layout,
// inline styles, Outlook conditionals and long click-tracking links around a few stories. The
// stories are the project's own samples and fixtures (never the shared corpus), several to a
// message, with words swapped from a seeded pool so no two messages are the same text; the
// headers and transfer encodings follow the common sending platforms.

/** The body HTML of every sample and fixture (text ones rendered as paragraphs). */
export async function storyBodies(): Promise<string[]> {
  const out: string[] = [];
  for (const { group, path } of benchFiles()) {
    if (group === 'corpus') continue;
    try {
      const s = await loadEmailFile(path, await readFile(path));
      const html = s.html?.trim() ? s.html : textToHtml(s.text ?? '');
      const open = html.search(/<body[^>]{0,500}>/i);
      const start = open < 0 ? 0 : html.indexOf('>', open) + 1;
      const close = html.toLowerCase().lastIndexOf('</body>');
      out.push(html.slice(start, close < start ? html.length : close));
    } catch {
      // A fixture the loaders refuse on purpose (a binary file, say) is not a story.
    }
  }
  return out;
}

/** Words of the stories themselves: swapping among them keeps each message's languages. */
function wordPool(bodies: readonly string[]): string[] {
  const words = new Set<string>();
  for (const b of bodies) {
    for (const m of b.replace(/<[^>]{0,2000}>/g, ' ').matchAll(/\p{L}{5,}/gu)) words.add(m[0]);
  }
  return [...words].sort();
}

/** Swaps about a fifth of the longer words of the text between tags; tags and entities stay. */
function vary(html: string, r: () => number, pool: readonly string[]): string {
  return html.replace(/<[^>]{0,2000}>|&#?\w{1,10};|\p{L}{5,}/gu, (m) =>
    m.startsWith('<') || m.startsWith('&') || r() > 0.2 ? m : pick(r, pool),
  );
}

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';
const token = (r: () => number, n: number) =>
  Array.from({ length: n }, () => TOKEN[Math.floor(r() * TOKEN.length)]).join('');

/** Every http(s) link through the platform's click tracker, as sending platforms rewrite them. */
function trackLinks(html: string, r: () => number, host: string): string {
  return html.replace(
    /href="(https?:[^"]{1,2000})"/g,
    () => `href="https://${host}/ls/click?upn=${token(r, 180 + Math.floor(r() * 200))}"`,
  );
}

const FONT = 'font-family:Helvetica,Arial,sans-serif';

/** One story in the nested, inline-styled tables every email builder emits. */
function section(story: string, r: () => number): string {
  const pad = pick(r, ['9px 18px', '18px 24px', '0 18px 9px']);
  return `
<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0"><tr><td><![endif]-->
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;mso-line-height-rule:exactly;-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;">
<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%;border-collapse:collapse;" width="100%" class="mcnTextContentContainer">
<tbody><tr><td valign="top" class="mcnTextContent" style="padding:${pad};color:#202020;${FONT};font-size:16px;line-height:150%;text-align:left;word-break:break-word;">
${story}
</td></tr></tbody></table></td></tr></tbody></table>
<!--[if mso]></td></tr></table><![endif]-->
<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;border-collapse:collapse;table-layout:fixed!important;"><tbody><tr><td style="min-width:100%;padding:18px;"><table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;border-top:2px solid #EAEAEA;border-collapse:collapse;"><tbody><tr><td><span></span></td></tr></tbody></table></td></tr></tbody></table>`;
}

interface Shape {
  platform: Platform;
  headers: (slug: string, i: number) => string[];
  encoding: 'quoted-printable' | 'base64' | '8bit';
  /** A text/plain alternative next to the HTML, as most platforms send. */
  withText: boolean;
}

// The sending platforms' header sets and encodings; each row is one shape a real archive mixes.
const SHAPES: readonly Shape[] = [
  {
    // Mailchimp-style: quoted-printable HTML, list headers, precedence bulk.
    platform: 'mailchimp',
    headers: (slug, i) => [
      `List-Unsubscribe: <https://${slug}.list-manage.example.net/unsubscribe?u=${i}>`,
      `List-ID: ${slug} <${i % 97}.list.example.net>`,
      'Precedence: bulk',
    ],
    encoding: 'quoted-printable',
    withText: true,
  },
  {
    // Substack-style: one-click unsubscribe, 8bit HTML with a text part.
    platform: 'substack',
    headers: (slug, i) => [
      `List-Unsubscribe: <https://${slug}.substack.example.net/action/disable_email?token=${i}>`,
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      `List-Id: <${slug}.substack.example.net>`,
    ],
    encoding: '8bit',
    withText: true,
  },
  {
    // beehiiv-style: a single base64 HTML part.
    platform: 'beehiiv',
    headers: (slug, i) => [`List-Unsubscribe: <https://${slug}.beehiiv.example.net/unsub/${i}>`],
    encoding: 'base64',
    withText: false,
  },
  {
    // Ghost/Kit-style: quoted-printable HTML alone.
    platform: 'ghost',
    headers: (slug, i) => [
      `List-Unsubscribe: <https://${slug}.ghost.example.net/unsubscribe/?uuid=${i}>`,
      'Precedence: bulk',
    ],
    encoding: 'quoted-printable',
    withText: false,
  },
];

const PUBLICATIONS = ['The Weekly Ledger', 'Shift Notes', 'Harbor & Rail', 'Field Report'];
const MAX_BYTES = 100 * 1024;
const START = Date.UTC(2023, 0, 2, 7, 0, 0);

function encode(text: string, encoding: Shape['encoding']): string {
  if (encoding === 'base64') return base64Lines(text);
  return encoding === 'quoted-printable' ? quotedPrintable(text) : text;
}

/** The plain-text alternative: the HTML's text, wrapped; some paragraphs open with "From ". */
function textPart(html: string, i: number): string {
  const text = html
    .replace(/<!--[\s\S]{0,2000}?-->|<[^>]{0,2000}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&\w{1,8};/g, '')
    .split(/\s{2,}/)
    .filter((p) => p.trim().length > 0);
  if (i % 3 === 0) text.splice(1, 0, `From the editor: issue ${i} is in your inbox.`);
  return text.map((p) => wrap(p.trim())).join('\n\n');
}

export class NewsletterMaker {
  private readonly pool: string[];

  constructor(private readonly bodies: readonly string[]) {
    if (bodies.length === 0) throw new Error('no samples or fixtures to make newsletters of');
    this.pool = wordPool(bodies);
  }

  /** Newsletter `i` (deterministic): 30–100 KB as an RFC 822 message. */
  mail(i: number): GeneratedMail {
    const r = rng(i * 104729 + 7);
    const shape = SHAPES[i % SHAPES.length]!;
    const publication = pick(r, PUBLICATIONS);
    const slug = publication.toLowerCase().replace(/[^a-z]+/g, '');
    const host = `click.${shape.platform}.example.net`;
    // What the HTML grows to on the wire: the transfer encoding's overhead and the text part.
    const growth =
      (shape.encoding === 'base64' ? 1.36 : shape.encoding === 'quoted-printable' ? 1.08 : 1) +
      (shape.withText ? 0.15 : 0);
    // Stories are added while under the target; the last one may overshoot by one story.
    const target = (30 + r() * 60) * 1024;
    const lead = Math.floor(r() * this.bodies.length);
    const preheader = `<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">${publication}, issue ${i}${'&nbsp;&zwnj;'.repeat(40)}</div>`;
    const header = `<table role="presentation" width="100%" style="background:#f4f4f4"><tr><td align="center" style="padding:12px;${FONT};font-size:12px"><a href="https://${slug}.example.com/issue/${i}" style="color:#656565">View this email in your browser</a></td></tr><tr><td align="center"><a href="https://${slug}.example.com/"><img src="https://cdn.example.net/${slug}/logo.png" alt="${publication}" width="180" height="48" style="display:block;border:0"></a></td></tr></table>`;
    const footer = `<table role="presentation" width="100%" style="background:#fafafa"><tr><td align="center" style="padding:24px;${FONT};font-size:12px;color:#656565;line-height:150%"><em>Copyright © ${2023 + (i % 3)} ${publication}, all rights reserved.</em><br>You are receiving this email because you opted in on our website.<br><br><strong>Our mailing address is:</strong><br>${publication}, 12 Mill Road, Riverton<br><br><a href="https://${slug}.example.com/profile?u=${i}">update your preferences</a> or <a href="https://${slug}.example.com/unsubscribe?u=${i}">unsubscribe from this list</a></td></tr></table><img src="https://${host}/open/${token(r, 40)}.gif" width="1" height="1" alt="" style="display:none">`;
    const sections: string[] = [];
    let size = preheader.length + header.length + footer.length;
    for (let k = 0; size * growth < target || k === 0; k++) {
      const story = vary(this.bodies[(lead + k * 7) % this.bodies.length]!, r, this.pool);
      const s = trackLinks(section(story, r), r, host);
      sections.push(s);
      size += s.length;
    }
    const date = new Date(START + i * 5 * 3600_000 + Math.floor(r() * 3600) * 1000);
    const fromAddress = `${slug}@${shape.platform}.example.net`;
    const messageId = `<bench-${i}.${shape.platform}@mail.example.net>`;
    const subject = `${publication} #${i}: ${(/\p{L}[^<]{10,80}/u.exec(sections[0]!.replace(/<[^>]{0,2000}>/g, ' '))?.[0] ?? 'this week').trim()}`;
    const head = [
      `From: ${publication} <${fromAddress}>`,
      'To: reader@example.org',
      `Subject: ${subject}`,
      `Date: ${rfc2822(date, 0)}`,
      `Message-ID: ${messageId}`,
      ...shape.headers(slug, i),
      'MIME-Version: 1.0',
    ];
    const boundary = `=_bench_${i}_${token(r, 12)}`;
    const assemble = (): string => {
      const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${publication}</title></head><body style="margin:0;padding:0;background:#ffffff">${preheader}<center>${trackLinks(header, r, host)}${sections.join('')}${trackLinks(footer, r, host)}</center></body></html>`;
      const htmlPart = [
        'Content-Type: text/html; charset=utf-8',
        `Content-Transfer-Encoding: ${shape.encoding}`,
        '',
        encode(html, shape.encoding),
      ];
      if (!shape.withText)
        return `${[...head, ...htmlPart.slice(0, 2)].join('\n')}\n\n${htmlPart[3]}`;
      const body = [
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        textPart(html, i),
        `--${boundary}`,
        ...htmlPart,
        `--${boundary}--`,
        '',
      ].join('\n');
      const type = `Content-Type: multipart/alternative;\n boundary="${boundary}"`;
      return `${[...head, type].join('\n')}\n\n${body}`;
    };
    let raw = assemble();
    while (raw.length > MAX_BYTES && sections.length > 1) {
      sections.pop();
      raw = assemble();
    }
    return {
      raw,
      platform: shape.platform,
      newsletter: true,
      messageId,
      subject,
      date,
      fromAddress,
    };
  }
}
