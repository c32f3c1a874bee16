import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../lib/extract/actions/actions';
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

describe('extractActions: rules from the corpus review', () => {
  it('reads an icon button whose words are only in its link (Substack "▷ Listen", "Save")', () => {
    const html = `<table><tr><td class="button"><a href="https://open.substack.example.com/pub/x/p/y"><span>▷ Listen</span></a></td></tr></table>
      <table><tr><td class="button"><a href="https://substack.example.com/redirect/2/save"><span>Save</span></a></td></tr></table>`;
    expect(kinds(html).map((k) => k[1])).toEqual(['▷ Listen', 'Save']);
  });
  it('drops reaction buttons whose link was removed, keeps them with a link', () => {
    const text = `A post.\n\nLike [[link removed]]\n\nComment [[link removed]]\n\nRestack [[link removed]]\n`;
    expect(extractActions(docFrom({ text }))).toEqual([]);
  });
  it('takes a masthead "Presented by" line as a credit, not a placement', () => {
    const html = `<p>Presented By Acme</p><h1>City Brief</h1><p>By Ana Ruiz</p>
      <ul><li><a href="https://weather.example.gov/today">Today's weather</a>: sunny, 61°.</li></ul>
      <h2>1 big thing</h2><p>The council met on Monday and passed the budget after a long night of amendments.</p>`;
    expect(kinds(html)).toEqual([]);
  });
  it('names the event of a narrative sentence, dated on the day it gives', () => {
    const html = `<p>Drivers are preparing for what organizers call a "general strike" on Friday, February 20, when the depots close.</p>`;
    expect(kinds(html, '2026-02-10T06:30:00Z')).toEqual([
      ['event', 'General strike on Friday, February 20', '2026-02-20'],
    ]);
  });
  it('skips a headline that only names an event', () => {
    const html = `<h2><a href="https://news.example.org/walkout">Can a warehouse walkout spread?</a></h2>`;
    expect(kinds(html)).toEqual([]);
  });
  it('keeps two asks to one page apart when they differ ("sign" and "share" the petition)', () => {
    const html = `<p>Step 1 - <a href="https://save.example.org/">Sign the Save the Marsh petition</a></p>
      <p>Step 2 - <a href="https://save.example.org/">Share the Save the Marsh petition</a> with a friend.</p>`;
    expect(kinds(html).map((k) => k[0])).toEqual(['petition', 'share']);
  });
  it('does not merge two separate subscribe links of neighbouring paragraphs', () => {
    const html = `<p>If you'd like it by email, please <a href="https://t.example.com/c/1">subscribe at this link</a>.</p>
      <p>Like getting this newsletter? <a href="https://t.example.com/c/2">Subscribe to Example.com</a> for full access.</p>`;
    expect(kinds(html).map((k) => k[1])).toEqual([
      'Subscribe at this link',
      'Subscribe to Example.com',
    ]);
  });
  it('reads the words of a Markdown link in text mail', () => {
    const text = `In the meantime, [please consider making a small donation](https://give.example.org/c/9).\n`;
    expect(extractActions(docFrom({ text }))[0]).toMatchObject({
      kind: 'donate',
      url: 'https://give.example.org/c/9',
    });
  });
  it('merges link-less subscribe prompts of a text email into one ask', () => {
    const text = `Forwarded this email? Subscribe here [[link removed]] for more\n\nA post about zoning.\n\nSubscribe to The Zoning Letter and share it [[link removed]]\n`;
    const subs = extractActions(docFrom({ text })).filter((a) => a.kind === 'subscribe');
    expect(subs.map((a) => a.label)).toEqual(['Subscribe to The Zoning Letter and share it']);
  });
  it('reads the subscribe invitation of a footer, and nothing else there', () => {
    const html = `<p>The council passed the budget on Monday night after four hours of debate and amendments.</p>
      <table><tr><td style="font-size:11px">You can <a href="https://x.us1.list-manage.com/profile?u=1">update your email</a> or <a href="https://x.us1.list-manage.com/unsubscribe?u=1">unsubscribe</a>.</td></tr>
      <tr><td style="font-size:11px">Not a subscriber? Subscribe at <a href="https://x.us1.list-manage.com/track/click?u=1&amp;id=2">https://citybrief.example.com</a>. Follow us on <a href="https://twitter.com/citybrief">Twitter</a>.</td></tr></table>`;
    expect(kinds(html).map((k) => k[0])).toEqual(['subscribe']);
  });
});

