import { fileURLToPath } from 'node:url';

// The webmail pages the scenarios open, each served over HTTPS as the real webmail host (Chromium
// maps the host to the local fixture server), with what a careful reader sees in its newsletter.
// The expectations are read off the page itself, so the panel is checked against the email, not
// against the parser's current output.

export interface ExpectedBrief {
  headline: string;
  author: string;
  /** Direct quotations in the body (their opening words) with who said them; the first must show. */
  quotes: { text: string; speaker: string }[];
  /** Words from one call to action's label. */
  action: string;
  /** The article's web address (its "read the full story" link), where the email gives one. */
  articleUrl?: string;
}

export interface FixturePage {
  name: string;
  host: string;
  /** Path, query and hash the tab opens; the query's `page` names the file to the server. */
  urlPath: string;
  file: string;
  /** The region a single-page webmail swaps when the user opens another message. */
  paneSelector: string;
  /** null: no message is open on this page. */
  expect: ExpectedBrief | null;
}

const page = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url));

export const GMAIL_NEWSLETTER: FixturePage = {
  name: 'gmail-tenants-bulletin',
  host: 'mail.google.com',
  urlPath: '/mail/u/0/?page=gmail-tenants-bulletin#inbox/FMfcgze2eTenants',
  file: page('gmail-tenants-bulletin'),
  paneSelector: '[role=main]',
  expect: {
    headline: 'City Council Passes Rent Stabilization After Packed Hearing',
    author: 'Marisol Ortega',
    quotes: [
      { text: 'We packed this chamber because our rent went up thirty percent', speaker: 'Dana Whitfield' },
      { text: 'Tonight the council finally listened', speaker: 'Dana Whitfield' },
      { text: 'Every cap we have studied shifts investment', speaker: 'Howard Lindqvist' },
    ],
    action: 'tenant defense fund',
    articleUrl: 'https://tenants.example.org/news/2026/rent-stabilization-passes',
  },
};

export const GMAIL_SECOND: FixturePage = {
  name: 'gmail-library-news',
  host: 'mail.google.com',
  urlPath: '/mail/u/0/?page=gmail-library-news#inbox/FMfcgze2eLibrary',
  file: page('gmail-library-news'),
  paneSelector: '[role=main]',
  expect: {
    headline: 'Riverside Library Extends Weekend Hours in January',
    author: 'Tomasz Brandt',
    quotes: [{ text: 'Weekends are when working families can actually come in', speaker: 'Gloria Achebe' }],
    action: 'Volunteer for the weekend reading hour',
  },
};

export const GMAIL_INBOX: FixturePage = {
  name: 'gmail-inbox',
  host: 'mail.google.com',
  urlPath: '/mail/u/0/?page=gmail-inbox#inbox',
  file: page('gmail-inbox'),
  paneSelector: '[role=main]',
  expect: null,
};

export const OUTLOOK_NEWSLETTER: FixturePage = {
  name: 'outlook-birding-weekly',
  host: 'outlook.live.com',
  urlPath: '/mail/0/inbox/id/AAQkAGE2ZTEe2e?page=outlook-birding-weekly',
  file: page('outlook-birding-weekly'),
  paneSelector: '#ReadingPaneContainerId',
  expect: {
    headline: 'Snowy Owls Return to the Harbor Marsh',
    author: 'Ingrid Salazar',
    quotes: [
      { text: 'If you keep a respectful distance, this is the best winter viewing', speaker: 'Martin Okafor' },
    ],
    action: 'Register for the Saturday owl walk',
  },
};

export const ALL_PAGES: readonly FixturePage[] = [
  GMAIL_NEWSLETTER,
  GMAIL_SECOND,
  GMAIL_INBOX,
  OUTLOOK_NEWSLETTER,
];

export const pageUrl = (p: FixturePage) => `https://${p.host}${p.urlPath}`;
