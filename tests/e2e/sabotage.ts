import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// For showing that the suite can fail: MAILGIST_E2E_BREAK damages the runner's own copy of the
// builds (never the sources) before Chromium and Firefox load them.
//   content-script  the webmail content script does nothing
//   panel           the side panel's script does nothing
//   leak            the content script calls a server off this machine
//   focus-ring      the panel's stylesheet hides every focus ring

const KINDS = ['content-script', 'panel', 'leak', 'focus-ring'] as const;
export type Sabotage = (typeof KINDS)[number];

export function sabotageFromEnv(): Sabotage | null {
  const v = process.env.MAILGIST_E2E_BREAK;
  if (!v) return null;
  const kind = KINDS.find((k) => k === v);
  if (kind) return kind;
  throw new Error(`MAILGIST_E2E_BREAK must be one of ${KINDS.join(', ')}, not "${v}"`);
}

export function sabotage(extensionDir: string, kind: Sabotage): string {
  const contentScripts = join(extensionDir, 'content-scripts');
  if (kind === 'focus-ring') {
    const assets = join(extensionDir, 'assets');
    const sheets = readdirSync(assets).filter((f) => f.endsWith('.css'));
    for (const f of sheets) {
      appendFileSync(
        join(assets, f),
        '\n*:focus,*:focus-visible{outline:none!important;box-shadow:none!important}\n',
      );
    }
    return `hid the focus ring in ${sheets.join(', ')}`;
  }
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
