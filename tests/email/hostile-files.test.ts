import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEml } from '../../lib/email/eml';
import { loadEmailFile } from '../../lib/email/load-file';
import { decodeText } from '../../lib/email/decode-text';

// Hostile and awkward files at the loaders (issue 14: W2, W3, W4, W5, F8): what is read, what is
// refused, and with what one-line reason.

const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

const HEAD = `From: "City Desk" <desk@citynews.example.org>
To: reader@example.org
Subject: Budget night
Date: Tue, 3 Mar 2026 18:00:00 +0000
MIME-Version: 1.0`;

const ARTICLE =
  '<html><body><h1>Council passes the transit budget</h1><p>The council passed the budget late on Tuesday after a four-hour public hearing on transit.</p><p>Three new bus lines will start in the spring, and fares stay the same for another year.</p></body></html>';

describe('charsets (W2)', () => {
  it('an .eml that declares utf-8 but holds Latin-1 bytes falls back to windows-1252', async () => {
    const raw = Buffer.concat([
      Buffer.from(
        crlf(
          `${HEAD}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n`,
        ),
      ),
      Buffer.from(
        '<p>The new caf\xe9 on the square served na\xefve coffee \x93all day\x94.</p>\r\n',
        'latin1',
      ),
    ]);
    const s = await loadEml(raw);
    expect(s.html).toContain('café');
    expect(s.html).toContain('naïve');
    expect(s.html).toContain('“all day”');
    expect(s.html).not.toContain('\uFFFD');
  });

  it('a Subject and From name in raw Latin-1 bytes are read as windows-1252 too', async () => {
    const raw = Buffer.concat([
      Buffer.from(
        'From: Jos\xe9 Mar\xeda <jose@example.org>\r\nSubject: Caf\xe9 news \x96 today\r\n',
        'latin1',
      ),
      Buffer.from(
        crlf(
          `Date: Tue, 3 Mar 2026 18:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n${ARTICLE}\n`,
        ),
      ),
    ]);
    const s = await loadEml(raw);
    expect(s.subject).toBe('Café news – today');
    expect(s.from).toEqual({ name: 'José María', address: 'jose@example.org' });
  });

  it('keeps real UTF-8 in another part of the same message as it is', async () => {
    const raw = Buffer.concat([
      Buffer.from(
        crlf(
          `${HEAD}\nContent-Type: multipart/alternative; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nZürich – “fine”\n--b1\nContent-Type: text/html; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n<p>Caf=E9 au lait</p>\n--b1--\n`,
        ),
      ),
    ]);
    const s = await loadEml(raw);
    expect(s.text).toContain('Zürich – “fine”');
    expect(s.html).toContain('Café au lait');
  });

  it('decodes .html files that declare a legacy CJK charset', async () => {
    const title = '都が自転車道計画を発表';
    const page = (cs: string): string =>
      `<html><head><meta charset="${cs}"><title>${title}</title></head><body><p>説明会は来週の土曜日に区役所で開かれる予定です。</p></body></html>`;
    // ISO-2022-JP is 7-bit: its bytes are also valid UTF-8, so the declaration must win.
    const jis = Buffer.from(iso2022jp(page('iso-2022-jp')));
    expect(jis.every((b) => b < 0x80)).toBe(true);
    const s = await loadEmailFile('a.html', jis);
    expect(s.subject).toBe(title);
    expect(decodeText(jis, 'html')).toContain('区役所');
  });
});

