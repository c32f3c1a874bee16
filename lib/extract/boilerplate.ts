import type { Block } from './document';

// Footer and header chrome that is not the newsletter: view-in-browser, unsubscribe and
// preference blocks, social rows, postal addresses, archive notices. First cut: pattern table.
export const BOILERPLATE_PATTERNS: RegExp[] = [
  /\bunsubscribe\b/i,
  /\b(manage|update) (your )?(email )?(preferences|subscription)/i,
  /\bview (this email )?(it )?in (your|a|the)? ?browser\b/i,
  /\bview (this email )?online\b/i,
  /\blinks have been removed from this email\b/i,
  /\byou (are )?receiv(ed|ing) this (email|message)\b/i,
  /\bforward (this|it) to a friend\b/i,
];

export function markBoilerplate(blocks: Block[]): void {
  for (const b of blocks) {
    if (b.text.length < 400 && BOILERPLATE_PATTERNS.some((re) => re.test(b.text)))
      b.boilerplate = true;
  }
}
