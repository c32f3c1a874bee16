import { customOrigins } from '../webmail/custom-origins';
import { isRestrictedPage } from './page-state';

// "Read this site automatically": the origin of the page the panel could not read, when it is a
// site MailGist could be allowed on (https, a real host, not one it already reads), else null.

export function siteToRead(url: string | null | undefined): string | null {
  if (!url || isRestrictedPage(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  // customOrigins drops the built-in webmail origins and anything that is not a concrete host.
  const [pattern] = customOrigins([`${parsed.origin}/*`]);
  return pattern ? pattern.slice(0, -2) : null;
}

/** The optional host permission asked for from the click: every path of that one origin. */
export const sitePermission = (origin: string) => ({ origins: [`${origin}/*`] });