/** Encodes kana/kanji text as ISO-2022-JP through the platform (round trip checked by the test). */
function iso2022jp(text: string): number[] {
  // Node has no ISO-2022-JP encoder; build the bytes from a known pair of JIS X 0208 mappings by
  // decoding every two-byte code and keeping a reverse table of what this text needs.
  const dec = new TextDecoder('iso-2022-jp');
  const need = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  const table = new Map<string, [number, number]>();
  for (let a = 0x21; a < 0x7f && table.size < need.size; a++) {
    for (let b = 0x21; b < 0x7f; b++) {
      const ch = dec.decode(new Uint8Array([0x1b, 0x24, 0x42, a, b, 0x1b, 0x28, 0x42]));
      if (need.has(ch) && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  let jis = false;
  for (const c of text) {
    const pair = table.get(c);
    if (pair && !jis) out.push(0x1b, 0x24, 0x42);
    if (!pair && jis) out.push(0x1b, 0x28, 0x42);
    jis = !!pair;
    if (pair) out.push(...pair);
    else out.push(c.charCodeAt(0));
  }
  if (jis) out.push(0x1b, 0x28, 0x42);
  return out;
}

describe('a newsletter forwarded as an attachment (W3)', () => {
  const inner = crlf(
    `From: "City Desk" <desk@citynews.example.org>\nSubject: Council passes the transit budget\nDate: Tue, 3 Mar 2026 18:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n${ARTICLE}\n`,
  );
  const wrapper = (note: string, disposition = 'attachment'): string =>
    crlf(
      `From: Sam <sam@example.org>\nTo: reader@example.org\nSubject: Fwd: Council passes the transit budget\nDate: Wed, 4 Mar 2026 08:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="outer"\n\n--outer\nContent-Type: text/plain; charset=utf-8\n\n${note}\n--outer\nContent-Type: message/rfc822\nContent-Disposition: ${disposition}; filename="budget.eml"\n\n${inner}\n--outer--\n`,
    );

  it('reads the attached message when the outer one only wraps it', async () => {
    const s = await loadEml(Buffer.from(wrapper('Thought you would want to see this.')));
    expect(s.html).toContain('Council passes the transit budget');
    expect(s.subject).toBe('Council passes the transit budget');
    expect(s.from.address).toBe('desk@citynews.example.org');
  });

  it('also when the wrapper has no text at all', async () => {
    const raw = wrapper('').replace(
      /--outer\r\nContent-Type: text\/plain; charset=utf-8\r\n\r\n\r\n/,
      '',
    );
    const s = await loadEml(Buffer.from(raw));
    expect(s.html).toContain('four-hour public hearing');
  });

  it('keeps the outer message when it has a body of its own', async () => {
    const note = Array.from(
      { length: 12 },
      (_, i) =>
        `Paragraph ${i + 1} of my own long letter about the neighbourhood association and its plans.`,
    ).join('\n');
    const s = await loadEml(Buffer.from(wrapper(note)));
    expect(s.subject).toBe('Fwd: Council passes the transit budget');
    expect(s.text).toContain('my own long letter');
  });
});

describe('binary or not (W4)', () => {
  it('accepts a real .eml with one stray NUL in it', async () => {
    const raw = crlf(
      `${HEAD}\nContent-Type: text/html; charset=utf-8\n\n${ARTICLE.replace('late on', 'late\0 on')}\n`,
    );
    const s = await loadEmailFile('stray.eml', Buffer.from(raw));
    expect(s.html).toContain('Council passes the transit budget');
    expect(s.html).not.toContain('\0');
  });

  it('refuses a PDF saved as .txt or .html, and random bytes, with a one-line reason', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n',
      'latin1',
    );
    await expect(loadEmailFile('paper.txt', pdf)).rejects.toThrow(/PDF/);
    await expect(loadEmailFile('paper.html', pdf)).rejects.toThrow(/PDF/);
    const noise = Buffer.alloc(3000);
    let seed = 1;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      noise[i] = (seed >>> 16) & 0xff || 0x20;
    }
    await expect(loadEmailFile('noise.txt', noise)).rejects.toThrow(/^binary file/);
    await expect(loadEmailFile('noise.html', noise)).rejects.toThrow(/^binary file/);
    await expect(loadEmailFile('noise.eml', noise)).rejects.toThrow(/binary file|not an email/);
  });

  it('still reads text with a few control characters and UTF-16 with a BOM', async () => {
    const text =
      'From: A <a@example.org>\nSubject: Note\n\nA note\x0c with a form feed and a bell\x07 in it.\n';
    const s = await loadEmailFile('note.txt', Buffer.from(text));
    expect(s.text).toContain('A note');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<html><body><p>Hello there, in UTF-16.</p></body></html>', 'utf16le'),
    ]);
    expect((await loadEmailFile('wide.html', utf16)).html).toContain('Hello there');
  });
});

describe('control characters in headers (F8)', () => {
  it('a bogus encoded-word cannot put a NUL or an escape sequence in the subject or sender', async () => {
    const raw = crlf(
      `From: =?utf-8?Q?Desk=1B]8;;https://evil.example/=07Bank=1B]8;;=07?= <desk@example.org>\nSubject: =?utf-8?Q?Budget=00night=1B[31m_red=1B[0m?=\nDate: Tue, 3 Mar 2026 18:00:00 +0000\nContent-Type: text/html; charset=utf-8\n\n${ARTICLE}\n`,
    );
    const s = await loadEml(Buffer.from(raw));
    // eslint-disable-next-line no-control-regex
    const controls = /[\u0000-\u001f\u007f-\u009f]/;
    expect(s.subject).not.toMatch(controls);
    expect(s.subject).toContain('Budget');
    expect(s.subject).toContain('red');
    expect(s.from.name).not.toMatch(controls);
    expect(s.from.name).not.toContain('evil.example');
  });
});

describe('no output from a dependency (W5)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an HTML-only message too long for the HTML-to-text step loads without a console line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const para = '<p>The council passed the budget late on Tuesday after a hearing.</p>\r\n';
    const body = ARTICLE.replace('</body>', `${para.repeat(Math.ceil(18e6 / para.length))}</body>`);
    const s = await loadEml(
      Buffer.from(crlf(`${HEAD}\nContent-Type: text/html; charset=utf-8\n\n`) + body),
    );
    expect(s.html!.length).toBeGreaterThan(16_777_216);
    expect([...warn.mock.calls, ...error.mock.calls, ...log.mock.calls]).toEqual([]);
  }, 120_000);
});
