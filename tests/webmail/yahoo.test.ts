// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findOpenMessage, snapshotOf } from '../../lib/webmail/read-page';
import { yahoo } from '../../lib/webmail/yahoo';
import { loadFixture } from './fixture';

const URL_Y = new URL('https://mail.yahoo.com/d/folders/1/messages/AKu9a0WzPmZ4Y2r7xQ');

describe('Yahoo adapter (yahoo-2026-11.html)', () => {
  beforeEach(() => {
    loadFixture('yahoo-2026-11.html');
  });

  it('matches Yahoo Mail, its regional hosts and AOL Mail', () => {
    for (const u of [
      'https://mail.yahoo.com/d/',
      'https://uk.mail.yahoo.com/d/',
      'https://mail.aol.com/d/',
    ]) {
      expect(yahoo.matches(new URL(u), document)).toBe(true);
    }
    expect(yahoo.matches(new URL('https://yahoo.com/'), document)).toBe(false);
  });

  it('reads the expanded message of the thread, not the collapsed one', () => {
    const lookup = findOpenMessage({ doc: document, url: URL_Y });
    if (lookup.kind !== 'message') throw new Error('no message');
    const s = snapshotOf(lookup.found, URL_Y);
    expect(s.provider).toBe('yahoo');
    expect(s.subject).toBe('Riverside Council votes to make buses free');
    expect(s.from).toEqual({
      name: 'The Riverside Ledger',
      address: 'news@riversideledger.example',
    });
    expect(s.date).toBe(new Date('2026-11-24T07:05:00').toISOString());
    expect(s.html).toContain('Brandt said');
    expect(s.html).not.toContain('Last week: the fare debate');
    expect(lookup.found.key).toMatch(/^yahoo:AKu9a0WzPmZ4Y2r7xQ:1:/);
  });

  it('notices when the user expands the older message and clicks it', () => {
    const older = document.querySelector('[data-test-id=message-view][aria-expanded=false]');
    if (!older) throw new Error('fixture changed');
    older.setAttribute('aria-expanded', 'true');
    older.insertAdjacentHTML(
      'beforeend',
      '<div data-test-id="message-view-body"><div data-test-id="message-view-body-content"><p>Last week: the fare debate heads to a vote.</p></div></div>',
    );
    const before = findOpenMessage({ doc: document, url: URL_Y });
    const lookup = findOpenMessage({
      doc: document,
      url: URL_Y,
      lastClicked: older.querySelector('p'),
    });
    expect(lookup.kind === 'message' && lookup.found.key).not.toBe(
      before.kind === 'message' && before.found.key,
    );
    expect(lookup.kind === 'message' && snapshotOf(lookup.found, URL_Y).html).toContain(
      'Last week',
    );
  });
});
