import { describe, expect, it, vi } from 'vitest';
import { displayHost, safeHref } from '../../lib/panel/safe-url';
import { lookUpPage } from '../../lib/panel/page-state';
import { viewFromLookup } from '../../lib/panel/panel-view';
import { applyQuery, DEFAULT_QUERY, parseTagInput } from '../../lib/panel/list-view';
import {
  articleFromStory,
  articleFromSummary,
  articleUrl,
} from '../../lib/panel/article-from-summary';
import { groupActions } from '../../lib/panel/action-groups';
import {
  dateTileParts,
  isPlaceholderName,
  labelWithoutDate,
  senderVia,
} from '../../lib/panel/brief-meta';
import { articleKey, canonicalUrl } from '../../lib/reading-list/article-key';
import { normaliseOrigin, parseSettings, DEFAULT_SETTINGS } from '../../lib/settings';
import { sampleSummary } from './sample-summary';
import { entry } from '../reading-list/helpers';

const snapshot = {
  subject: 'S',
  from: { name: 'A', address: 'a@b.org' },
  date: null,
  html: '<p>x</p>',
  text: null,
  provider: 'gmail' as const,
  url: 'https://mail.google.com/mail/u/0/#inbox/1',
};

describe('safe links', () => {
  it('keeps only http(s) and mailto', () => {
    expect(safeHref('https://a.org/x')).toBe('https://a.org/x');
    expect(safeHref('mailto:a@b.org')).toBe('mailto:a@b.org');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(displayHost('https://www.act.example.org/x')).toBe('act.example.org');
    expect(displayHost('mailto:someone@union.example.org')).toBe('union.example.org');
  });
});

describe('page lookup', () => {
  it('a rejected sendMessage means no content script', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Could not establish connection'));
    expect(await lookUpPage({ id: 3, url: 'https://example.org' }, 'auto', send)).toEqual({
      kind: 'no-content-script',
      tabId: 3,
      url: 'https://example.org',
    });
    expect(send).toHaveBeenCalledWith(3, { type: 'mailgist:get-page-state', mode: 'auto' });
  });
  it('validates the reply', async () => {
    const ok = await lookUpPage({ id: 1 }, 'auto', async () => ({
      status: 'message',
      key: 'k',
      snapshot,
    }));
    expect(ok.kind).toBe('page');
    expect((await lookUpPage({ id: 1 }, 'auto', async () => ({ status: 'weird' }))).kind).toBe(
      'bad-reply',
    );
  });
  it('maps lookups to panel views', () => {
    const summarise = vi.fn(() => sampleSummary());
    const all = DEFAULT_SETTINGS.enabledProviders;
    expect(
      viewFromLookup(
        { kind: 'no-content-script', tabId: 1, url: 'chrome://newtab' },
        all,
        summarise,
      ),
    ).toMatchObject({
      status: 'restricted',
      canSummarisePage: false,
    });
    expect(
      viewFromLookup(
        { kind: 'page', tabId: 1, state: { status: 'no-message', provider: 'gmail' } },
        all,
        summarise,
      ),
    ).toMatchObject({ status: 'no-message', canSummarisePage: true });
    const brief = viewFromLookup(
      { kind: 'page', tabId: 1, state: { status: 'message', key: 'gmail:1', snapshot } },
      all,
      summarise,
    );
    expect(brief).toMatchObject({ kind: 'brief', email: { key: 'gmail:1', url: snapshot.url } });
    expect(
      viewFromLookup(
        { kind: 'page', tabId: 1, state: { status: 'message', key: 'k', snapshot } },
        ['outlook'],
        summarise,
      ),
    ).toMatchObject({ status: 'disabled' });
    expect(
      viewFromLookup(
        { kind: 'page', tabId: 1, state: { status: 'message', key: 'k', snapshot } },
        ['outlook'],
        summarise,
        true,
      ),
    ).toMatchObject({ kind: 'brief' });
    const failing = () => {
      throw new Error('boom');
    };
    expect(
      viewFromLookup(
        { kind: 'page', tabId: 1, state: { status: 'message', key: 'k', snapshot } },
        all,
        failing,
      ),
    ).toMatchObject({
      status: 'error',
      detail: expect.stringContaining('boom'),
    });
  });
});

describe('articles and keys', () => {
  it('one key for the same article whatever the tracking parameters', () => {
    expect(canonicalUrl('https://www.Example.com/a/?utm_source=x&b=2&a=1#top')).toBe(
      'https://example.com/a?a=1&b=2',
    );
    expect(articleKey({ url: null, emailKey: 'gmail:1', title: 'T' })).toBe('email:gmail:1');
  });
  it('builds a reading list article from a brief and from a story', () => {
    const s = sampleSummary({
      items: [{ title: 'Story A', url: 'https://a.example.org/s', blurb: 'b' }],
      isDigest: true,
      webUrl: 'https://www.wardreport.example.com/strike?utm_source=mail',
    });
    const a = articleFromSummary(s, { key: 'gmail:1', url: snapshot.url });
    expect(a).toMatchObject({
      url: 'https://www.wardreport.example.com/strike?utm_source=mail',
      key: 'url:https://wardreport.example.com/strike',
      emailUrl: snapshot.url,
      excerpt: s.dek,
    });
    expect(a.quotes).toHaveLength(7);
    expect(articleFromStory(s.items[0]!, s, { key: 'gmail:1', url: null })).toMatchObject({
      title: 'Story A',
      key: 'url:https://a.example.org/s',
      excerpt: 'b',
    });
  });
  it('saves the email\'s web version as the article, never a "read more" action (issue 17)', () => {
    // The sample's "Read the full story" action stands for an advert's "Learn more" button.
    const noWebUrl = sampleSummary();
    expect(articleUrl(noWebUrl)).toBeNull();
    expect(articleFromSummary(noWebUrl, { key: 'gmail:1', url: null }).url).toBeNull();
    const own = sampleSummary({ webUrl: 'https://wardreport.example.com/p/strike-date' });
    expect(articleUrl(own)).toBe('https://wardreport.example.com/p/strike-date');
    expect(articleUrl(sampleSummary({ webUrl: 'javascript:alert(1)' }))).toBeNull();
    expect(articleUrl(sampleSummary({ webUrl: 'mailto:desk@wardreport.example.com' }))).toBeNull();
  });
  it('groups actions by kind, events first, and says "via" only when the sender differs', () => {
    const s = sampleSummary();
    expect(groupActions(s.actions).map((g) => g.kind)).toEqual([
      'event',
      'donate',
      'read-more',
      'other',
    ]);
    expect(senderVia(s)).toBe('Shop Floor Digest');
    expect(
      senderVia(sampleSummary({ sender: { name: 'The Ward Report', address: null } })),
    ).toBeNull();
  });
});

