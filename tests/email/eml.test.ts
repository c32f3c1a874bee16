import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmailParseError, loadEml } from '../../lib/email/eml';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const read = (name: string): Buffer => readFileSync(join(fixtures, name, 'source.eml'));

function message(headers: string, body: string): string {
  return `${headers.trim()}\r\n\r\n${body}`.replace(/\r?\n/g, '\r\n');
}

describe('loadEml', () => {
  it('prefers the HTML part of multipart/alternative and decodes quoted-printable UTF-8', async () => {
    const s = await loadEml(read('mailchimp-digest'));
    expect(s.subject).toBe('Civic Tech Weekly — Issue 212');
    expect(s.from).toEqual({
      name: 'Civic Tech Weekly',
      address: 'tomas@civictechweekly.example.org',
    });
    expect(s.html).toContain('Tulsa publishes its whole budget as open data');
    expect(s.html).toContain('The city’s finance office');
    expect(s.html).not.toMatch(/=E2=80|=\r?\n/);
    expect(s.text).toContain('View this email in your browser');
    expect(s.provider).toBe('file');
  });

  it('decodes a windows-1252 part (curly quotes, accents) and an encoded subject', async () => {
    const s = await loadEml(read('dutch-newsletter'));
    expect(s.subject).toBe('Waarom jongeren weer naar de bibliotheek gaan – De Leesbrief #11');
    expect(s.html).toContain('„Lezen is een spier');
    expect(s.html).toContain('Daniël Bakker');
    expect(s.html).toContain('Café De Zwijger');
  });

  it('keeps the sender’s own UTC offset in the date, so the day does not move', async () => {
    const list = await loadEml(read('plain-text-list'));
    expect(list.date).toBe('2026-05-18T21:43:51-05:00');
    const nl = await loadEml(read('dutch-newsletter'));
    expect(nl.date).toBe('2026-03-12T07:00:00+01:00');
  });

  it('reads a text/plain list mail (format=flowed) as text with no HTML', async () => {
    const s = await loadEml(read('plain-text-list'));
    expect(s.html).toBeNull();
    expect(s.subject).toBe('[transit-advocates] Minutes from the May 14 meeting');
    expect(s.text).toContain('Thanks to everyone who came out on Thursday');
    expect(s.from.name).toBe('Maya Castellanos via transit-advocates');
  });

  it('decodes a latin-1 text part and a base64 body', async () => {
    const latin = Buffer.concat([
      Buffer.from(
        'From: Redactie <r@example.nl>\r\nSubject: =?iso-8859-1?Q?Caf=E9?=\r\nDate: Mon, 2 Mar 2026 09:00:00 +0100\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
        'latin1',
      ),
      Buffer.from('Een caf\xe9 in Utrecht, na\xefef en co\xf6peratief.\r\n', 'latin1'),
    ]);
    const s = await loadEml(latin);
    expect(s.subject).toBe('Café');
    expect(s.text).toContain('Een café in Utrecht, naïef en coöperatief.');
    const b64 = message(
      'From: a@example.org\nSubject: B\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64',
      Buffer.from('<p>Héllo wörld</p>').toString('base64'),
    );
    expect((await loadEml(b64)).html).toContain('Héllo wörld');
  });

  it('skips an mbox envelope line', async () => {
    const s = await loadEml(
      `From sender@example.org Mon Mar  2 09:00:00 2026\n${message('From: a@example.org\nSubject: Hi', 'Body text here.')}`,
    );
    expect(s.subject).toBe('Hi');
    expect(s.text).toContain('Body text here.');
  });

  it('gives clear errors for empty, binary and non-email input', async () => {
    await expect(loadEml(Buffer.alloc(0))).rejects.toThrow(/empty file/);
    await expect(loadEml(Buffer.from('   \n\n'))).rejects.toThrow(/empty/);
    await expect(loadEml(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).rejects.toThrow(
      /binary/,
    );
    await expect(loadEml('Dear friend, this is just a letter.\nNo headers here.')).rejects.toThrow(
      /not an email message/,
    );
    await expect(loadEml('Foo: bar\n\nbody')).rejects.toBeInstanceOf(EmailParseError);
    await expect(loadEml(message('From: a@example.org\nSubject: Empty', ''))).rejects.toThrow(
      /no text or HTML body/,
    );
  });
});
