import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// For showing that the suite can fail: MAILGIST_E2E_BREAK damages the runner's own copy of the
// build (never the sources) before Chromium loads it.
//   content-script  the webmail content script does nothing
//   panel           the side panel's script does nothing
//   leak            the content script calls a server off this machine

export type Sabotage = 'content-script' | 'panel' | 'leak';

export function sabotageFromEnv(): Sabotage | null {
  const v = process.env.MAILGIST_E2E_BREAK;
  if (!v) return null;
  if (v === 'content-script' || v === 'panel' || v === 'leak') return v;
  throw new Error(`MAILGIST_E2E_BREAK must be content-script, panel or leak, not "${v}"`);
}

export function sabotage(extensionDir: string, kind: Sabotage): string {
  const contentScripts = join(extensionDir, 'content-scripts');
  if (kind === 'panel') {
    const chunks = join(extensionDir, 'chunks');
    const panel = readdirSync(chunks).filter((f) => f.startsWith('sidepanel') && f.endsWith('.js'));
    for (const f of panel)
      writeFileSync(join(chunks, f), '/* broken on purpose by MAILGIST_E2E_BREAK=panel */\n');
    return `emptied ${panel.join(', ')}`;
  }
  const scripts = readdirSync(contentScripts).filter((f) => f.endsWith('.js'));
  for (const f of scripts) {
    if (kind === 'content-script') {
      writeFileSync(
        join(contentScripts, f),
        '/* broken on purpose by MAILGIST_E2E_BREAK=content-script */\n',
      );
    } else {
      appendFileSync(
        join(contentScripts, f),
        '\n;fetch("https://telemetry.example.net/collect?from=mailgist").catch(() => {});\n',
      );
    }
  }
  return `${kind === 'leak' ? 'added a request off-machine to' : 'emptied'} ${scripts.join(', ')}`;
}
