import fc from 'fast-check';

// Generators for the property tests: text in many scripts, random HTML trees shaped like email
// (tables, buttons, hidden preheaders, hostile links), and raw MIME messages to be mutated.

/** Words in the scripts mail is written in, including right-to-left ones and emoji. */
const WORDS = [
  'strike',
  'council',
  'vote',
  'Tuesday',
  '“We will not wait,”',
  'said',
  'Ana Ruiz.',
  'Donate',
  'staking',
  'verkiezing',
  'kinderen',
  'grève',
  'München',
  'ÅRSMØTE',
  'مرحبا',
  'العمال',
  'النقابة',
  'שלום',
  'עובדים',
  'שביתה', // right-to-left
  '工会',
  '罢工',
  '東京',
  'ストライキ',
  '노동조합',
  'Забастовка',
  'рабочих',
  'ελληνικά',
  'हड़ताल',
  'ธนาคาร',
  '🎉',
  '✊🏽',
  '👩‍👩‍👧',
  '🇺🇦',
  '❤️',
  '🔥🔥🔥',
  '\u200b',
  '\u00ad',
  '\u202e',
  '\u2066',
  '\ufeff',
  '&amp;',
  '&lt;b&gt;',
  '&#8203;',
  '&nbsp;',
];

export const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

export const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((ws) => ws.join(' '));

export const prose = fc.array(sentence, { minLength: 0, maxLength: 6 }).map((ss) => ss.join('. '));

const HREFS = [
  'https://example.org/story',
  'http://news.example.com/a?utm_source=x',
  'mailto:editor@example.org',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java&#x73;cript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '#top',
  '/relative/path',
  '',
  'https://click.example.net/track?url=https%3A%2F%2Fexample.org%2Freal',
  'https://user:pass@bank.example@evil.example/',
  'http://[::1',
];

const ATTRS = [
  '',
  ' style="display:none"',
  ' style="font-size:0;max-height:0;opacity:0"',
  ' class="preheader"',
  ' hidden',
  ' aria-hidden="true"',
  ' style="font-weight:bold"',
  ' bgcolor="#cc0000" style="padding:12px"',
  ' class="button"',
  ' dir="rtl"',
  ' onclick="alert(1)"',
  ' width="1" height="1"',
];

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'table',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'blockquote',
  'ul',
  'ol',
  'li',
  'b',
  'strong',
  'i',
  'em',
  'center',
  'font',
  'pre',
  'q',
  'section',
  'header',
  'footer',
  'br',
  'img',
  'hr',
  'style',
  'script',
  'title',
  'svg',
  'button',
  'form',
  'input',
  'math',
  'template',
  'noscript',
  'iframe',
  'textarea',
  'xmp',
  'plaintext',
  'o:p',
  'v:rect',
  'custom-el',
];

const VOID = new Set(['br', 'img', 'hr', 'input']);

export const htmlTree: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>(
  (tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, prose, tie('element')),
    element: fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attr: fc.constantFrom(...ATTRS),
        href: fc.constantFrom(...HREFS),
        children: fc.array(tie('node'), { maxLength: 5 }),
        closed: fc.boolean(),
      })
      .map(({ tag, attr, href, children, closed }) => {
        const extra =
          tag === 'a' ? ` href="${href}"` : tag === 'img' ? ` src="${href}" alt="pic"` : '';
        const open = `<${tag}${attr}${extra}>`;
        if (VOID.has(tag)) return open;
        // Unclosed tags are common in real mail; the parser has to recover.
        return `${open}${children.join('')}${closed ? `</${tag}>` : ''}`;
      }),
  }),
).node;

