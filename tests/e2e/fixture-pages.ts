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

export const ALL_PAGES: readonly FixturePage[] = [
  GMAIL_NEWSLETTER,
  GMAIL_FORWARDED,
  GMAIL_INBOX,
  OUTLOOK_NEWSLETTER,
  OUTLOOK_SECOND,
  NEWSLETTER_WEB_VERSION,
];

export const pageUrl = (p: FixturePage) => `https://${p.host}${p.urlPath}`;
