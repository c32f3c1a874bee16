import type { EmailSnapshot } from '../lib/email/snapshot';

// Inputs built to make a backtracking regular expression go super-linear, each with a benign
// input of the same size and shape. Shared by the scaling property test and `npm run bench`:
// doubling an adversarial input must cost about what doubling a benign one costs.

export interface AdversarialFamily {
  name: string;
  /** The hostile input of about `n` characters. */
  build(n: number): EmailSnapshot;
  /** Ordinary prose of the same size, in the same place of the email. */
  benign(n: number): EmailSnapshot;
}

const PROSE = 'The council met on Tuesday and voted to widen the bus lanes downtown. ';

function snapshot(html: string | null, text: string | null): EmailSnapshot {
  return {
    subject: 'Scaling check',
    from: { name: 'Scaling Check', address: 'news@example.org' },
    date: '2026-03-02T09:00:00.000Z',
    html,
    text,
    provider: 'file',
  };
}

const run = (unit: string, n: number): string =>
  unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
const page = (body: string): string =>
  `<!doctype html><html><body><p>Hello there, readers.</p>${body}<p>Thanks for reading.</p></body></html>`;

/** `place` puts the run of characters in an email; the benign input puts prose there instead. */
function family(
  name: string,
  unit: string,
  place: (s: string) => EmailSnapshot,
): AdversarialFamily {
  return { name, build: (n) => place(run(unit, n)), benign: (n) => place(run(PROSE, n)) };
}

export const ADVERSARIAL: AdversarialFamily[] = [
  // A forwarded-message separator rule on a run of dashes (S2: 60,000 dashes froze the panel).
  family('dash run, text', '-', (s) => snapshot(null, `Hello there.\n\n${s}x\n\nThe end.`)),
  family('dash run, html', '-', (s) => snapshot(page(`<p>${s}x</p>`), null)),
  // A Markdown heading rule on `# a###…` (printed mail).
  family('`# a###…` line', '#', (s) => snapshot(null, `Hello there.\n\n# a${s}x\n\nThe end.`)),
  // Link text with an address after the words: a URL lookbehind rescanned the line.
  family('long link text', 'Donate now ', (s) =>
    snapshot(page(`<p><a href="https://example.org/give">${s}https://example.org/x</a></p>`), null),
  ),
  // Abbreviations merged into one ever-growing sentence ("St. St. St. …").
  family('abbreviation run', 'St. ', (s) =>
    snapshot(page(`<p><a href="https://example.org/a">${s}</a></p>`), null),
  ),
  family('abbreviation run, text', 'Dr. ', (s) =>
    snapshot(null, `Hello there.\n\n${s}\n\nThe end.`),
  ),
  // Dates and weekdays packed together (date rules scan around each hit).
  family('date run, heading', 'Jan 1 ', (s) => snapshot(page(`<h1>${s}</h1>`), null)),
  family('quote marks', '“a ', (s) => snapshot(page(`<p>${s}”</p>`), null)),
  family('spaces then no URL', '  ', (s) =>
    snapshot(null, `Hello there.\n\nSign${s}x\n\nThe end.`),
  ),
];
