import type { BrowserSession } from '../browser-session';
import { sleep } from '../chromium';
import type { FixturePage } from '../fixture-pages';
import { contains } from '../text-match';
import { excerpt, TargetSession } from '../target-session';
import { auditWithAxe } from './accessibility';
import { fitsWidth } from './narrow';

// The panel's shell as a reader meets it beyond the brief: the reading list and the options page
// pass axe in both schemes, nothing scrolls sideways at 320 px, and visiting the Options tab keeps
// the last brief in the panel instead of "Not a supported webmail page".

const showList = (panel: TargetSession) => panel.clickByRole('button', /^Reading list/);
const showBrief = (panel: TargetSession) => panel.clickByRole('button', 'Brief');

/** axe on the reading list (it holds the saved article), light and dark. */
export async function readingListIsAccessible(
  s: BrowserSession,
  page: FixturePage,
  scheme: 'light' | 'dark',
  screenshot: string,
): Promise<void> {
  const panel = await s.panel();
  await showList(panel);
  await panel.waitForText(
    (t) => contains(t, page.expect!.headline),
    5_000,
    'the reading list does not show the saved article to audit',
  );
  await auditWithAxe(panel, scheme, 'the reading list', screenshot);
}

/** The brief and the reading list at 320 px: nothing scrolls sideways or is cut off. */
export async function panelFits320(s: BrowserSession, page: FixturePage): Promise<string> {
  const panel = await s.panel();
  await showBrief(panel);
  await panel.waitForText((t) => contains(t, page.expect!.headline), 10_000, 'no brief shown');
  await fitsWidth(panel, 320, 'the brief');
  // The panel's own page never scrolls, only its content region: the notices stay in view,
  // beside the content rather than over it.
  const [pageHeight, view] = await panel.evaluate<[number, number]>(
    '[document.documentElement.scrollHeight, innerHeight]',
  );
  if (pageHeight > view + 1)
    throw new Error(`the panel page is ${pageHeight}px tall in a ${view}px view: it scrolls whole`);
  await showList(panel);
  await fitsWidth(panel, 320, 'the reading list');
  return 'brief and reading list fit 320 px; only the content region scrolls';
}

/**
 * Opens the options page in a tab of its own (it becomes the active tab), checks that the panel
 * keeps the last brief meanwhile, audits the page with axe in both schemes and at 320 px, then
 * closes it (the webmail tab is active again).
 */
export async function optionsPageChecks(
  s: BrowserSession,
  page: FixturePage,
  shot: (scheme: string) => string,
): Promise<string> {
  const panel = await s.panel();
  await showBrief(panel);
  await panel.waitForText((t) => contains(t, page.expect!.headline), 10_000, 'no brief shown');
  const cdp = s.browser.cdp;
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
    url: `${s.extensionOrigin}/options.html`,
  });
  const problems: string[] = [];
  try {
    const options = await TargetSession.attach(cdp, targetId);
    await options.send('Page.enable');
    await options.waitForText((t) => /MailGist options/i.test(t), 10_000, 'the options page');
    // The panel follows the tab switch: it must still show the last brief.
    await sleep(1_500);
    const text = await panel.text();
    if (!contains(text, page.expect!.headline))
      problems.push(`with Options active the panel lost the last brief: ${excerpt(text)}`);
    for (const scheme of ['light', 'dark'] as const) {
      await auditWithAxe(options, scheme, 'options', shot(`options-${scheme}`)).catch((e: Error) =>
        problems.push(e.message),
      );
    }
    await fitsWidth(options, 320, 'options').catch((e: Error) => problems.push(e.message));
  } finally {
    await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
    await cdp.send('Target.activateTarget', { targetId: s.tab.targetId }).catch(() => {});
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return 'the panel kept the last brief while Options was active; options passes axe (light, dark) and fits 320 px';
}

async function press(
  target: TargetSession,
  key: string,
  code: string,
  keyCode: number,
  modifiers = 0,
): Promise<void> {
  for (const type of ['keyDown', 'keyUp'])
    await target.send('Input.dispatchKeyEvent', {
      type,
      key,
      code,
      windowsVirtualKeyCode: keyCode,
      modifiers,
      ...(type === 'keyDown' && key === 'Enter' ? { text: '\r' } : {}),
    });
}

/**
 * Keyboard only: Save (Enter on the focused button), then Undo is among the first Tab stops, and
 * Ctrl+Z takes the save back. The article was saved before, so this save updates it and its
 * undo restores the earlier entry (the list keeps it for the checks after this one).
 */
export async function undoByKeyboard(
  s: BrowserSession,
  page: FixturePage,
  screenshot?: string,
): Promise<string> {
  const panel = await s.panel();
  await showBrief(panel);
  await panel.waitForText((t) => contains(t, page.expect!.headline), 10_000, 'no brief shown');
  // Its name changes once saved ("Saved ✓ Save again"): the first button that saves.
  const [save] = await panel.findByRole('button', /\bsaved?\b/i);
  if (save?.backendDOMNodeId === undefined) throw new Error('no Save button in the brief');
  // The earlier save may still offer its Undo: this one must add its own.
  const undos = async () => (await panel.findByRole('button', 'Undo')).length;
  const before = await undos();
  await panel.send('DOM.focus', { backendNodeId: save.backendDOMNodeId });
  await press(panel, 'Enter', 'Enter', 13);
  const deadline = Date.now() + 5_000;
  while ((await undos()) <= before) {
    if (Date.now() > deadline)
      throw new Error(`Enter on Save offered no new Undo (${before} before)`);
    await sleep(150);
  }
  if (screenshot) await panel.screenshot(screenshot);
  // From the panel's first control (in the header), Tab until the Undo button has focus.
  await panel.evaluate(`document.querySelector('header button').focus(), true`);
  const MAX_STOPS = 8;
  let stops = 1;
  const onUndo = () => panel.evaluate<boolean>(`document.activeElement?.textContent === 'Undo'`);
  while (!(await onUndo())) {
    if (stops >= MAX_STOPS)
      throw new Error(`Undo is not among the first ${MAX_STOPS} Tab stops of the panel`);
    await press(panel, 'Tab', 'Tab', 9);
    stops++;
  }
  await panel.evaluate('document.activeElement?.blur?.(), true');
  const CTRL = 2;
  await press(panel, 'z', 'KeyZ', 90, CTRL);
  await panel.waitForText((t) => /save undone/i.test(t), 5_000, 'Ctrl+Z did not undo the save');
  return `Undo is Tab stop ${stops}; Ctrl+Z undid the save`;
}
