// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterFor } from '../../lib/webmail/providers';
import { readPageState } from '../../lib/webmail/read-page';
import { loadFixture } from './fixture';

const URL_F = new URL('https://app.fastmail.com/mail/Inbox/Ma1b2c3d4e5f6.M7g8h9?u=1a2b3c4d');

describe('generic adapter (fastmail-2026-11.html)', () => {
  beforeEach(() => {
    loadFixture('fastmail-2026-11.html');
    window.getSelection()?.removeAllRanges();
  });

  it('finds the message block, not the message list or the reply editor', () => {
    expect(adapterFor(URL_F, document).id).toBe('generic');
    const state = readPageState({ doc: document, url: URL_F }, 'auto');
    if (state.status !== 'message') throw new Error('no message');
    const s = state.snapshot;
    expect(s.provider).toBe('generic');
    expect(s.subject).toBe('Maple Court Tenants Win Repairs');
    expect(s.from).toEqual({
      name: 'Eastside Housing Bulletin',
      address: 'bulletin@eastsidehousing.example',
    });
    expect(s.date).toBe('2026-11-20T18:00:00.000Z');
    expect(s.html).toContain('Rosa Delgado');
    expect(s.html).not.toContain('escrow strategy'); // the editor
    expect(s.html).not.toContain('Riverside Ledger —'); // the list
  });

  it('lets a selection of more than 200 characters win', () => {
    const p = Array.from(document.querySelectorAll('.v-Message-body p')).slice(0, 2);
    const range = document.createRange();
    range.setStartBefore(p[0]!);
    range.setEndAfter(p[1]!);
    window.getSelection()?.addRange(range);
    const state = readPageState({ doc: document, url: URL_F }, 'auto');
    expect(state.status === 'message' && state.key).toMatch(/^selection:/);
    expect(state.status === 'message' && state.snapshot.html).not.toContain('Chip in');
  });

  it('ignores a short selection', () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h1')!);
    window.getSelection()?.addRange(range);
    const state = readPageState({ doc: document, url: URL_F }, 'auto');
    expect(state.status === 'message' && state.key).toMatch(/^generic:/);
  });

  it('says no message on a page without one', () => {
    const nav = document.createElement('nav');
    nav.setAttribute('role', 'navigation');
    nav.textContent = 'Inbox';
    const p = document.createElement('p');
    p.textContent = 'Nothing selected';
    document.body.replaceChildren(nav, p);
    expect(readPageState({ doc: document, url: URL_F }, 'auto')).toEqual({
      status: 'no-message',
      provider: 'generic',
    });
  });
});
