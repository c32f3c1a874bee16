// The one role each block of an email plays, decided once (assign-roles.ts) and read by every
// field extractor, so "is this a greeting / a sponsor label / a sign-off?" has one answer.

export const BLOCK_ROLES = [
  'masthead', // the newsletter's own name at the top
  'issue-line', // "Issue #33", "Ausgabe 01/2022", "Vol. 3 · No. 12"
  'dateline', // a line that is only a date ("Wednesday, August 17, 2022")
  'greeting', // "Good morning!", "Liebe Leserinnen und Leser,"
  'toc', // "In this issue" and the list under it
  'sponsor', // "Together with", "Presented by" and the sponsor's own blocks
  'navigation', // rows of short links ("Alerts | Podcasts | Jobs"), "Invite a friend"
  'social', // rows of social-network links
  'label', // a short rubric heading that names a part of the email ("Oil & Gas", "EVENTS")
  'headline', // a title-shaped heading: a story's title (the lead is chosen by the metadata stage)
  'dek', // the standfirst under a headline
  'byline', // "By Jane Doe", "Von Anna Müller", "Written by …"
  'body', // the text itself
  'quotation', // a block quotation
  'credit-line', // "— Sarah Mei", the credit under a block quotation
  'button', // a call-to-action button
  'signature', // the sign-off and the names under it ("Love, Andrew", "Ihr Inxmail Team")
  'footer', // unsubscribe, preferences, view-online, why-you-got-this
  'legal', // copyright, postal address, "paid for by"
] as const;

export type BlockRole = (typeof BLOCK_ROLES)[number];

export interface RoleDecision {
  role: BlockRole;
  /** Why, in a few words per piece of evidence (shown by `mailgist --explain`). */
  evidence: string[];
}

/** Roles whose text is never an article's headline, byline or publication. */
export const FURNITURE_ROLES: ReadonlySet<BlockRole> = new Set<BlockRole>([
  'issue-line',
  'dateline',
  'greeting',
  'toc',
  'sponsor',
  'navigation',
  'social',
  'label',
  'signature',
  'footer',
  'legal',
  'button',
]);