describe('brief meta', () => {
  it('leaves out "via" for a redaction placeholder or a sender that is the publication', () => {
    for (const name of ['xxxxxx', 'XXXX XXX', '—', '...', 'xxxx@xxxx.xxx', 'Redacted']) {
      expect(isPlaceholderName(name)).toBe(true);
      expect(senderVia(sampleSummary({ sender: { name, address: null } }))).toBeNull();
    }
    expect(
      senderVia(sampleSummary({ sender: { name: '  ', address: 'xxxxxx@xxxxx.xx' } })),
    ).toBeNull();
    expect(senderVia(sampleSummary({ sender: { name: 'Max Weber', address: null } }))).toBe(
      'Max Weber',
    );
    expect(
      senderVia(sampleSummary({ sender: { name: 'the ward report', address: null } })),
    ).toBeNull();
  });

  it("drops a date the label repeats only when it is the action's own date", () => {
    expect(labelWithoutDate('Day of protest January 23', '2026-01-23')).toBe('Day of protest');
    expect(labelWithoutDate('Mass walkout on Friday, February 20', '2026-02-20')).toBe(
      'Mass walkout',
    );
    expect(labelWithoutDate('Rally on 21st Feb 2026.', '2026-02-21')).toBe('Rally');
    expect(labelWithoutDate('March 3: teach-in at the hall', '2026-03-03')).toBe(
      'teach-in at the hall',
    );
    expect(labelWithoutDate('Day of protest January 24', '2026-01-23')).toBe(
      'Day of protest January 24',
    );
    expect(labelWithoutDate('March 3', '2026-03-03')).toBe('March 3');
    expect(labelWithoutDate('Rally at County General', '2026-03-12')).toBe(
      'Rally at County General',
    );
    expect(labelWithoutDate('Day of protest January 23', null)).toBe('Day of protest January 23');
    expect(dateTileParts('2026-01-23', 'en-US')).toEqual({ month: 'Jan', day: '23', year: '2026' });
    expect(dateTileParts('nope')).toBeNull();
  });
});

describe('reading list view logic', () => {
  const entries = [
    entry(1, { title: 'Zebra strike', tags: ['labor'], lists: ['Read later'] }),
    entry(2, { title: 'Apple café workers', read: true, lists: ['Strikes'] }),
    entry(3, { title: 'Middle story', publication: 'Other Pub' }),
  ];
  it('searches (accent-insensitive), filters and sorts', () => {
    expect(applyQuery(entries, { ...DEFAULT_QUERY, search: 'cafe' }).map((e) => e.id)).toEqual([
      'id-2',
    ]);
    expect(applyQuery(entries, { ...DEFAULT_QUERY, read: 'unread' }).map((e) => e.id)).toEqual([
      'id-3',
      'id-1',
    ]);
    expect(applyQuery(entries, { ...DEFAULT_QUERY, list: 'Strikes' }).map((e) => e.id)).toEqual([
      'id-2',
    ]);
    expect(applyQuery(entries, { ...DEFAULT_QUERY, tag: 'labor' }).map((e) => e.id)).toEqual([
      'id-1',
    ]);
    expect(applyQuery(entries, { ...DEFAULT_QUERY, sort: 'title' }).map((e) => e.title)).toEqual([
      'Apple café workers',
      'Middle story',
      'Zebra strike',
    ]);
    expect(applyQuery(entries, { ...DEFAULT_QUERY, sort: 'oldest' }).map((e) => e.id)).toEqual([
      'id-1',
      'id-2',
      'id-3',
    ]);
    expect(parseTagInput(' news, #labor; news ')).toEqual(['news', 'labor']);
  });
});

describe('settings', () => {
  it('keeps good fields and defaults bad ones', () => {
    expect(parseSettings({ quoteFormat: 'markdown', summarySentences: 9, theme: 'dark' })).toEqual({
      ...DEFAULT_SETTINGS,
      quoteFormat: 'markdown',
      theme: 'dark',
    });
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.summarySentences).toBe(3);
  });
  it('normalises a custom webmail origin', () => {
    expect(normaliseOrigin('mail.example.org/inbox')).toBe('https://mail.example.org');
    expect(normaliseOrigin('http://localhost:8080/x')).toBe('http://localhost:8080');
    expect(normaliseOrigin('ftp://x.org')).toBeNull();
    expect(normaliseOrigin('nonsense')).toBeNull();
  });
});
