import type { BrowserSession } from '../browser-session';
import type { FixturePage } from '../fixture-pages';
import { contains } from '../text-match';

// Every control of the brief can be reached with Tab alone, and each one shows where the focus
// is (an outline or a box shadow while focused), as a keyboard user needs.

const MAX_TABS = 120;

export async function everyControlReachableByKeyboard(
  s: BrowserSession,
  page: FixturePage,
): Promise<string> {
  const panel = await s.panel();
  await panel.waitForText(
    (t) => contains(t, page.expect!.headline),
    15_000,
    'the panel shows no brief',
  );
  const total = await panel.evaluate<number>(`(() => {
    const sel = 'a[href], button:not([disabled]), select:not([disabled]), input:not([type=hidden]):not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';
    window.__e2eControls = [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0);
    document.activeElement?.blur?.();
    return window.__e2eControls.length;
  })()`);
  const reached = new Set<number>();
  const noRing: string[] = [];
  for (let i = 0; i < MAX_TABS && reached.size < total; i++) {
    for (const type of ['keyDown', 'keyUp']) {
      await panel.send('Input.dispatchKeyEvent', {
        type,
        key: 'Tab',
        code: 'Tab',
        windowsVirtualKeyCode: 9,
      });
    }
    const focus = await panel.evaluate<{ index: number; label: string; ring: boolean }>(`(() => {
      const el = document.activeElement;
      const index = window.__e2eControls.indexOf(el);
      if (!el || el === document.body) return { index: -1, label: 'body', ring: true };
      const cs = getComputedStyle(el);
      const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
      const label = (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40);
      return { index, label: el.tagName.toLowerCase() + ' "' + label + '"', ring };
    })()`);
    if (focus.index >= 0) reached.add(focus.index);
    if (!focus.ring && !noRing.includes(focus.label)) noRing.push(focus.label);
  }
  const missed = await panel.evaluate<string[]>(`window.__e2eControls
    .filter((_, i) => !${JSON.stringify([...reached])}.includes(i))
    .map((el) => el.tagName.toLowerCase() + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40) + '"')`);
  const problems = [
    ...(missed.length
      ? [
          `${missed.length} of ${total} controls never got focus with Tab: ${missed.slice(0, 6).join(', ')}`,
        ]
      : []),
    ...(noRing.length ? [`no visible focus ring on ${noRing.slice(0, 6).join(', ')}`] : []),
  ];
  if (problems.length) throw new Error(problems.join('; '));
  return `${total} controls, all reached with Tab, each with a focus ring`;
}
