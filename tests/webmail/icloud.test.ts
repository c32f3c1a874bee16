// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/webmail/providers';
import { findOpenMessage, snapshotOf } from '../../lib/webmail/read-page';
import { loadFixture } from './fixture';

const URL_I = new URL(
  'https://www-mail.icloud-sandbox.com/applications/mail2-message/current/en-us/index.html',
);

describe('iCloud adapter, inside the message frame (icloud-2026-11.html)', () => {
  beforeEach(() => {
    loadFixture('icloud-2026-11.html');
  });

  it('reads the frame document', () => {
    expect(adapterFor(URL_I, document).id).toBe('icloud');
    const lookup = findOpenMessage({ doc: document, url: URL_I });
    if (lookup.kind !== 'message') throw new Error('no message');
    const s = snapshotOf(lookup.found, URL_I);
    expect(s.subject).toBe('Riverside Council votes to make buses free');
    expect(s.from).toEqual({
      name: 'The Riverside Ledger',
      address: 'news@riversideledger.example',
    });
    expect(s.date).toBe(new Date('2026-11-24T07:05:00').toISOString());
    expect(s.html).toContain('By Maya Okafor');
  });

  it('has no message when the frame shows none', () => {
    document.querySelector('.mail-message-defaults')?.remove();
    expect(findOpenMessage({ doc: document, url: URL_I }).kind).toBe('none');
  });
});
