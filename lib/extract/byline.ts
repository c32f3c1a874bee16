import type { EmailDoc } from './document';

/** Bylines in the body ("By …", a name above a date, a sign-off, a bio). First cut: none. */
export function extractAuthors(_doc: EmailDoc): string[] {
  return [];
}
