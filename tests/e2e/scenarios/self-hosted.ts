import type { FixturePage } from '../fixture-pages';
import type { BriefHost, PanelLike } from '../panel-like';
import { contains } from '../text-match';
import { expectBrief } from './brief';

// A self-hosted webmail MailGist does not know (Roundcube on the user's own host), with the
// message in a same-origin frame and screen-reader-only headings in the skin. First "Summarise this
// page" (the panel injects the reader under activeTab), then "Read this site automatically" (the
// browser grants the origin from the click; the reader then runs there as on a supported webmail,
// also after a reload).

const NOT_WEBMAIL = /not a supported webmail page/i;
/** What the skin hides from sight; none of it may become the brief. */
const HIDDEN = ['Application tasks', 'Message list', 'Mail preview', 'Folder list'];

function noHiddenText(text: string, page: FixturePage): void {
  const leaked = HIDDEN.filter((h) => contains(text, h));
  if (leaked.length)
    throw new Error(
      `the brief of ${page.name} shows the skin's screen-reader-only text: ${leaked.join(', ')}`,
    );
}

async function notWebmail(s: BriefHost, page: FixturePage): Promise<PanelLike> {
  await s.open(page);
  // The user's click on the toolbar button on this page (activeTab: its URL, a one-off read).
  const panel = await s.clickToolbarButton();
  await panel.clickButton('Brief').catch(() => {}); // back from the reading list, if it was open
  await panel.waitForText(
    (t) => NOT_WEBMAIL.test(t),
    15_000,
    `on ${page.name} (an origin MailGist was not given) the panel did not show "Not a supported webmail page"`,
  );
  return panel;
}

export async function summariseFramedWebmail(s: BriefHost, page: FixturePage): Promise<void> {
  const panel = await notWebmail(s, page);
  await panel.clickButton('Summarise this page');
  await expectBrief(panel, page);
  noHiddenText(await panel.text(), page);
}

/**
 * "Read this site automatically" is offered for the page's origin; the origin is then granted as
 * the user's acceptance of the browser's prompt grants it (`grant`: a script's click is not user
 * input, so the prompt itself cannot be driven here; the click's request is a unit test), and from
 * then on the page is read like a supported webmail: the Roundcube reader finds the framed message
 * with no click, on the open tab and after a reload.
 */
export async function grantedSiteIsRead(
  s: BriefHost,
  page: FixturePage,
  grant: (pattern: string) => Promise<void>,
): Promise<string> {
  const panel = await notWebmail(s, page);
  const offered = await panel.text();
  if (!/read this site automatically/i.test(offered) || !contains(offered, `https://${page.host}`))
    throw new Error(
      `on ${page.name} the panel does not offer "Read this site automatically" for https://${page.host}`,
    );
  await grant(`https://${page.host}/*`);
  // The background starts the reader in the open tab when the origin is granted.
  await panel.clickButton('Try again');
  await expectBrief(panel, page);
  noHiddenText(await panel.text(), page);
  await s.open(page);
  const after = await s.panel();
  await after.waitForText(
    (t) => contains(t, page.expect!.headline) && !NOT_WEBMAIL.test(t),
    15_000,
    `after ${page.host} was granted and the page reloaded, the panel did not brief it by itself`,
  );
  return `offered for https://${page.host}; once granted, briefed in the open tab and after a reload`;
}
