import type { BrowserSession } from '../browser-session';
import type { FixturePage } from '../fixture-pages';
import { contains, normalise } from '../text-match';

// One click on "Copy quote" puts the quotation with its attribution on the system clipboard. The
// clipboard is read back through the browser (the panel's origin is granted clipboard access),
// after it is first filled with a marker so a click that copies nothing cannot pass.

export async function copyQuoteCopiesAttributedQuote(
  s: BrowserSession,
  page: FixturePage,
): Promise<void> {
  const panel = await s.panel();
  const marker = `mailgist-e2e-${Date.now()}`;
  await panel.evaluate(`navigator.clipboard.writeText(${JSON.stringify(marker)})`);
  await panel.clickByRole('button', /copy quote/i);
  const deadline = Date.now() + 5_000;
  let clip = marker;
  while (clip === marker && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    clip = await panel.evaluate<string>('navigator.clipboard.readText()');
  }
  if (clip === marker) throw new Error('clicking "Copy quote" left the clipboard unchanged');
  const quote = page.expect!.quotes.find((q) => contains(clip, q.text));
  if (!quote) {
    throw new Error(
      `the clipboard holds ${JSON.stringify(clip)}, which is none of the email's quotes (${page.expect!.quotes.map((q) => `"${q.text}…"`).join(', ')})`,
    );
  }
  if (!contains(clip, quote.speaker)) {
    throw new Error(
      `the copied quote is not attributed to ${quote.speaker}: ${JSON.stringify(clip)}`,
    );
  }
  // Only the quotation and its attribution: not the narration around it ("said …, an organizer").
  if (normalise(clip).includes(normalise(' said '))) {
    throw new Error(`the copied quote carries the article's narration: ${JSON.stringify(clip)}`);
  }
}