/** A whole page, sometimes with a head and a doctype, sometimes a bare fragment. */
export const htmlDocument = fc
  .record({
    body: fc.array(htmlTree, { minLength: 1, maxLength: 6 }).map((xs) => xs.join('\n')),
    wrapped: fc.boolean(),
    title: prose,
  })
  .map(({ body, wrapped, title }) =>
    wrapped
      ? `<!DOCTYPE html><html><head><title>${title}</title><style>p{color:red}</style></head><body>${body}</body></html>`
      : body,
  );

/** Cuts, splices and byte flips applied to a string (malformed input from well-formed input). */
export function mutate(source: string): fc.Arbitrary<string> {
  const n = Math.max(1, source.length);
  return fc.oneof(
    fc.nat(n).map((i) => source.slice(0, i)),
    fc
      .tuple(fc.nat(n), fc.nat(n))
      .map(([a, b]) => source.slice(0, Math.min(a, b)) + source.slice(Math.max(a, b))),
    fc
      .tuple(fc.nat(n), fc.string({ unit: 'binary', maxLength: 20 }))
      .map(([i, s]) => source.slice(0, i) + s + source.slice(i)),
    fc
      .tuple(
        fc.nat(n),
        fc.constantFrom('<', '>', '"', '&', '<!--', ']]>', '</', '<a href="', '\0', '\r'),
      )
      .map(([i, s]) => source.slice(0, i) + s + source.slice(i)),
  );
}

const CHARSETS = [
  'utf-8',
  'UTF-8',
  'iso-8859-1',
  'windows-1252',
  'iso-2022-jp',
  'utf-16',
  'utf-7',
  'x-unknown-charset',
  '"utf-8',
  '',
  'koi8-r',
  'shift_jis',
];
const ENCODINGS = ['7bit', '8bit', 'quoted-printable', 'base64', 'x-uuencode', 'binary', 'bogus'];

/** A raw MIME message (multipart/alternative or single part) with arbitrary charset labels. */
export const mimeMessage = fc
  .record({
    subject: sentence,
    text: prose,
    html: htmlTree,
    charset: fc.constantFrom(...CHARSETS),
    encoding: fc.constantFrom(...ENCODINGS),
    multipart: fc.boolean(),
    bodyBytes: fc.constantFrom('utf8', 'latin1', 'utf16le') as fc.Arbitrary<BufferEncoding>,
  })
  .map(({ subject, text, html, charset, encoding, multipart, bodyBytes }) => {
    const cs = charset ? `; charset=${charset}` : '';
    const encode = (s: string): string =>
      encoding === 'base64'
        ? Buffer.from(s, bodyBytes).toString('base64').replace(/.{76}/g, '$&\r\n')
        : encoding === 'quoted-printable'
          ? s
              .replace(/=/g, '=3D')
              .replace(
                /[^\x20-\x7e\r\n]/g,
                (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0').slice(-2)}`,
              )
          : s;
    const headers = [
      'From: "Shop Floor Digest" <digest@example.org>',
      'To: reader@example.org',
      `Subject: ${subject.replace(/[\r\n]/g, ' ')}`,
      'Date: Mon, 2 Mar 2026 09:00:00 +0000',
      'MIME-Version: 1.0',
    ];
    let body: string;
    if (multipart) {
      headers.push('Content-Type: multipart/alternative; boundary="b1"');
      body = [
        '--b1',
        `Content-Type: text/plain${cs}`,
        `Content-Transfer-Encoding: ${encoding}`,
        '',
        encode(text),
        '--b1',
        `Content-Type: text/html${cs}`,
        `Content-Transfer-Encoding: ${encoding}`,
        '',
        encode(html),
        '--b1--',
        '',
      ].join('\r\n');
    } else {
      headers.push(`Content-Type: text/html${cs}`, `Content-Transfer-Encoding: ${encoding}`);
      body = encode(html);
    }
    // Headers in ASCII/UTF-8; the body in bytes that may not match the charset it declares.
    return Buffer.concat([
      Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'utf8'),
      Buffer.from(body, encoding === 'base64' ? 'latin1' : bodyBytes),
    ]);
  });
