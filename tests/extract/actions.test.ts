import { describe, expect, it } from 'vitest';
import { extractActions } from '../../lib/extract/actions';
import { docFrom } from './action-doc';

const kinds = (html: string, date?: string) =>
  extractActions(docFrom({ html }, date)).map((a) => [a.kind, a.label, a.date]);

describe('extractActions: buttons and links', () => {
  it('reads a table-cell button and classifies it', () => {
    const html = `<table><tr><td bgcolor="#c00" style="background-color:#c00;padding:10px">
      <a href="https://give.example.org/d">Donate to the strike fund</a></td></tr></table>`;
    expect(kinds(html)).toEqual([['donate', 'Donate to the strike fund', null]]);
  });
  it('takes the ask from the sentence around a generic link', () => {
    const html = `<p>The tenants need a lawyer. You can chip in to the defense fund <a href="https://give.example.org/x">here</a>.</p>`;
    expect(kinds(html)[0]?.[0]).toBe('donate');
  });
  it('classifies petitions, volunteering, contact and subscribe', () => {
    const html = `<p><a href="https://a.example.org/p">Sign the petition</a></p>
      <p><a href="https://a.example.org/v">Volunteer for a canvass shift</a></p>
      <p>Please <a href="https://a.example.org/c">call your state senator</a> before the vote.</p>
      <p><a href="https://a.example.org/s">Subscribe to the newsletter</a></p>`;
    expect(kinds(html).map((k) => k[0])).toEqual(['petition', 'volunteer', 'contact', 'subscribe']);
  });
  it('dates an event from the button or the line above it', () => {
    const html = `<p>The hearing is on Saturday, May 9 at the Grange Hall.</p>
      <table><tr><td bgcolor="#06c" style="background:#06c;padding:8px"><a href="https://e.example.org/rsvp">RSVP now</a></td></tr></table>`;
    expect(kinds(html)).toEqual([['event', 'RSVP', '2026-05-09']]);
  });
  it('is not fooled by a headline or a report that mentions a petition', () => {
    const html = `<p>Last week the group <a href="https://news.example.org/a">sent the regulator a petition about fees</a> and waited.</p>`;
    expect(kinds(html)).toEqual([]);
  });
});

describe('extractActions: chrome and hostile links', () => {
  it('never makes footer chrome into actions', () => {
    const html = `<p><a href="https://n.example.org/web">View this email in your browser</a></p>
      <p><a href="https://n.example.org/unsub">Unsubscribe</a> | <a href="https://n.example.org/p">Manage preferences</a></p>
      <p><a href="https://n.example.org/fwd">Forward to a friend</a></p>
      <p><a href="https://www.facebook.com/newsroom">Facebook</a> <a href="https://twitter.com/newsroom">Twitter</a></p>`;
    expect(kinds(html)).toEqual([]);
  });
  it('drops script targets and links whose text names another site', () => {
    const html = `<p><a href="javascript:alert(1)">Donate now</a></p>
      <p>Donate at <a href="https://evil.example.net/pay">www.give.example.org</a>.</p>`;
    expect(kinds(html)).toEqual([]);
  });
  it('unwraps a tracking redirect in the action URL', () => {
    const html = `<p><a href="https://t.esp.example/r?url=https%3A%2F%2Fgive.example.org%2Fd">Donate</a></p>`;
    expect(extractActions(docFrom({ html }))[0]?.url).toBe('https://give.example.org/d');
  });
});

describe('extractActions: text with links removed', () => {
  const text = `Hi friend,

The federation has set up a legal fund to support detained workers. (You can donate here. [[link removed]])

Here's the pledge that members are signing. [[link removed]]

Labor groups have called for a day of protest January 23. Join us.

Don't miss an issue, subscribe today. [[link removed]]`;
  it('finds each ask once, with a short label and the event date', () => {
    const got = extractActions(docFrom({ text }, '2026-01-21T01:00:00Z'));
    expect(got.map((a) => [a.kind, a.date])).toEqual([
      ['donate', null],
      ['petition', null],
      ['event', '2026-01-23'],
      ['subscribe', null],
    ]);
    expect(got[0]!.label).toBe('Donate to the legal fund to support detained workers');
    expect(got[1]!.label).toMatch(/^Sign the pledge/);
  });
  it('ignores past events', () => {
    const past = 'We called for a march on January 10 and thousands came.';
    expect(extractActions(docFrom({ text: past }, '2026-01-21T01:00:00Z'))).toEqual([]);
  });
});

describe('extractActions: merging', () => {
  it('merges a button and a text link to the same target, and a row of amount buttons', () => {
    const html = `<p>Keep the clinic open: <a href="https://give.example.org/d?src=txt">donate today</a>.</p>
      <table><tr><td bgcolor="#c00" style="background:#c00;padding:8px"><a href="https://give.example.org/d?src=txt">Donate</a></td></tr>
      <tr><td bgcolor="#c00" style="background:#c00;padding:8px"><a href="https://give.example.org/d?amount=10">$10</a></td></tr>
      <tr><td bgcolor="#c00" style="background:#c00;padding:8px"><a href="https://give.example.org/d?amount=25">$25</a></td></tr></table>`;
    const got = extractActions(docFrom({ html }));
    expect(got).toHaveLength(1);
    expect(got[0]!.kind).toBe('donate');
  });
  it('stays linear on 100,000 links', () => {
    const many = Array.from(
      { length: 100_000 },
      (_, i) => `<a href="https://e.example/${i}">Donate ${i}</a>`,
    ).join(' ');
    const doc = docFrom({ html: `<p>${many}</p>` });
    const t = performance.now();
    const got = extractActions(doc);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(got.length).toBeLessThanOrEqual(30);
  });
});
