import type { FixturePage } from '../fixture-pages';
import type { BriefHost, PanelLike } from '../panel-like';
import { excerpt } from '../target-session';
import { contains } from '../text-match';

// The brief in the side panel: the open newsletter's headline, byline, quotes and calls to action,
// following the user from message to message and site to site, and an empty state with no message.

const SHOW_TIMEOUT = 15_000;

/** Waits for the page's headline in the panel, then checks the rest of the brief is there too. */
export async function expectBrief(panel: PanelLike, page: FixturePage): Promise<void> {
  const e = page.expect!;
  await panel.waitForText(
    (t) => contains(t, e.headline),
    SHOW_TIMEOUT,
    `the panel never showed the headline "${e.headline}" of ${page.name}`,
  );
  // Give the rest of the brief a moment to render after the headline.
  const text = await panel
    .waitForText(
      (t) => contains(t, e.author) && contains(t, e.quotes[0]!.text) && contains(t, e.action),
      3_000,
      'incomplete brief',
    )
    .catch(() => panel.text());
  const missing = [
    ...(contains(text, e.author) ? [] : [`byline "${e.author}"`]),
    ...(contains(text, e.quotes[0]!.text) ? [] : [`quote "${e.quotes[0]!.text}…"`]),
    ...(contains(text, e.quotes[0]!.speaker) ? [] : [`quote speaker "${e.quotes[0]!.speaker}"`]),
    ...(contains(text, e.action) ? [] : [`call to action "${e.action}"`]),
  ];
  const headings = await panel.headings();
  if (!headings.some((h) => /quote/i.test(h))) missing.push('a "Key quotes" heading');
  if (!headings.some((h) => /action/i.test(h))) missing.push('a "Calls to action" heading');
  if (missing.length) {
    throw new Error(
      `the panel shows "${e.headline}" but not its ${missing.join(', ')}; headings: ${JSON.stringify(headings)}; text: ${excerpt(text)}`,
    );
  }
}

/** Opens a webmail page with a newsletter open; the panel shows its brief. */
export async function newsletterShowsBrief(s: BriefHost, page: FixturePage): Promise<void> {
  await s.open(page);
  await expectBrief(await s.panel(), page);
}

export async function panelFollowsMessageSwitch(
  s: BriefHost,
  from: FixturePage,
  to: FixturePage,
): Promise<void> {
  await s.clickThrough(to);
  const panel = await s.panel();
  await panel.waitForText(
    (t) => contains(t, to.expect!.headline) && !contains(t, from.expect!.headline),
    SHOW_TIMEOUT,
    `after switching from "${from.expect!.headline}" to "${to.expect!.headline}" without a reload, the panel did not follow`,
  );
  await expectBrief(panel, to);
}

// "No message open" — the content script ran and found no open message. Not to be confused with
// "not a supported webmail page", which is what a panel shows when no content script answers.
const EMPTY_STATE = /\bno (open )?(message|email|newsletter)\b/i;
const UNSUPPORTED = /not a supported|unsupported/i;

/** Back to the inbox (a click in the app, no reload): the brief gives way to the empty state. */
export async function noMessageShowsEmptyState(
  s: BriefHost,
  page: FixturePage,
  previous: FixturePage,
): Promise<void> {
  await s.clickThrough(page);
  await (
    await s.panel()
  ).waitForText(
    (t) => EMPTY_STATE.test(t) && !UNSUPPORTED.test(t) && !contains(t, previous.expect!.headline),
    SHOW_TIMEOUT,
    `on ${page.name} (a supported webmail, no message open) the panel did not show the "no message" state (${EMPTY_STATE}, not ${UNSUPPORTED}) in place of the last brief`,
  );
}