describe('extractActions: disguised and private targets (issue 14, F7, F11)', () => {
  it('drops a link whose text names a domain the target does not belong to', () => {
    const html = `<p><a href="https://paypal.com.evil.example/give">Donate at paypal.com</a></p>`;
    expect(kinds(html)).toEqual([]);
  });
  it('drops loopback and private-network targets however written', () => {
    const html = [
      'http://127.0.0.1:9222/json',
      'http://[::1]/',
      'https://0x7f.1/',
      'http://192.168.0.1/',
    ]
      .map((u) => `<p><a href="${u}">Donate now</a></p>`)
      .join('');
    expect(kinds(html)).toEqual([]);
  });
});

describe('extractActions: calendar entries in an events section', () => {
  it('reads "Title: venue, time, weekday date. Description" list items, each its own event', () => {
    const html = `<h2>Events</h2><ul>
      <li><a href="https://club.example.org/e/1">Spring General Meeting</a>: Riverside Hall, 7pm, Monday 5/4/26. We will elect the new board and plan the season.</li>
      <li><a href="https://club.example.org/e/2">Sign Painting Night</a>: Location TBD, Saturday, 5/9/26. Bring old sheets and any paint you have.</li></ul>
      <h2>News</h2><p>On 3/2/26 the council approved the lane. It opens on Friday, May 1.</p>`;
    const got = extractActions(docFrom({ html }, '2026-04-28T14:30:00Z'));
    expect(got.map((a) => [a.kind, a.label, a.date, a.time ?? null, a.url])).toEqual([
      [
        'event',
        'Spring General Meeting: Riverside Hall',
        '2026-05-04',
        '19:00',
        'https://club.example.org/e/1',
      ],
      [
        'event',
        'Sign Painting Night: Location TBD',
        '2026-05-09',
        null,
        'https://club.example.org/e/2',
      ],
    ]);
  });
  it('keeps two events of one day apart, and merges an RSVP into its event', () => {
    const html = `<h3>Tuesday, May 12</h3><ul><li><a href="https://c.example.org/n">North Chapter Meeting</a> Library | 7 pm</li>
      <li><a href="https://c.example.org/s">South Chapter Meeting</a> Cafe | 7 pm</li></ul>
      <h3>Thursday, May 14</h3><ul><li>Garden work day, 9 am, Community Garden</li><li><a href="https://c.example.org/rsvp">RSVP</a></li></ul>`;
    const got = extractActions(docFrom({ html }, '2026-04-28T14:30:00Z'));
    expect(got.map((a) => [a.label, a.date, a.url])).toEqual([
      ['North Chapter Meeting', '2026-05-12', 'https://c.example.org/n'],
      ['South Chapter Meeting', '2026-05-12', 'https://c.example.org/s'],
      ['Garden work day', '2026-05-14', 'https://c.example.org/rsvp'],
    ]);
  });
});

describe('extractActions: poll answers apart from their question', () => {
  it('reads ">> answer: address" blocks with a description between each', () => {
    const text = `Friend,

Which of these priorities is most important to you?

>> Safer streets: https://vote.example.org/p?a=1

Lower speed limits and protected lanes on every arterial.

>> Better buses: https://vote.example.org/p?a=2

Frequent service and all-door boarding.

>> Cleaner air: https://vote.example.org/p?a=3

Thanks for telling us.`;
    const got = extractActions(docFrom({ text }));
    expect(got.map((a) => [a.kind, a.url])).toEqual([
      ['other', 'https://vote.example.org/p?a=1'],
      ['other', 'https://vote.example.org/p?a=2'],
      ['other', 'https://vote.example.org/p?a=3'],
    ]);
    expect(got[0]!.label).toBe('Which of these priorities is most important to you? Safer streets');
  });
});
