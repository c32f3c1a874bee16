// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEmailFile } from '../../lib/email/load-file';
import type { EmailSnapshot } from '../../lib/email/snapshot';
import { summarise } from '../../lib/extract';
import { buildDocument } from '../../lib/extract/blocks/build-document';
import type { Block } from '../../lib/extract/blocks/document';
import { parseHtmlNode } from '../../lib/node-dom';
import { cleanBody } from '../../lib/webmail/clean-html';

// Hidden is hidden on every path, decided the same way: the same hostile email read by the CLI
// (the raw HTML, linkedom) and by the extension (the webmail page's DOM, cleaned by cleanBody,
// parsed again in the panel with DOMParser) gives the same blocks, and none of its hidden text.

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const parsePanel = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Words only the hidden parts of the fixtures below carry. */
const HIDDEN_WORDS =
  /FLASH50|free prize|WIRE TRANSFER|casino|Wire your savings|refinance|cheap watches|Invisible sentence|Collapsed sentence|not painted|sweepstakes|mobile app|Gratis-Fahrrad|Gewinnspiel|Suchmaschinen|Abgeschnittener|Durchsichtiger|preheader secret/i;

const INLINE_ONLY = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">preheader secret: 50% off today</div>
<table width="100%"><tr><td style="padding:20px">
<h1 style="font-size:24px">Library hours grow <span style="font-size:0">preheader secret casino</span>on weekends</h1>
<p>The county library will open on Sundays from April, after the board found money in this year's budget to staff the branches.</p>
<p style="visibility:hidden">preheader secret laid out but not painted.</p>
<p style="opacity:0">preheader secret at zero opacity.</p>
<p><span style="mso-hide:all">preheader secret for Outlook.</span>Branch managers say weekend visits already make up a third of all loans, and they expect that share to grow.</p>
<p style="font-size:16px"><a href="https://library.example/hours" style="background-color:#2255aa;padding:10px 18px;display:inline-block;color:#ffffff">See the new hours</a></p>
</td></tr></table></body></html>`;

interface Case {
  name: string;
  snapshot: EmailSnapshot;
}

async function fixture(dir: string, file: string): Promise<Case> {
  const snapshot = await loadEmailFile(file, readFileSync(join(fixtures, dir, file)));
  return { name: dir, snapshot };
}

async function cases(): Promise<Case[]> {
  return [
    await fixture('hidden-text-css', 'source.html'),
    await fixture('hidden-text-mjml', 'source.eml'),
    {
      name: 'inline styles only',
      snapshot: {
        subject: 'Library hours',
        from: { name: 'County Library', address: 'news@library.example' },
        date: '2026-03-02T09:00:00.000Z',
        html: INLINE_ONLY,
        text: null,
        provider: 'file',
      },
    },
  ];
}

/** What a block says, without its position-free details. */
function shape(blocks: Block[]): unknown[] {
  return blocks.map((b) => ({
    kind: b.kind,
    level: b.level,
    text: b.text,
    boilerplate: b.boilerplate,
    links: b.links.map((l) => ({ text: l.text, href: l.href })),
  }));
}

/**
 * The message as Gmail shows it: the body's content (its <style> sheets moved in with it) inside
 * the conversation's message element, in a page with styles of its own.
 */
function gmailPage(html: string): Element {
  const email = parsePanel(html);
  const sheets = Array.from(email.querySelectorAll('style'))
    .map((s) => s.outerHTML)
    .join('');
  const page = parsePanel(
    `<html><head><style>.a3s{font-size:small}</style></head><body><div role="main"><div class="adn"><div class="a3s aiL">${sheets}${email.body.innerHTML}</div></div></div></body></html>`,
  );
  return page.querySelector('.a3s')!;
}

/** The message in a frame of its own (Proton, iCloud): the whole email document. */
function framePage(html: string): Element {
  return parsePanel(html).body;
}

function webmailSnapshot(snapshot: EmailSnapshot, body: Element): EmailSnapshot {
  const cleaned = cleanBody(body);
  return { ...snapshot, html: cleaned.html || null, text: cleaned.html ? null : cleaned.text };
}

describe('hidden text is decided the same way in the CLI and in the panel', () => {
  it('the CLI path drops every hidden part of the hostile emails', async () => {
    for (const c of await cases()) {
      const blocks = buildDocument(c.snapshot, parseHtmlNode).blocks;
      expect(blocks.length, c.name).toBeGreaterThan(2);
      for (const b of blocks) expect(b.text, c.name).not.toMatch(HIDDEN_WORDS);
    }
  });

  for (const [where, page] of [
    ['Gmail-shaped page', gmailPage],
    ['message frame', framePage],
  ] as const) {
    it(`the webmail cleaning path (${where}) gives the CLI's blocks`, async () => {
      for (const c of await cases()) {
        const cli = buildDocument(c.snapshot, parseHtmlNode).blocks;
        const panel = buildDocument(
          webmailSnapshot(c.snapshot, page(c.snapshot.html!)),
          parsePanel,
        ).blocks;
        expect(shape(panel), c.name).toEqual(shape(cli));
      }
    });
  }

  it('a hidden preheader is never a summary sentence, hidden words never in the headline', async () => {
    for (const c of await cases()) {
      const cli = summarise(c.snapshot, { parseHtml: parseHtmlNode });
      const panel = summarise(webmailSnapshot(c.snapshot, gmailPage(c.snapshot.html!)), {
        parseHtml: parsePanel,
      });
      for (const s of [cli, panel]) {
        expect(s.headline, c.name).not.toMatch(HIDDEN_WORDS);
        for (const sentence of s.summary) expect(sentence, c.name).not.toMatch(HIDDEN_WORDS);
      }
      expect(panel.headline, c.name).toBe(cli.headline);
      expect(panel.summary, c.name).toEqual(cli.summary);
    }
  });

  it('the cleaned copy itself carries no hidden text', async () => {
    for (const c of await cases()) {
      const cleaned = cleanBody(gmailPage(c.snapshot.html!));
      expect(cleaned.text, c.name).not.toMatch(HIDDEN_WORDS);
    }
  });
});
