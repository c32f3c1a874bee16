// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { proton } from '../../lib/webmail/proton';
import { findOpenMessage, snapshotOf } from '../../lib/webmail/read-page';
import { framesLoaded, loadFixture } from './fixture';

const URL_P = new URL('https://mail.proton.me/u/0/inbox/Xk3m9QpLw2VbR7tYc0NfHg==');

describe('Proton adapter (proton-2026-11.html)', () => {
  beforeEach(async () => {
    loadFixture('proton-2026-11.html');
    await framesLoaded(document);
  });

  it('matches mail.proton.me', () => {
    expect(proton.matches(URL_P, document)).toBe(true);
  });

  it('reads the body through the same-origin iframe, skipping the collapsed reply and the draft', () => {
    const lookup = findOpenMessage({ doc: document, url: URL_P });
    if (lookup.kind !== 'message') throw new Error('no message');
    expect(lookup.found.key).toBe('proton:m1-Q2rTbY9vW4xZ7pL0kN3sJ6hF8dG==');
    const s = snapshotOf(lookup.found, URL_P);
    expect(s.subject).toBe('Maple Court Tenants Win Repairs');
    expect(s.from).toEqual({
      name: 'Eastside Housing Bulletin',
      address: 'bulletin@eastsidehousing.example',
    });
    expect(s.date).toBe('2026-11-20T18:00:00.000Z');
    expect(s.html).toContain('Maple Court Tenants Win Repairs After Four-Month Rent Strike');
    expect(s.html).toContain('Chip in $10');
    expect(s.html).not.toContain('notes for the meeting');
  });

  it("drops Proton's quoted history when the reply is the open message", async () => {
    const reply = document.querySelector('[data-message-id^="m2-"]');
    const first = document.querySelector('[data-message-id^="m1-"]');
    if (!reply || !first) throw new Error('fixture changed');
    first.setAttribute('data-expanded', 'false');
    reply.setAttribute('data-expanded', 'true');
    reply.insertAdjacentHTML(
      'beforeend',
      '<div class="message-header-expanded"><span data-testid="recipient-address" title="reader@proton.me">reader@proton.me</span></div>' +
        '<div class="message-content"><iframe data-testid="content-iframe" srcdoc="<div id=proton-root><div>Thanks, I will bring this to the tenants meeting.</div><blockquote class=protonmail_quote>On Friday the Bulletin wrote: Maple Court tenants win repairs</blockquote></div>"></iframe></div>',
    );
    await framesLoaded(document);
    const lookup = findOpenMessage({ doc: document, url: URL_P });
    if (lookup.kind !== 'message') throw new Error('no message');
    expect(lookup.found.key).toBe('proton:m2-R5tYu8iO1pA4sD7fG0hJ3kL6zX==');
    const html = snapshotOf(lookup.found, URL_P).html ?? '';
    expect(html).toContain('tenants meeting');
    expect(html).not.toContain('the Bulletin wrote');
  });

  it('waits (pending) while the body frame is still empty', () => {
    for (const f of Array.from(document.querySelectorAll('iframe'))) f.remove();
    const lookup = findOpenMessage({ doc: document, url: URL_P });
    expect(lookup).toMatchObject({ kind: 'none', provider: 'proton', pending: true });
  });
});
