// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { outlook } from '../../lib/webmail/outlook';
import { findOpenMessage, readPageState, snapshotOf } from '../../lib/webmail/read-page';
import { loadFixture } from './fixture';

const C1 = 'AQQkADAwATM0MDAAMS1hZGFkLTEzNDctMDACLTAwCgAQAHl2JQnvlm9EqB';
const C2 = 'AQQkADAwATM0MDAAMS1hZGFkLTEzNDctMDACLTAwCgAQAKm7TXpwRr5MiC';
const urlOf = (id: string) => new URL(`https://outlook.live.com/mail/inbox/id/${id}`);

/** What the fixture's stand-in app script does when a conversation is selected. */
function openConversation(id: string) {
  const pane = document.getElementById('ReadingPaneContainerId');
  const tpl = document.querySelector<HTMLTemplateElement>(`template[data-mock-conv="${id}"]`);
  if (!pane || !tpl) throw new Error('fixture changed');
  pane.replaceChildren(tpl.content.cloneNode(true));
  for (const o of Array.from(document.querySelectorAll('[data-convid]'))) {
    o.setAttribute('aria-selected', String(o.getAttribute('data-convid') === id));
  }
}

function read(url: URL) {
  const lookup = findOpenMessage({ doc: document, url });
  if (lookup.kind !== 'message') throw new Error('no message');
  return { found: lookup.found, snapshot: snapshotOf(lookup.found, url) };
}

describe('Outlook adapter (outlook-2026-11.html)', () => {
  beforeEach(() => {
    loadFixture('outlook-2026-11.html');
  });

  it('matches the four Outlook on the web hosts', () => {
    for (const host of [
      'outlook.live.com',
      'outlook.office.com',
      'outlook.office365.com',
      'outlook.cloud.microsoft',
    ]) {
      expect(outlook.matches(new URL(`https://${host}/mail/`), document)).toBe(true);
    }
    expect(outlook.matches(new URL('https://outlook.example.com/mail/'), document)).toBe(false);
  });

  it('reports no message while the reading pane is empty', () => {
    expect(
      readPageState({ doc: document, url: new URL('https://outlook.live.com/mail/inbox') }, 'auto'),
    ).toEqual({
      status: 'no-message',
      provider: 'outlook',
    });
  });

  it('reads the expanded newsletter of a conversation, not the collapsed one or the reply editor', () => {
    openConversation(C1);
    const { found, snapshot } = read(urlOf(C1));
    expect(snapshot.subject).toBe('Riverside Council votes to make buses free');
    expect(snapshot.from).toEqual({
      name: 'The Riverside Ledger',
      address: 'news@riversideledger.example',
    });
    expect(snapshot.date).toBe(new Date('2026-11-24T07:05:00').toISOString());
    expect(snapshot.html).toContain('By Maya Okafor');
    expect(snapshot.html).toContain('Donate to keep local news free');
    expect(snapshot.html).not.toContain('forwarding to the transit committee');
    expect(snapshot.html).not.toContain('Last week: the fare debate');
    expect(found.key).toContain(C1);
  });

  it('gives another conversation another key', () => {
    openConversation(C1);
    const a = read(urlOf(C1)).found.key;
    openConversation(C2);
    const b = read(urlOf(C2));
    expect(b.found.key).not.toBe(a);
    expect(b.snapshot.from.name).toBe('Eastside Housing Bulletin');
    expect(b.snapshot.html).toContain('Rosa Delgado');
  });

  it('falls back to the selected conversation id when the URL has none', () => {
    openConversation(C2);
    const { found } = read(new URL('https://outlook.office.com/mail/'));
    expect(found.key).toContain(C2);
  });
});
