import type { BrowserSession } from '../browser-session';
import { sleep } from '../chromium';
import type { FixturePage } from '../fixture-pages';
import { contains } from '../text-match';
import type { TargetSession } from '../target-session';

// Save with a list and tags (issue 17): open the Save control's lists and tags, type a new list
// and two tags, save with the Save button — the one button, whose label now says where it saves
// — then the reading list shows the article in that list with those tags. On the way: focus moves
// to the saved result, and Escape closes the lists and tags again.

const NEW_LIST = 'Housing desk';
const TAGS = ['tenants-e2e', 'repairs'];

async function typeInto(panel: TargetSession, name: RegExp, text: string): Promise<void> {
  const [box] = await panel.findByRole('textbox', name);
  if (!box) throw new Error(`the Save control has no text field named ${name}`);
  await panel.clickNode(box);
  await panel.send('Input.insertText', { text });
}

async function press(panel: TargetSession, key: 'Escape' | 'Enter'): Promise<void> {
  const code = key === 'Escape' ? 27 : 13;
  for (const type of ['keyDown', 'keyUp'])
    await panel.send('Input.dispatchKeyEvent', {
      type,
      key,
      code: key,
      windowsVirtualKeyCode: code,
    });
}

const focused = (panel: TargetSession) =>
  panel.evaluate<string>(
    `(() => { const el = document.activeElement; return el ? el.tagName.toLowerCase() + '.' + el.className + ' ' + (el.textContent || '').trim().slice(0, 80) : 'none'; })()`,
  );

async function clickView(panel: TargetSession, name: RegExp): Promise<void> {
  for (const role of ['tab', 'button']) {
    const [node] = await panel.findByRole(role, name);
    if (node) return panel.clickNode(node);
  }
  throw new Error(`no control named ${name} switches the panel's view`);
}

export async function saveWithListAndTags(s: BrowserSession, page: FixturePage): Promise<string> {
  await s.open(page);
  const panel = await s.panel();
  const headline = page.expect!.headline;
  await panel.waitForText((t) => contains(t, headline), 15_000, `no "${headline}" to save`);

  // Escape closes the lists and tags, and gives focus back to the button that opened them.
  await panel.clickByRole('button', /^lists (&|and) tags/i);
  await panel.findByRole('textbox', /new list/i).then((f) => {
    if (!f.length) throw new Error('"Lists & tags" opened no list and tag fields');
  });
  await press(panel, 'Escape');
  await sleep(150);
  if ((await panel.findByRole('textbox', /new list/i)).length)
    throw new Error('Escape did not close the Save control’s lists and tags');
  if (!/lists (&|and) tags/i.test(await focused(panel)))
    throw new Error(`after Escape, focus is on ${await focused(panel)}, not on "Lists & tags"`);

  await panel.clickByRole('button', /^lists (&|and) tags/i);
  await typeInto(panel, /new list/i, NEW_LIST);
  await typeInto(panel, /tags/i, TAGS.join(', '));
  // The one Save button says what it will do with what is filled in.
  await panel.clickByRole('button', /^save (again )?to 2 lists · 2 tags$/i, 3_000);
  await panel.waitForText(
    (t) => /saved/i.test(t) && contains(t, NEW_LIST),
    5_000,
    `saving with the list "${NEW_LIST}" gave no confirmation naming it`,
  );
  const focus = await focused(panel);
  if (!/save-result/.test(focus) || !/saved/i.test(focus))
    throw new Error(`after Save, focus is on ${focus}, not on the saved result`);

  await clickView(panel, /^reading list\b/i);
  const shown = await panel.waitForText(
    (t) => contains(t, headline) && contains(t, NEW_LIST) && TAGS.every((tag) => contains(t, tag)),
    5_000,
    `the reading list does not show "${headline}" in "${NEW_LIST}" with the tags ${TAGS.join(', ')}`,
  );
  await clickView(panel, /^brief$/i);
  return `saved into "${NEW_LIST}" with ${TAGS.map((t) => `#${t}`).join(' ')}; focus went to the result; Escape closed the form (${shown.length} characters of list text)`;
}
