import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserSession } from '../browser-session';
import type { FixturePage } from '../fixture-pages';
import { contains } from '../text-match';
import type { TargetSession } from '../target-session';

// axe-core inside the real side panel (the brief, the reading list) and the options page, in the
// light and the dark scheme (emulated prefers-color-scheme); a violation of any impact fails. A
// screenshot of each goes to the artifacts folder.

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

export async function setScheme(target: TargetSession, scheme: 'light' | 'dark'): Promise<void> {
  await target.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: scheme }],
  });
}

const background = (target: TargetSession) =>
  target.evaluate<string>(
    `(() => { for (const el of [document.querySelector('#app > *'), document.body, document.documentElement]) {
        const c = el && getComputedStyle(el).backgroundColor;
        if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; }
      return 'transparent'; })()`,
  );

/**
 * Runs axe on what the target shows now, in `scheme`, and throws on any violation. `where` names
 * it in the failure ("the brief", "options").
 */
export async function auditWithAxe(
  target: TargetSession,
  scheme: 'light' | 'dark',
  where: string,
  screenshot?: string,
): Promise<void> {
  await setScheme(target, 'light');
  const light = await background(target);
  await setScheme(target, scheme);
  // Let transitions settle before measuring colours.
  await new Promise((r) => setTimeout(r, 400));
  try {
    if (scheme === 'dark') {
      const dark = await background(target);
      if (dark === light) {
        throw new Error(`${where} ignores prefers-color-scheme: dark (background stays ${light})`);
      }
    }
    if (screenshot) await target.screenshot(screenshot);
    const violations = await target.evaluate<AxeViolation[]>(`(async () => {
      if (!window.axe) { (0, eval)(${JSON.stringify(axeSource)}); }
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) }));
    })()`);
    if (violations.length) {
      throw new Error(
        `axe found ${violations.length} violation(s) in ${where} (${scheme}):\n` +
          violations
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
  } finally {
    await setScheme(target, 'light');
  }
}

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
  await auditWithAxe(panel, scheme, 'the brief', screenshot);
}
