import { describe, expect, it } from 'vitest';
import { readMessageHead } from '../../lib/email/message-head';
import { parseSince, wantsMessage } from '../../lib/archive/filter';
import { maildirOrder } from '../../lib/email/maildir';

const head = (headers: string, body = 'List-Unsubscribe: <https://in.the.body/>\n') =>
  readMessageHead(Buffer.from(`${headers}\n\n${body}`));

const BASE = 'From: a@example.org\nSubject: Hello\nDate: Tue, 05 Mar 2024 08:30:00 -0500';

describe('readMessageHead', () => {
  it('takes each newsletter header alone as enough, in any case, and ignores the body', () => {
    expect(head(BASE).newsletter).toBe(false);
    for (const h of [
      'List-Unsubscribe: <mailto:u@example.org>',
      'list-id: Weekly <weekly.example.org>',
      'LIST-POST: <mailto:talk@lists.example.org>',
      'Precedence: bulk',
      'Precedence: list',
    ]) {
      expect(head(`${BASE}\n${h}`).newsletter, h).toBe(true);
    }
    expect(head(`${BASE}\nPrecedence: junk`).newsletter).toBe(false);
    expect(head(`${BASE}\nList-Unsubscribe:`).newsletter).toBe(false);
  });

  it('reads folded headers, CRLF, a date with a comment, and the Message-ID', () => {
    const h = readMessageHead(
      Buffer.from(
        'From: a@example.org\r\nMessage-ID:\r\n <abc.123@example.org>\r\nDate: Tue, 5 Mar 2024 08:30:00 -0800 (PST)\r\nList-Unsubscribe:\r\n\t<https://example.org/u>\r\n\r\nbody\r\n',
      ),
    );
    expect(h).toEqual({
      messageId: '<abc.123@example.org>',
      date: new Date('2024-03-05T16:30:00Z'),
      newsletter: true,
    });
    expect(head('From: a@example.org\nDate: not a date').date).toBeNull();
  });
});

describe('archive filter', () => {
  it('parses --since as a local day or an ISO date-time, and refuses impossible dates', () => {
    expect(parseSince('2024-03-01')).toEqual(new Date(2024, 2, 1));
    expect(parseSince('2024-03-01T12:00:00Z')).toEqual(new Date('2024-03-01T12:00:00Z'));
    for (const bad of ['2024-02-30', 'yesterday', '03/01/2024', ''])
      expect(parseSince(bad)).toBeNull();
  });

  it('keeps newsletters on or after the date, and undated ones', () => {
    const keep = wantsMessage({ newslettersOnly: true, since: new Date('2024-03-05T00:00:00Z') });
    const at = (d: string | null, newsletter = true) => ({
      messageId: null,
      date: d ? new Date(d) : null,
      newsletter,
    });
    expect(keep(at('2024-03-05T00:00:00Z'))).toBe(true);
    expect(keep(at('2024-03-04T23:59:59Z'))).toBe(false);
    expect(keep(at(null))).toBe(true);
    expect(keep(at('2024-03-06T00:00:00Z', false))).toBe(false);
  });
});

describe('maildirOrder', () => {
  it('orders by delivery time in the name, skips dotfiles, puts odd names last', () => {
    const order = maildirOrder([
      { folder: 'new', name: '1700000100.M2P1.host' },
      { folder: 'cur', name: '999999999.M1P1.host:2,S' },
      { folder: 'cur', name: '.DS_Store' },
      { folder: 'cur', name: 'zz-no-time' },
      { folder: 'cur', name: '1700000100.M1P1.host:2,RS' },
    ]);
    expect(order.map((e) => `${e.folder}/${e.name}`)).toEqual([
      'cur/999999999.M1P1.host:2,S',
      'cur/1700000100.M1P1.host:2,RS',
      'new/1700000100.M2P1.host',
      'cur/zz-no-time',
    ]);
  });
});
