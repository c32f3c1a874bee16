import { fileURLToPath } from 'node:url';

// The webmail fixture pages the scenarios open (tests/fixtures/webmail, each a stand-in for the
// webmail's single-page app in its documented structure), served as the real webmail host, and
// what a careful reader sees in each newsletter. The expectations are read off the email itself,
// so the panel is checked against the email, not against the parser's current output.

export interface ExpectedBrief {
  headline: string;
  author: string;
  /** Direct quotations in the body (their opening words) with who said them; the first must show. */
  quotes: { text: string; speaker: string }[];
  /** Words from one call to action's label. */
  action: string;
  /** The start of the article's web address (its "read the full story" link), where it has one. */
  articleUrl?: string;
}

export interface FixturePage {
  name: string;
  host: string;
  /** Served under every path of the host that starts with this (an app's routes); else urlPath only. */
  servesPrefix?: string;
  /** The webmail app's page; the server answers every path on the host with it, as an SPA does. */
  file: string;
  /** Path and hash the tab opens. */
  urlPath: string;
  /** What the user clicks in the app (message list, mailbox link) to get here without a reload. */
  clickToOpen?: string;
  /** null: no message is open. */
  expect: ExpectedBrief | null;
}

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/webmail/${name}.html`, import.meta.url));

const RIVERSIDE: ExpectedBrief = {
  headline: 'Riverside Council Votes to Make Buses Free for a Year',
  author: 'Maya Okafor',
  quotes: [
    {
      text: 'We heard from thousands of riders who skip meals to pay the fare',
      speaker: 'Ana Ruiz',
    },
    { text: 'A bus pass should never cost someone their lunch', speaker: 'Ana Ruiz' },
    { text: 'Free fares will fill the buses, but we still need drivers', speaker: 'Leon Brandt' },
  ],
  action: 'Donate to keep local news free',
  articleUrl: 'https://riversideledger.example/2026/11/free-buses',
};

const MAPLE_COURT: ExpectedBrief = {
  headline: 'Maple Court Tenants Win Repairs After Four-Month Rent Strike',
  author: 'Jordan Ellis',
  quotes: [
    { text: 'We paid our rent into escrow for four months', speaker: 'Rosa Delgado' },
    { text: 'This shows that organised tenants can win', speaker: 'Tom Reyes' },
  ],
  action: 'Chip in $10 to keep the tenant hotline open',
};

const GMAIL = fixture('gmail-2026-11');
const OUTLOOK = fixture('outlook-2026-11');
const GMAIL_ID = {
  riverside: 'FMfcgzQdzmRtWvbMxKqLfGvHtwZpNcXz',
  maple: 'FMfcgzQdzmSbKqPlTrWxVcNmHgFdJkLp',
};
const OUTLOOK_ID = {
  riverside: 'AQQkADAwATM0MDAAMS1hZGFkLTEzNDctMDACLTAwCgAQAHl2JQnvlm9EqB',
  maple: 'AQQkADAwATM0MDAAMS1hZGFkLTEzNDctMDACLTAwCgAQAKm7TXpwRr5MiC',
};

/** Gmail, a newsletter thread (an older collapsed issue, the newsletter, a draft reply). */
export const GMAIL_NEWSLETTER: FixturePage = {
  name: 'gmail: Riverside Ledger newsletter',
  host: 'mail.google.com',
  file: GMAIL,
  urlPath: `/mail/u/0/#inbox/${GMAIL_ID.riverside}`,
  clickToOpen: `tr[data-mock-open="${GMAIL_ID.riverside}"]`,
  expect: RIVERSIDE,
};

/** Gmail, a newsletter a friend forwarded. */
export const GMAIL_FORWARDED: FixturePage = {
  name: 'gmail: forwarded Eastside Housing Bulletin',
  host: 'mail.google.com',
  file: GMAIL,
  urlPath: `/mail/u/0/#inbox/${GMAIL_ID.maple}`,
  clickToOpen: `tr[data-mock-open="${GMAIL_ID.maple}"]`,
  expect: MAPLE_COURT,
};

/** Gmail's inbox list with no thread open. */
export const GMAIL_INBOX: FixturePage = {
  name: 'gmail: inbox, no message open',
  host: 'mail.google.com',
  file: GMAIL,
  urlPath: '/mail/u/0/#inbox',
  clickToOpen: '[role=navigation] a[href="#inbox"]',
  expect: null,
};

export const OUTLOOK_NEWSLETTER: FixturePage = {
  name: 'outlook: Riverside Ledger newsletter',
  host: 'outlook.live.com',
  file: OUTLOOK,
  urlPath: `/mail/inbox/id/${OUTLOOK_ID.riverside}`,
  clickToOpen: `[data-mock-open="${OUTLOOK_ID.riverside}"]`,
  expect: RIVERSIDE,
};

