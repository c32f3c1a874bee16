import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmailParseError, loadEmailFile } from '../../lib/email/load-file';
import { decodeText } from '../../lib/email/decode-text';

const root = join(import.meta.dirname, '..', '..');

describe('loadEmailFile', () => {
  it('loads each shape by extension', async () => {
    const txt = await loadEmailFile(
      'a.txt',
      readFileSync(join(root, 'tests/fixtures/forwarded-news-article/source.txt')),
    );
    expect(txt.subject).toBe('Hospital Workers Set a Strike Date Across Three Counties');
    const html = await loadEmailFile(
      'b.HTML',
      readFileSync(join(root, 'tests/fixtures/substack-essay/source.html')),
    );
    expect(html.subject).toBe('Why Buses Beat Gadgets');
    expect(html.html).toContain('post-title');
    const eml = await loadEmailFile(
      'c.eml',
      readFileSync(join(root, 'samples/labor-digest-mass-strike.eml')),
    );
    expect(eml.from.name).toBe('Labor Digest');
  });

  it('sends a raw message saved as .txt through the MIME parser', async () => {
    const raw =
      'Received: from x by y\r\nFrom: a@example.org\r\nSubject: Raw\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCaf=C3=A9 open.\r\n';
    const s = await loadEmailFile('saved.txt', Buffer.from(raw));
    expect(s.subject).toBe('Raw');
    expect(s.text).toContain('Café open.');
  });

  it('decodes a non-UTF-8 .html by its meta charset, and a stray Latin-1 .txt', async () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from('</title></head><body><p>na', 'latin1'),
      Buffer.from([0xef]),
      Buffer.from('ef</p></body></html>', 'latin1'),
    ]);
    const s = await loadEmailFile('x.html', html);
    expect(s.subject).toBe('Café');
    expect(s.html).toContain('naïef');
    expect(decodeText(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'text')).toBe('“hi”');
    expect(decodeText(Buffer.from('\uFEFFplain', 'utf8'), 'text')).toBe('plain');
  });

  it('rejects empty, binary, markup-less and unsupported files with one-line errors', async () => {
    await expect(loadEmailFile('a.eml', Buffer.alloc(0))).rejects.toThrow('empty file');
    await expect(loadEmailFile('a.txt', Buffer.from(' \n '))).rejects.toThrow('empty file');
    await expect(loadEmailFile('a.html', Buffer.from([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toThrow(
      /binary/,
    );
    await expect(loadEmailFile('a.html', Buffer.from('just words'))).rejects.toThrow(/not an HTML/);
    await expect(loadEmailFile('a.pdf', Buffer.from('%PDF-1.7'))).rejects.toBeInstanceOf(
      EmailParseError,
    );
    await expect(loadEmailFile('a.pdf', Buffer.from('%PDF-1.7'))).rejects.toThrow(
      /unsupported file type/,
    );
  });
});

describe('loadHtml', () => {
  it('reads the subject from <title>, surviving bad character references', async () => {
    const s = await loadEmailFile(
      't.html',
      Buffer.from('<title>A &amp; B &#99999999; &#x1F600;</title><p>x</p>'),
    );
    expect(s.subject).toBe('A & B \uFFFD 😀');
  });
});
