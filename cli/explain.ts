import { oneLine } from '../lib/control-chars';
import type { ExplainedBlock } from '../lib/extract/explain';

// `mailgist --explain FILE`: every block with its role and the evidence for it, so anyone can see
// why a field came out as it did. Text is shortened and control characters are shown escaped.

const WIDTH = 90;

export function formatExplanation(blocks: ExplainedBlock[]): string {
  const lines = blocks.map((b) => {
    // One line, escape sequences and control characters removed (lib/control-chars).
    const safe = oneLine(b.text);
    const shown = safe.length > WIDTH ? `${safe.slice(0, WIDTH - 1)}…` : safe;
    const why = b.evidence.length ? `  (${b.evidence.join('; ')})` : '';
    return `${String(b.index).padStart(4)}  ${b.kind.padEnd(12)} ${b.role.padEnd(12)} ${shown}${why}`;
  });
  return `${'   #'}  ${'kind'.padEnd(12)} ${'role'.padEnd(12)} text\n${lines.join('\n')}\n`;
}
