import type { Block } from '../blocks/document';
import { nameCased } from '../text/byline-names';
import { leadingName } from '../text/person-names';

// Transcripts and interviews laid out as turns: "SANDERS: …", "Mara Lind: …". A label is a
// speaker only when the email is an exchange — two or more different labels over three or more
// turns — so a lone "NOTE:" or "Bottom line:" never becomes a person.

/** "SANDERS:", "JANE ROE:", "Mara Lind:" at the start of a block (bounded, no backtracking). */
const LABEL =
  /^([\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40}|\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){0,3}):\s+\S/u;

/** Block index → the speaker whose turn the block is, for emails laid out as an exchange. */
export function transcriptTurns(blocks: readonly Block[]): Map<number, string> {
  const turns = new Map<number, string>();
  for (const b of blocks) {
    if (b.kind === 'heading' || b.kind === 'preformatted') continue;
    const m = LABEL.exec(b.text.trimStart());
    if (!m) continue;
    const label = nameCased(m[1]!.trim());
    // The whole label must read as a name ("Bottom Line" is two name-shaped words; the exchange
    // test below keeps it out).
    if (leadingName(label) !== label) continue;
    turns.set(b.index, label);
  }
  const speakers = new Set(turns.values());
  if (speakers.size < 2 || turns.size < 3) return new Map();
  return turns;
}
