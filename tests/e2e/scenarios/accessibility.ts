import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserSession } from '../browser-session';
import type { FixturePage } from '../fixture-pages';
import { contains } from '../text-match';
import type { TargetSession } from '../target-session';

// axe-core inside the real side panel, showing a real brief, in the light and the dark scheme
// (emulated prefers-color-scheme); any serious or critical violation fails. A screenshot of each
// scheme goes to the artifacts folder.

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function setScheme(panel: TargetSession, scheme: 'light' | 'dark'): Promise<void> {
  await panel.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: scheme }],
  });
}

const background = (panel: TargetSession) =>
  panel.evaluate<string>(
    `(() => { for (const el of [document.querySelector('#app > *'), document.body, document.documentElement]) {
        const c = el && getComputedStyle(el).backgroundColor;
        if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; }
      return 'transparent'; })()`,
  );

export async function panelIsAccessible(
  s: BrowserSession,
  page: FixturePage,
  scheme: 'light' | 'dark',
  screenshot: string,
): Promise<void> {
  const panel = await s.panel();
  await panel.waitForText(
    (t) => contains(t, page.expect!.headline),
    15_000,
    `the panel shows no brief to audit`,
  );
  await setScheme(panel, 'light');
  const light = await background(panel);
  await setScheme(panel, scheme);
  // Let transitions settle before measuring colours.
  await new Promise((r) => setTimeout(r, 400));
  if (scheme === 'dark') {
    const dark = await background(panel);
    if (dark === light) {
      throw new Error(`the panel ignores prefers-color-scheme: dark (background stays ${light})`);
    }
  }
  await panel.screenshot(screenshot);
  const violations = await panel.evaluate<AxeViolation[]>(`(async () => {
    if (!window.axe) { (0, eval)(${JSON.stringify(axeSource)}); }
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) }));
  })()`);
  await setScheme(panel, 'light');
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    throw new Error(
      `axe found ${bad.length} serious/critical violation(s) in the ${scheme} panel:\n` +
        bad
          .map(
            (v) =>
              `${v.impact} ${v.id}: ${v.help} at ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join('; ')}`,
          )
          .join('\n'),
    );
  }
}
