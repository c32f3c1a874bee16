import { generic } from './generic';
import { gmail } from './gmail';
import { icloud } from './icloud';
import { outlook } from './outlook';
import { proton } from './proton';
import { roundcube } from './roundcube';
import type { WebmailAdapter } from './types';
import { yahoo } from './yahoo';

/**
 * The adapters in the order they are tried. Host-matched providers first; Roundcube sniffs the
 * page (any host); the generic scanner matches everything and comes last. Fastmail and Zoho go
 * through the generic adapter until they have fixtures of their own.
 */
export const ADAPTERS: readonly WebmailAdapter[] = [
  gmail,
  outlook,
  yahoo,
  proton,
  icloud,
  roundcube,
  generic,
];

export function adapterFor(url: URL, doc: Document): WebmailAdapter {
  return ADAPTERS.find((a) => a.matches(url, doc)) ?? generic;
}
