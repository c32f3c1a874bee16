import type { BrowserSession } from '../browser-session';
import type { LengthPage } from '../brief-pages';
import { sleep } from '../chromium';
import { contains } from '../text-match';
import type { TargetSession } from '../target-session';

// The brief's first screen in the real side panel (issue 17): at the panel's height in a 1280 × 900
// window (765 px) and a usual and a narrow width, the Save control is on the first screen and the
// brief is at most 2.5 screens tall before anything is expanded.

export const PANEL_HEIGHT = 765;
export const PANEL_WIDTHS = [360, 320] as const;
/** The most a brief may take, in screens, with nothing expanded. */
export const MAX_SCREENS = 2.5;

export interface FirstScreen {
  width: number;
  /** Bottom edge of the Save control, from the top of the panel's page (px). */
  saveBottom: number | null;
  /** The panel page's full height (px). */
  height: number;
  viewport: number;
}

async function measure(panel: TargetSession, width: number): Promise<FirstScreen> {
  await panel.send('Emulation.setDeviceMetricsOverride', {
    width,
    height: PANEL_HEIGHT,
    deviceScaleFactor: 1,
    mobile: false,
  });
  try {
    await sleep(300); // one layout after the resize
    return await panel.evaluate<FirstScreen>(`(() => {
      scrollTo(0, 0);
      const main = document.querySelector('main') || document.body;
      const save = main.querySelector('[data-save-control]') ||
        [...main.querySelectorAll('button')].find((b) => /^\\s*sav/i.test(b.textContent || ''));
      const r = save ? save.getBoundingClientRect() : null;
      return {
        width: innerWidth,
        saveBottom: r ? Math.round(r.bottom + scrollY) : null,
        height: document.documentElement.scrollHeight,
        viewport: innerHeight,
      };
    })()`);
  } finally {
    await panel.send('Emulation.clearDeviceMetricsOverride');
  }
}

/** Opens the page and measures its brief at each width; fails if either target is missed. */
export async function briefFitsFirstScreen(
  s: BrowserSession,
  page: LengthPage,
): Promise<FirstScreen[]> {
  await s.open(page);
  const panel = await s.panel();
  await panel.waitForText(
    (t) => contains(t, page.headline),
    15_000,
    `the panel never showed the brief of the ${page.name} ("${page.headline}")`,
  );
  await sleep(300);
  const results: FirstScreen[] = [];
  for (const width of PANEL_WIDTHS) results.push(await measure(panel, width));
  const problems = results.flatMap((r) => [
    ...(r.saveBottom === null ? [`${r.width} px: no Save control`] : []),
    ...(r.saveBottom !== null && r.saveBottom > r.viewport
      ? [
          `${r.width} px: Save ends at ${r.saveBottom} px, below the first screen (${r.viewport} px)`,
        ]
      : []),
    ...(r.height > MAX_SCREENS * r.viewport
      ? [
          `${r.width} px: the brief is ${r.height} px, ${(r.height / r.viewport).toFixed(2)} screens (at most ${MAX_SCREENS})`,
        ]
      : []),
  ]);
  if (problems.length)
    throw new Error(`${problems.join('; ')} — ${describeFirstScreen(page, results)}`);
  return results;
}

export function describeFirstScreen(page: LengthPage, results: FirstScreen[]): string {
  return (
    `${page.name}: ` +
    results
      .map(
        (r) =>
          `${r.width} px → Save at ${r.saveBottom} px, brief ${r.height} px (${(r.height / r.viewport).toFixed(2)} screens)`,
      )
      .join('; ')
  );
}