export const OUTLOOK_SECOND: FixturePage = {
  name: 'outlook: Eastside Housing Bulletin',
  host: 'outlook.live.com',
  file: OUTLOOK,
  urlPath: `/mail/inbox/id/${OUTLOOK_ID.maple}`,
  clickToOpen: `[data-mock-open="${OUTLOOK_ID.maple}"]`,
  expect: MAPLE_COURT,
};

/**
 * Not webmail: a newsletter's web version ("view this email in your browser") on its own site,
 * where no content script runs until the user asks the panel to summarise the page.
 */
export const NEWSLETTER_WEB_VERSION: FixturePage = {
  name: 'web: the Riverside Ledger newsletter’s web version',
  host: 'news.riversideledger.example',
  file: fileURLToPath(new URL('./pages/riverside-web-version.html', import.meta.url)),
  urlPath: '/2026/11/library-weekend-hours',
  expect: {
    headline: 'Library Board Extends Weekend Hours at Every Branch',
    author: 'Priya Natarajan',
    quotes: [
      {
        text: 'Sunday is the only day many families can come in together',
        speaker: 'Helen Osei',
      },
    ],
    action: 'Donate to keep local news free',
  },
};

const HARBOR_TOWN: ExpectedBrief = {
  headline: 'Harbor Town Weekly: Ferry Fares Drop, Library Hours Grow',
  author: 'Priya Nair',
  quotes: [
    {
      text: 'For families on the island this is the difference between a job in town',
      speaker: 'Dana Whitfield',
    },
    { text: 'We will need a second boat at seven by the spring', speaker: 'Tomas Lindqvist' },
  ],
  action: 'Donate to keep island news free',
};

const e2ePage = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url));

/** Yahoo Mail, a conversation: an older collapsed issue and the open newsletter. */
export const YAHOO_NEWSLETTER: FixturePage = {
  name: 'yahoo: Riverside Ledger newsletter',
  host: 'mail.yahoo.com',
  file: fixture('yahoo-2026-11'),
  urlPath: '/d/folders/1/messages/AKu9a0WzPmZ4Y2r7xQ',
  servesPrefix: '/d/',
  expect: RIVERSIDE,
};

/** Proton Mail: the body is written into an about:blank frame by script after load. */
export const PROTON_NEWSLETTER: FixturePage = {
  name: 'proton: Eastside Housing Bulletin (body framed after load)',
  host: 'mail.proton.me',
  file: e2ePage('proton-script-frame'),
  urlPath: '/u/0/inbox/Xk3m9QpLw2VbR7tYc0NfHg==',
  servesPrefix: '/u/',
  expect: MAPLE_COURT,
};

/** iCloud Mail's top page; the message is in a cross-origin frame (ICLOUD_MESSAGE_FRAME). */
export const ICLOUD_NEWSLETTER: FixturePage = {
  name: 'icloud: Riverside Ledger newsletter (cross-origin message frame)',
  host: 'www.icloud.com',
  file: e2ePage('icloud-mail'),
  urlPath: '/mail/',
  servesPrefix: '/mail/',
  expect: RIVERSIDE,
};

/** Served for the iCloud page's frame; never opened by itself. */
const ICLOUD_MESSAGE_FRAME: FixturePage = {
  name: 'icloud: the message frame',
  host: 'www-mail.icloud-sandbox.com',
  file: fixture('icloud-2026-11'),
  urlPath: '/applications/mail2-message/current/en-us/index.html',
  expect: null,
};

/**
 * A self-hosted Roundcube (elastic skin) on a host MailGist does not know: the message is in the
 * same-origin preview frame, and the skin has screen-reader-only headings ("Application tasks").
 */
export const ROUNDCUBE_SELF_HOSTED: FixturePage = {
  name: 'roundcube: Harbor Town Weekly in the preview frame (self-hosted origin)',
  host: 'webmail.harbor-coop.example',
  file: fixture('roundcube-elastic-2026-12'),
  urlPath: '/?_task=mail&_mbox=INBOX',
  expect: HARBOR_TOWN,
};

export const ALL_PAGES: readonly FixturePage[] = [
  GMAIL_NEWSLETTER,
  GMAIL_FORWARDED,
  GMAIL_INBOX,
  OUTLOOK_NEWSLETTER,
  OUTLOOK_SECOND,
  NEWSLETTER_WEB_VERSION,
  YAHOO_NEWSLETTER,
  PROTON_NEWSLETTER,
  ICLOUD_NEWSLETTER,
  ICLOUD_MESSAGE_FRAME,
  ROUNDCUBE_SELF_HOSTED,
];

export const pageUrl = (p: FixturePage) => `https://${p.host}${p.urlPath}`;
