import { WEBMAIL_HOST_PERMISSIONS } from './origins';

// A self-hosted webmail (Roundcube, say) is read only on origins the user granted at run time
// (optional host permission): the background registers the webmail content script there.

export const CUSTOM_SCRIPT_ID = 'mailgist-custom-webmail';
/** Where WXT writes entrypoints/webmail.content. */
export const WEBMAIL_SCRIPT_FILE = '/content-scripts/webmail.js' as const;

const BUILT_IN = new Set<string>(WEBMAIL_HOST_PERMISSIONS);

/** The granted origins that are custom webmail: https, a real host, not a built-in one. */
export function customOrigins(granted: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const pattern of granted ?? []) {
    if (BUILT_IN.has(pattern)) continue;
    // Only a concrete host: "https://*/*" (the optional grant's upper bound) is not an origin.
    const m = /^https:\/\/([a-z0-9.-]+(?::\d+)?)\/\*?$/i.exec(pattern);
    if (m?.[1]) out.add(`https://${m[1].toLowerCase()}/*`);
  }
  return [...out].sort();
}

/** The `scripting.registerContentScripts` entry for those origins. */
export function customRegistration(origins: readonly string[]) {
  return {
    id: CUSTOM_SCRIPT_ID,
    matches: [...origins],
    js: [WEBMAIL_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
}

/**
 * Run (`scripting.executeScript({ func })`) before the reader is injected into a site the user
 * has just allowed: a reader injected on demand earlier (see content-wiring's markOnDemand) then
 * gives way to one that reads the site like a supported webmail. Self-contained, as the browser
 * serialises it.
 */
export function clearOnDemand(): void {
  delete (globalThis as unknown as Record<string, unknown>)['__mailgistOnDemand'];
}
