import type { BrowserSession } from '../browser-session';
import type { FixturePage } from '../fixture-pages';
import { excerpt } from '../target-session';
import { contains } from '../text-match';

// A page that is not webmail (a newsletter's web version): no content script runs there. The user
// clicks the toolbar button on it (which grants activeTab), then "Summarise this page" in the
// panel; the panel injects the content script and shows the page's brief. The background opens
// the panel from the action's click handler precisely so that the click grants activeTab
// (Chromium 156 grants none when openPanelOnActionClick opens the panel by itself).

const NOT_WEBMAIL = /not a supported webmail page/i;
const NO_ACCESS = /click the MailGist toolbar button on this page first/i;

export async function summariseThisPageOnDemand(
  s: BrowserSession,
  page: FixturePage,
): Promise<string> {
  await s.open(page);
  const panel = await s.clickToolbarButton();
  // The panel stays open across scenarios: come back to the brief from the reading list.
  await panel.clickByRole('button', 'Brief', 5_000);
  await panel.waitForText(
    (t) => NOT_WEBMAIL.test(t),
    15_000,
    `on ${page.name} the panel did not show the "not a supported webmail page" state`,
  );
  // What the browser allows the panel on this tab now (the activeTab grant), for the report.
  const access = await panel.evaluate<string>(`(async () => {
    const [t] = await chrome.tabs.query({ active: true, currentWindow: true });
    try {
      await chrome.scripting.executeScript({ target: { tabId: t.id }, func: () => 1 });
      return 'executeScript allowed (tab url visible: ' + Boolean(t.url) + ')';
    } catch (e) {
      return 'executeScript refused: ' + e.message + ' (tab url visible: ' + Boolean(t.url) + ')';
    }
  })()`);
  const how = `toolbar button ${s.lastActionClosedPanel ? 'closed the open panel, clicked again to reopen' : 'with the panel open'}; ${access}`;
  await panel.clickByRole('button', 'Summarise this page', 5_000);
  const e = page.expect!;
  if (!access.startsWith('executeScript allowed')) {
    // The toolbar click must grant activeTab; without it the panel can only say what to do.
    const shown = await panel.waitForText(
      (t) => NO_ACCESS.test(t),
      15_000,
      `[${how}] the panel showed neither the brief nor the "click the toolbar button first" message`,
    );
    throw new Error(`the toolbar click granted no access to the page [${how}]: ${excerpt(shown)}`);
  }
  const text = await panel.waitForText(
    (t) => contains(t, e.headline) && !NOT_WEBMAIL.test(t),
    15_000,
    `after "Summarise this page" the panel never showed the headline "${e.headline}" [${how}]`,
  );
  const missing = [
    ...(contains(text, e.author) ? [] : [`byline "${e.author}"`]),
    ...(contains(text, e.quotes[0]!.text) ? [] : [`quote "${e.quotes[0]!.text}"`]),
  ];
  if (missing.length)
    throw new Error(`the brief of ${page.name} lacks its ${missing.join(', ')}: ${excerpt(text)}`);
  return `${how}; injected, brief "${e.headline}"`;
}
