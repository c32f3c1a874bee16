// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/webmail/providers';
import { findOpenMessage, snapshotOf } from '../../lib/webmail/read-page';
import { framesLoaded, loadFixture } from './fixture';

const URL_R = new URL('https://webmail.example.org/?_task=mail&_mbox=INBOX&_uid=4182');

describe('Roundcube adapter (roundcube-2026-11.html)', () => {
  beforeEach(async () => {
    loadFixture('roundcube-2026-11.html');
    await framesLoaded(document);
  });

  it('is recognised by page structure on any host', () => {
    expect(adapterFor(new URL('https://mail.anything.example/'), document).id).toBe('roundcube');
  });

  it('reads the preview frame: subject, sender, date, body and a uid key', () => {
    const lookup = findOpenMessage({ doc: document, url: URL_R });
    if (lookup.kind !== 'message') throw new Error('no message');
    const s = snapshotOf(lookup.found, URL_R);
    expect(s.provider).toBe('roundcube');
    expect(s.subject).toBe('Harbor Town Weekly: Ferry Fares Drop, Library Hours Grow');
    expect(s.from).toEqual({
      name: 'Harbor Town Weekly',
      address: 'editor@harbortownweekly.example',
    });
    expect(s.date).toBe(new Date('2026-11-24T06:30:00').toISOString());
    expect(s.html).toContain('Dana Whitfield');
    expect(s.html).not.toContain('onclick');
    expect(lookup.found.key).toBe('roundcube:webmail.example.org:INBOX:4182');
  });

  it('reports no message when the preview frame is empty', () => {
    document.getElementById('messagecontframe')?.remove();
    expect(findOpenMessage({ doc: document, url: URL_R })).toMatchObject({
      kind: 'none',
      provider: 'roundcube',
    });
  });
});
