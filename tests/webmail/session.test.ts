// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState } from '../../lib/messaging';
import { startPageReader } from '../../lib/webmail/session';
import { closeMockThread, loadFixture, openMockThread } from './fixture';

const A = 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz';
const B = 'FMfcgzQdzmSbKqPlTrWxVcNmHgFdJkLp';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setUrl(url: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

function keys(states: PageState[]) {
  return states.map((s) => (s.status === 'message' ? s.key : s.status));
}

describe('page reader: change detection (Gmail fixture)', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    setUrl('https://mail.google.com/mail/u/0/#inbox');
    loadFixture('gmail-2026-11.html');
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  it('pushes once per switch of the open message, and nothing while nothing changes', async () => {
    const states: PageState[] = [];
    startPageReader({
      doc: document,
      win: window,
      ctx,
      onChange: (s) => states.push(s),
      debounceMs: 20,
    });
    await wait(60);
    expect(keys(states)).toEqual(['no-message']);

    setUrl(`https://mail.google.com/mail/u/0/#inbox/${A}`);
    openMockThread(document, A);
    await wait(100);
    expect(keys(states)).toEqual(['no-message', 'gmail:msg-f:1850123456789012345']);
    const open = states[1];
    expect(open?.status === 'message' && open.snapshot.subject).toContain('Riverside Council');

    // Unrelated mutations in the reading pane (Gmail does this all the time): no new push.
    document.querySelector('h2.hP')?.classList.add('hovered');
    document.querySelector('.a3s')?.append(document.createElement('span'));
    await wait(100);
    expect(states).toHaveLength(2);

    // Another thread: exactly one more push, with the new message.
    setUrl(`https://mail.google.com/mail/u/0/#inbox/${B}`);
    openMockThread(document, B);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await wait(100);
    expect(keys(states)).toEqual([
      'no-message',
      'gmail:msg-f:1850123456789012345',
      'gmail:msg-f:1850234567890123456',
    ]);

    // Back to the inbox list: the panel hears the message is gone.
    setUrl('https://mail.google.com/mail/u/0/#inbox');
    closeMockThread(document);
    await wait(100);
    expect(keys(states).at(-1)).toBe('no-message');
    expect(states).toHaveLength(4);
  });

  it('answers the panel with the open message, the selection or the page', async () => {
    setUrl(`https://mail.google.com/mail/u/0/#inbox/${A}`);
    openMockThread(document, A);
    const reader = startPageReader({
      doc: document,
      win: window,
      ctx,
      onChange: () => {},
      debounceMs: 20,
    });
    const auto = await reader.getState('auto');
    expect(auto.status === 'message' && auto.snapshot.from.name).toBe('The Riverside Ledger');

    expect((await reader.getState('selection')).status).toBe('no-message');
    const p = Array.from(document.querySelectorAll('.a3s p')).find((e) =>
      e.textContent?.includes('voted 7 to 2'),
    );
    if (!p) throw new Error('fixture changed');
    const range = document.createRange();
    range.selectNodeContents(p);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    const sel = await reader.getState('selection');
    expect(sel.status).toBe('message');
    expect(sel.status === 'message' && sel.snapshot.html).toContain('voted 7 to 2');
    expect(sel.status === 'message' && sel.snapshot.html).not.toContain('Brandt');

    const page = await reader.getState('page');
    expect(page.status === 'message' && page.snapshot.html).toContain('Riverside Council Votes');
  });

  it('stops all work when the content script context is invalidated', async () => {
    const states: PageState[] = [];
    startPageReader({
      doc: document,
      win: window,
      ctx,
      onChange: (s) => states.push(s),
      debounceMs: 20,
    });
    await wait(60);
    ctx.abort();
    setUrl(`https://mail.google.com/mail/u/0/#inbox/${A}`);
    openMockThread(document, A);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await wait(100);
    expect(keys(states)).toEqual(['no-message']);
  });
});

describe('page reader: change detection (Outlook fixture)', () => {
  const C1 = 'AQQkADAwATM0MDAAMS1hZGFkLTEzNDctMDACLTAwCgAQAHl2JQnvlm9EqB';
  const C2 = 'AQQkADAwATM0MDAAMS1hZGFkLTEzNDctMDACLTAwCgAQAKm7TXpwRr5MiC';
  let ctx: ContentScriptContext;
  beforeEach(() => {
    setUrl('https://outlook.live.com/mail/inbox');
    loadFixture('outlook-2026-11.html');
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => ctx.abort());

  /** What OWA does on a click in the list: pushState, then render the conversation. */
  function select(id: string) {
    setUrl(`https://outlook.live.com/mail/inbox/id/${id}`);
    const pane = document.getElementById('ReadingPaneContainerId');
    const tpl = document.querySelector<HTMLTemplateElement>(`template[data-mock-conv="${id}"]`);
    if (!pane || !tpl) throw new Error('fixture changed');
    pane.replaceChildren(tpl.content.cloneNode(true));
  }

  it('pushes once per conversation switched to', async () => {
    const states: PageState[] = [];
    startPageReader({
      doc: document,
      win: window,
      ctx,
      onChange: (s) => states.push(s),
      debounceMs: 20,
    });
    await wait(60);
    select(C1);
    await wait(100);
    select(C2);
    await wait(100);
    // Typing in the reply editor of the open conversation is not a switch.
    document.querySelector('[role=document]')?.append(document.createTextNode(' '));
    await wait(100);
    expect(states.map((s) => s.status)).toEqual(['no-message', 'message', 'message']);
    expect(keys(states)[1]).toContain(C1);
    expect(keys(states)[2]).toContain(C2);
  });
});
