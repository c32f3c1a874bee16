import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmailParseError, loadEmailFile } from '../../lib/email/load-file';
import { summarise } from '../../lib/extract';
import { parseHtmlNode } from '../../lib/node-dom';

// Bad input never crashes: any bytes under any supported name either load (and summarise) or are
// refused with an EmailParseError, never another exception.
const names = fc.constantFrom('x.eml', 'x.html', 'x.txt');
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ maxLength: 400 }).map((s) => new TextEncoder().encode(s)),
  fc
    .tuple(fc.string({ maxLength: 80 }), fc.string({ maxLength: 300 }))
    .map(([h, b]) => new TextEncoder().encode(`From: a@example.org\r\nSubject: ${h}\r\n\r\n${b}`)),
  fc
    .string({ maxLength: 300 })
    .map((s) => new TextEncoder().encode(`<html><body>${s}</body></html>`)),
);

describe('loaders on arbitrary input', () => {
  it('load and summarise, or refuse with EmailParseError', async () => {
    await fc.assert(
      fc.asyncProperty(names, bytes, async (name, data) => {
        try {
          const snapshot = await loadEmailFile(name, Buffer.from(data));
          summarise(snapshot, { parseHtml: parseHtmlNode });
        } catch (e) {
          expect(e).toBeInstanceOf(EmailParseError);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
