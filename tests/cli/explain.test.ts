import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../cli/explain';
import { loadEmailFile } from '../../lib/email/load-file';
import { explainBlocks } from '../../lib/extract/explain';
import { parseHtmlNode } from '../../lib/node-dom';

const root = join(import.meta.dirname, '..', '..');

describe('mailgist --explain', () => {
  it('prints every block with its role and the evidence for it', async () => {
    const file = join(root, 'tests/fixtures/meta-greeting-sponsor-mailchimp/source.eml');
    const snapshot = await loadEmailFile(file, readFileSync(file));
    const blocks = explainBlocks(snapshot, parseHtmlNode);
    const out = formatExplanation(blocks);
    expect(out.split('\n').length).toBe(blocks.length + 2);
    expect(out).toMatch(/greeting\s+Good morning! {2}\(greeting \(en-time\)\)/);
    expect(out).toMatch(/sponsor\s+TOGETHER WITH {2}\(sponsor label \(en\)\)/);
    expect(out).toMatch(/h1\s+headline\s+Ferry fares rise/);
  });

  it('never prints a control character or a bidi override from the email', () => {
    const out = formatExplanation([
      {
        index: 0,
        kind: 'paragraph',
        role: 'body',
        evidence: [],
        text: 'a\u001b]52;c;x\u0007b\u202ec',
      },
    ]);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });
});
