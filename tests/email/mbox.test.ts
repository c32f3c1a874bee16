import { describe, expect, it } from 'vitest';
import type { ArchiveMessage } from '../../lib/email/archive-message';
import { EmailParseError } from '../../lib/email/errors';
import { isEnvelopeLine, splitMbox } from '../../lib/email/mbox';
import { generateMails, toMbox, type GeneratedMail } from '../archive/generated-mail';

async function* chunked(data: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function split(
  data: string | Buffer,
  opts: Parameters<typeof splitMbox>[1] = {},
  size = 4096,
): Promise<ArchiveMessage[]> {
  const out: ArchiveMessage[] = [];
  for await (const m of splitMbox(chunked(data, size), opts)) out.push(m);
  return out;
}

const text = (m: ArchiveMessage) => m.raw?.toString('utf8') ?? null;
/** A generated message as the splitter must hand it back: its own line ends, ending in one. */
const expected = (m: GeneratedMail, eol = '\n') =>
  `${m.raw}${m.raw.endsWith('\n') ? '' : '\n'}`.replace(/\n/g, eol);

const MSG = (subject: string, body: string) =>
  `From: Sender <s@example.org>\nSubject: ${subject}\nMessage-ID: <${subject}@example.org>\n\n${body}`;

describe('splitMbox', () => {
  it('undoes mboxrd quoting exactly: one ">" less on every >*From line, other ">" lines untouched', async () => {
    const body =
      'Intro\n\nFrom the archive: a line that was quoted\n>From an old reply\n>>From deeper\n> quoted reply\n>>not from\n';
    const mbox =
      'From a@example.org Mon Jan  1 09:00:00 2024\n' +
      MSG('one', body).replace(/^(>*From )/gm, '>$1') +
      '\n' +
      'From b@example.org Mon Jan  1 10:00:00 2024\n' +
      MSG('two', 'Second\n') +
      '\n';
    const msgs = await split(mbox);
    expect(msgs.map(text)).toEqual([MSG('one', body), MSG('two', 'Second\n')]);
    expect(msgs.map((m) => m.position)).toEqual([1, 2]);
    expect(msgs.map((m) => m.where)).toEqual(['line 1', 'line 14']);
  });

  it('reads an mboxo archive (only "From " quoted) back to the original text', async () => {
    const mails = generateMails(12);
    const msgs = await split(toMbox(mails, { quoting: 'mboxo' }));
    expect(msgs.map(text)).toEqual(mails.map((m) => expected(m)));
  });

  it('keeps an unquoted "From " line of a body in its message (archives written without quoting)', async () => {
    const body = [
      'Dear readers,',
      '',
      'From 2019 to 2024 the paper grew fourfold.',
      '',
      "From the editor's desk: thank you.",
      '',
      'From me Mon Jan  1 09:00:00 2024',
      'this line is prose, so the line above did not start a message',
      '',
    ].join('\n');
    const mbox = [
      'From a@example.org Mon Jan  1 09:00:00 2024',
      MSG('one', body),
      'From b@example.org Tue Jan  2 09:00:00 2024',
      MSG('two', 'Hello\n'),
    ].join('\n');
    const msgs = await split(mbox);
    expect(msgs).toHaveLength(2);
    expect(text(msgs[0]!)).toBe(MSG('one', body));
  });

  it('splits a CRLF archive and keeps its CRLF line ends', async () => {
    const mails = generateMails(10);
    const msgs = await split(toMbox(mails, { eol: '\r\n' }));
    expect(msgs.map(text)).toEqual(mails.map((m) => expected(m, '\r\n')));
    expect(msgs.map((m) => m.head?.messageId)).toEqual(mails.map((m) => m.messageId));
  });

  it('reads Gmail Takeout and Thunderbird envelopes', async () => {
    const mails = generateMails(4);
    expect((await split(toMbox(mails, { envelope: 'takeout' }))).map(text)).toEqual(
      mails.map((m) => expected(m)),
    );
    expect(isEnvelopeLine(Buffer.from('From - Mon Jan  1 09:00:00 2024\n'))).toBe(true);
    expect(isEnvelopeLine(Buffer.from('From 1789@xxx Mon Jan 01 09:00:00 +0000 2024\r\n'))).toBe(
      true,
    );
    expect(isEnvelopeLine(Buffer.from('From 2019 to 2024 we grew\n'))).toBe(false);
    expect(isEnvelopeLine(Buffer.from('From: a@example.org\n'))).toBe(false);
  });

  it('gives the same messages whatever the chunk size (lines and CRLF split across chunks)', async () => {
    const data = toMbox(generateMails(6), { eol: '\r\n' });
    const whole = (await split(data, {}, data.length)).map(text);
    for (const size of [1, 2, 3, 61, 1000]) {
      expect((await split(data, {}, size)).map(text)).toEqual(whole);
    }
  });

  it('hands on a truncated last message as it is, after the complete ones', async () => {
    const full = toMbox(generateMails(3));
    const lastStart = full.lastIndexOf('\nFrom ') + 1;
    /** What the splitter must give for the last message of `cut`: envelope off, quoting undone. */
    const lastOf = (cut: string) =>
      cut
        .slice(lastStart)
        .replace(/^[^\n]*\n/, '')
        .replace(/^>(>*From )/gm, '$1');
    const afterEnvelope = full.indexOf('\n', lastStart) + 1;
    for (const cut of [
      full.slice(0, -200), // in the body
      full.slice(0, lastStart + 80), // in the headers
      full.slice(0, afterEnvelope + 2), // two bytes after the envelope line
      full.slice(0, afterEnvelope), // right after it
    ]) {
      const msgs = await split(cut);
      expect(msgs.map((m) => m.position)).toEqual([1, 2, 3]);
      expect(text(msgs[2]!)).toBe(lastOf(cut));
    }
  });

  it('never keeps the body of an unwanted message, and counts it in the positions', async () => {
    const mails = generateMails(10);
    const msgs = await split(toMbox(mails), { wants: (h) => h.newsletter });
    expect(msgs.map((m) => m.position)).toEqual(mails.map((_, i) => i + 1));
    expect(msgs.map((m) => m.raw !== null)).toEqual(mails.map((m) => m.newsletter));
    expect(msgs.filter((m) => m.raw === null).every((m) => m.head !== null)).toBe(true);
  });

  it('refuses a message over the size cap without holding it, and goes on', async () => {
    const big = MSG('big', `${'x'.repeat(100)}\n`.repeat(2000));
    const mbox = `From a@x Mon Jan  1 09:00:00 2024\n${big}\nFrom b@x Mon Jan  1 09:00:00 2024\n${MSG('small', 'ok\n')}`;
    const msgs = await split(mbox, { maxMessageBytes: 10_000 });
    expect(msgs[0]!.raw).toBeNull();
    expect(msgs[0]!.problem).toMatch(/larger than/);
    expect(text(msgs[1]!)).toBe(MSG('small', 'ok\n'));
  });

  it('passes a line longer than the line buffer through whole', async () => {
    const long = 'y'.repeat(200_000);
    const mbox = `From a@x Mon Jan  1 09:00:00 2024\n${MSG('long', `${long}\n>From quoted\n`)}`;
    const msgs = await split(mbox, {}, 8192);
    expect(text(msgs[0]!)).toBe(MSG('long', `${long}\nFrom quoted\n`));
  });

  it('refuses data that is not an mbox', async () => {
    await expect(split('Subject: hi\n\nbody\n')).rejects.toThrow(EmailParseError);
  });

  it('hands on what was read before the source failed, then the failure', async () => {
    const data = Buffer.from(toMbox(generateMails(3)));
    async function* failing(): AsyncGenerator<Buffer> {
      yield data;
      throw new Error('unexpected end of file');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const m of splitMbox(failing())) seen.push(m.position);
      })(),
    ).rejects.toThrow('unexpected end of file');
    expect(seen).toEqual([1, 2, 3]);
  });
});
