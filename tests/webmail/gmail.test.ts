// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { gmail } from '../../lib/webmail/gmail';
import { findOpenMessage, readPageState, snapshotOf } from '../../lib/webmail/read-page';
import { loadFixture, openMockThread, closeMockThread } from './fixture';

const URL_A = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
const URL_B = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzmSbKqPlTrWxVcNmHgFdJkLp');
const URL_C = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQdzmTcLrQmUsXyWdOnIhGeKlMq');

function open(url: URL) {
  const lookup = findOpenMessage({ doc: document, url });
  if (lookup.kind !== 'message') throw new Error(`no message: ${JSON.stringify(lookup)}`);
  return { found: lookup.found, snapshot: snapshotOf(lookup.found, url) };
}

describe('Gmail adapter (gmail-2026-11.html)', () => {
  beforeEach(() => {
    loadFixture('gmail-2026-11.html');
  });

  it('matches mail.google.com only', () => {
    expect(gmail.matches(URL_A, document)).toBe(true);
    expect(gmail.matches(new URL('https://mail.google.com.evil.example/'), document)).toBe(false);
  });

  it('reports no message on the inbox list', () => {
    const state = readPageState(
      { doc: document, url: new URL('https://mail.google.com/mail/u/0/#inbox') },
      'auto',
    );
    expect(state).toEqual({ status: 'no-message', provider: 'gmail' });
  });

  it('reads subject, sender, date and body of the newsletter, skipping the collapsed issue and the draft', () => {
    openMockThread(document, 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
    const { found, snapshot } = open(URL_A);
    expect(found.key).toBe('gmail:msg-f:1850123456789012345');
    expect(snapshot.subject).toBe('Riverside Council votes to make buses free 🚌');
    expect(snapshot.from).toEqual({
      name: 'The Riverside Ledger',
      address: 'news@riversideledger.example',
    });
    expect(snapshot.date).toBe(new Date('2026-11-24T07:05:00').toISOString());
    expect(snapshot.provider).toBe('gmail');
    expect(snapshot.url).toBe(URL_A.href);
    const html = snapshot.html ?? '';
    expect(html).toContain('Riverside Council Votes to Make Buses Free for a Year');
    expect(html).toContain('By Maya Okafor');
    expect(html).toContain('Donate to keep local news free');
    // The draft reply and the older collapsed issue are not part of it.
    expect(html).not.toContain('council vote breakdown');
    expect(html).not.toContain('Last week: the fare debate');
  });

  it('makes a cleaned copy: no tracking pixel, no style that loads, the live page untouched', () => {
    openMockThread(document, 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
    const before = document.body.innerHTML;
    const html = open(URL_A).snapshot.html ?? '';
    expect(html).not.toContain('open.gif');
    // Inline styles stay for the parser (sizes, weights, buttons), minus anything that could load.
    expect(html).not.toMatch(/url\(|expression|@import/i);
    expect(html).toContain('logo.png'); // real images stay (the panel never loads them)
    expect(document.body.innerHTML).toBe(before);
  });

  it('uses the message the user clicked when it is open', () => {
    openMockThread(document, 'FMfcgzQdzmTcLrQmUsXyWdOnIhGeKlMq');
    const first = document.querySelector('[data-message-id="#msg-f:1850345678901234501"] .a3s');
    const lookup = findOpenMessage({ doc: document, url: URL_C, lastClicked: first });
    expect(lookup.kind === 'message' && lookup.found.key).toBe('gmail:msg-f:1850345678901234501');
  });

  it('takes the last expanded message of a conversation and drops its quoted history', () => {
    openMockThread(document, 'FMfcgzQdzmTcLrQmUsXyWdOnIhGeKlMq');
    const { found, snapshot } = open(URL_C);
    expect(found.key).toBe('gmail:msg-f:1850345678901234567');
    expect(snapshot.from.name).toBe('Ben Okoro');
    expect(snapshot.html).toContain('Count me in for Saturday');
    expect(snapshot.html).not.toContain('canvassing the Northside');
  });

  it('keeps a forwarded newsletter (a forward is not quoted history)', () => {
    openMockThread(document, 'FMfcgzQdzmSbKqPlTrWxVcNmHgFdJkLp');
    const { snapshot } = open(URL_B);
    expect(snapshot.subject).toBe('Fwd: Maple Court Tenants Win Repairs');
    expect(snapshot.from.address).toBe('sam@example.net');
    expect(snapshot.html).toContain('Maple Court Tenants Win Repairs After Four-Month Rent Strike');
    expect(snapshot.html).toContain('Rosa Delgado');
  });

  it('gives each message its own key and none once the thread is closed', () => {
    openMockThread(document, 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
    const a = open(URL_A).found.key;
    openMockThread(document, 'FMfcgzQdzmSbKqPlTrWxVcNmHgFdJkLp');
    const b = open(URL_B).found.key;
    expect(a).not.toBe(b);
    closeMockThread(document);
    expect(findOpenMessage({ doc: document, url: URL_B }).kind).toBe('none');
  });

  it('is not clipped when the footer is absent', () => {
    openMockThread(document, 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz');
    const { found } = open(URL_A);
    expect(gmail.clippedSourceUrl?.(found.msg, URL_A)).toBeNull();
  });
});
