import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserSession } from '../browser-session';
import type { LengthPage } from '../brief-pages';
import { sleep } from '../chromium';
import { contains } from '../text-match';
import type { TargetSession } from '../target-session';

// The brief's first screen in the real side panel (issue 17): at the panel's height in a 1280 × 900
// window (765 px) and a usual and a narrow width, the Save control is on the first screen and the
// brief is at most 2.5 screens tall before anything is expanded.

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

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

/** The whole brief as one picture, for a person to look at after the run. */
async function picture(panel: TargetSession, m: FirstScreen, file: string): Promise<void> {
  const { data } = await panel.send<{ data: string }>('Page.captureScreenshot', {
    format: 'png',
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: m.width, height: m.height, scale: 1 },
  });
  writeFileSync(file, Buffer.from(data, 'base64'));
}

async function measure(
  panel: TargetSession,
  width: number,
  shot: string | null,
): Promise<FirstScreen> {
  await panel.send('Emulation.setDeviceMetricsOverride', {
    width,
    height: PANEL_HEIGHT,
    deviceScaleFactor: 1,
    mobile: false,
  });
  try {
    await sleep(300); // one layout after the resize
    const m = await panel.evaluate<FirstScreen>(`(() => {
      scrollTo(0, 0);
      const main = document.querySelector('main') || document.body;
      // The panel's content scrolls in main, not the page: measure it as if it were unrolled.
      main.scrollTop = 0;
      const save = main.querySelector('[data-save-control]') ||
        [...main.querySelectorAll('button')].find((b) => /^\\s*sav/i.test(b.textContent || ''));
      const r = save ? save.getBoundingClientRect() : null;
      return {
        width: innerWidth,
        saveBottom: r ? Math.round(r.bottom + scrollY) : null,
        height: Math.max(
          document.documentElement.scrollHeight,
          Math.round(main.getBoundingClientRect().top + main.scrollHeight),
        ),
        viewport: innerHeight,
      };
    })()`);
    if (shot) await picture(panel, m, shot);
    return m;
  } finally {
    await panel.send('Emulation.clearDeviceMetricsOverride');
  }
}

/** Opens the page and measures its brief at each width; fails if either target is missed. */
export async function briefFitsFirstScreen(
  s: BrowserSession,
  page: LengthPage,
  /** Where to keep a picture of the whole brief at each width (name-width.png). */
  shotPrefix?: string,
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
  for (const width of PANEL_WIDTHS)
    results.push(await measure(panel, width, shotPrefix ? `${shotPrefix}-${width}.png` : null));
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
  await everyFoldOpenPassesAxe(panel, page);
  return results;
}

/**
 * With every fold of the brief open (sections, stories, quotes, more links, lists and tags), in
 * the light and the dark scheme, axe finds nothing of any impact, including the label-in-name rule (experimental, so asked for by
 * name): each control's accessible name contains the text it shows.
 */
async function everyFoldOpenPassesAxe(panel: TargetSession, page: LengthPage): Promise<void> {
  await panel.evaluate(`(async () => {
    for (let round = 0; round < 3; round++)
      document.querySelectorAll('main button[aria-expanded="false"]').forEach((b) => b.click());
    await new Promise((r) => setTimeout(r, 200));
    if (!window.axe) { (0, eval)(${JSON.stringify(axeSource)}); }
    return true;
  })()`);
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await panel.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: scheme }],
    });
    await sleep(200);
    const v = await panel.evaluate<string[]>(`(async () => {
      const r = await axe.run(document, {
        resultTypes: ['violations'],
        rules: { 'label-content-name-mismatch': { enabled: true } },
      });
      return r.violations.map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' at ' +
        v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; '));
    })()`);
    found.push(...v.map((x) => `${scheme}: ${x}`));
  }
  await panel.send('Emulation.setEmulatedMedia', { features: [] });
  if (found.length)
    throw new Error(
      `${page.name}, every fold open: axe found ${found.length} violation(s):\n${found.join('\n')}`,
    );
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
