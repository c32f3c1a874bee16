import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEmailFile } from '../lib/email/load-file';
import type { EmailSnapshot } from '../lib/email/snapshot';
import { parseHtmlNode } from '../lib/node-dom';
import { BrowserSession } from '../tests/e2e/browser-session';
import { buildExtension } from '../tests/e2e/build';
import { makeCertificate } from '../tests/e2e/cert';
import { sleep, withTimeout } from '../tests/e2e/chromium';
import type { FixturePage } from '../tests/e2e/fixture-pages';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/fixture-server';
import { PrivacyRecorder } from '../tests/e2e/privacy-recorder';
import type { TargetSession } from '../tests/e2e/target-session';

// A developer tool: renders any email file in the REAL side panel of the production build and
// writes a PNG of the whole brief. The email is put into a Gmail-like page in Gmail's documented
// structure (the one of tests/fixtures/webmail/gmail-2026-11.html), served as
// https://mail.google.com/... the way the e2e suite serves its fixtures; the shipped content
// script reads it, and the toolbar button opens the panel.
//
//   npm run screenshot -- FILE [--dark] [--width 360] [--scale 1] [--out PATH] [--no-build]
//
// The build, the generated page and the browser profile live in artifacts/screenshot/
// (MAILGIST_SCREENSHOT_WORK moves it); --no-build reuses the build left there by an earlier run.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = process.env.MAILGIST_SCREENSHOT_WORK ?? join(ROOT, 'artifacts', 'screenshot');
const HOST = 'mail.google.com';
const HARD_TIMEOUT_MS = 5 * 60_000;

const USAGE =
  'usage: npm run screenshot -- FILE [--dark] [--width 360] [--scale 1] [--out PATH] [--no-build]';

interface Options {
  file: string;
  dark: boolean;
  width: number;
  scale: number;
  out: string;
  build: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dark: { type: 'boolean', default: false },
      width: { type: 'string', default: '360' },
      scale: { type: 'string', default: '1' },
      out: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const width = Number(values.width);
  const scale = Number(values.scale);
  if (!Number.isInteger(width) || width < 200 || width > 1200) fail('--width: 200 to 1200 pixels');
  if (!(scale > 0 && scale <= 4)) fail('--scale: a factor above 0, at most 4');
  const file = resolve(positionals[0]!);
  const scheme = values.dark ? 'dark' : 'light';
  const name = basename(file, extname(file)).replace(/[^A-Za-z0-9._-]+/g, '-');
  return {
    file,
    dark: values.dark,
    width,
    scale,
    out: resolve(values.out ?? join(ROOT, 'artifacts', `brief-${name}-${scheme}.png`)),
    build: !values['no-build'],
  };
}

function fail(message: string): never {
  console.error(`screenshot: ${message}`);
  process.exit(2);
}

// --- The Gmail-like page -------------------------------------------------------------------------

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Gmail's title format on the message date: "Tue, Nov 24, 2026, 7:05 AM" (local time). */
function gmailDate(iso: string | null): { title: string; short: string } {
  const d = iso ? new Date(iso) : new Date();
  const at = Number.isNaN(d.getTime()) ? new Date() : d;
  const part = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', o).format(at);
  return {
    title: `${part({ weekday: 'short' })}, ${part({ month: 'short', day: 'numeric' })}, ${part({ year: 'numeric' })}, ${part({ hour: 'numeric', minute: '2-digit' })}`,
    short: part({ month: 'short', day: 'numeric' }),
  };
}

/**
 * The body as Gmail shows it: an HTML body as its markup (re-serialised through a parser so an
 * unclosed tag cannot spill out of the message; no scripts, frames or <head> chrome, the head's
 * <style> blocks kept in the message as Gmail does), a text body as escaped lines.
 */
function bodyMarkup(snapshot: EmailSnapshot): string {
  if (snapshot.html !== null) {
    const doc = parseHtmlNode(snapshot.html);
    const styles = Array.from(doc.querySelectorAll('head style')).map((s) => s.outerHTML);
    for (const el of Array.from(
      doc.querySelectorAll('script, iframe, object, embed, base, meta, link, title, head'),
    )) {
      el.remove();
    }
    return `<div dir="ltr">${styles.join('')}${doc.body?.innerHTML ?? ''}</div>`;
  }
  const lines = (snapshot.text ?? '').replace(/\r\n?/g, '\n').split('\n');
  return `<div dir="ltr">${lines.map(escapeHtml).join('<br>\n')}</div>`;
}

function gmailPage(snapshot: EmailSnapshot, threadId: string, digits: string): string {
  const subject = escapeHtml(snapshot.subject || '(no subject)');
  const name = snapshot.from.name ?? snapshot.from.address ?? 'Unknown sender';
  const address = snapshot.from.address ?? '';
  const from = `<span email="${escapeHtml(address)}" name="${escapeHtml(name)}" data-hovercard-id="${escapeHtml(address)}" class="gD"><span>${escapeHtml(name)}</span></span>`;
  const date = gmailDate(snapshot.date);
  const legacy = digits.slice(0, 16);
  return `<!doctype html>
<!-- Generated by scripts/screenshot-brief.ts in the structure of tests/fixtures/webmail/gmail-2026-11.html. -->
<html lang="en"><head><meta charset="utf-8">
<title>${subject} - reader@example.com - Gmail</title>
<style>
 body{margin:0;font-family:Roboto,Arial,sans-serif} .aeN{position:fixed;left:0;top:64px;width:200px}
 .bkK{margin-left:210px} [role=main]{display:flex} [data-mock-list]{width:30%} [data-mock-pane]{flex:1;min-width:0}
 table.F{width:100%;border-collapse:collapse} tr.zA{border-bottom:1px solid #eee} .a98{padding:16px}
</style></head>
<body class="aAU">
<div class="nH w-asV aiw">
 <header class="gb_ua" role="banner"><a class="gb_Fd" href="#inbox" title="Gmail">Gmail</a><form role="search"><input aria-label="Search mail" name="q" placeholder="Search mail"></form></header>
 <div class="aeN" role="navigation"><div class="TK"><div class="aim"><a href="#inbox" class="J-Ke n0">Inbox</a></div></div></div>
 <div class="bkK">
  <div class="nH" role="main">
   <div class="ae4 UI" data-mock-list=""><table class="F cf zt" role="grid"><tbody>
<tr class="zA yO" role="row" tabindex="-1"><td class="yX xY" role="gridcell"><span email="${escapeHtml(address)}" name="${escapeHtml(name)}" class="yP">${escapeHtml(name)}</span></td>
<td class="xY a4W" role="gridcell"><span data-legacy-thread-id="${legacy}">${subject}</span></td>
<td class="xW xY" role="gridcell"><span title="${date.title}"><span>${date.short}</span></span></td></tr>
   </tbody></table></div>
   <div class="nH" data-mock-pane="">
<div class="nH a98 iY">
<div class="nH"><div class="ha"><h2 class="hP" id=":2a" data-thread-perm-id="thread-f:${digits}" data-legacy-thread-id="${legacy}" tabindex="-1">${subject}</h2></div></div>
<div role="list" class="Bu">
<div role="listitem" class="h7 bg ie nH oy8Mbf" aria-expanded="true" tabindex="-1">
<div class="Bk"><div class="G3 G2"><div><div id=":5f6" class="adn ads" data-message-id="#msg-f:${digits}" data-legacy-message-id="${legacy}">
<div class="gs"><div class="gE iv gt"><table class="cf gJ"><tbody><tr class="acZ">
<td class="gF gK"><table class="cf ix"><tbody><tr><td><h3 class="iw"><span class="qu" role="gridcell" tabindex="-1">${from}${address ? ` <span class="go"><span aria-hidden="true">&lt;</span>${escapeHtml(address)}<span aria-hidden="true">&gt;</span></span>` : ''}</span></h3></td></tr></tbody></table></td>
<td class="gH bAk"><div class="gK"><span class="g3" title="${date.title}" alt="${date.title}" role="gridcell" tabindex="-1">${date.short}</span></div></td></tr>
<tr class="acZ xD"><td colspan="3"><table class="cf adz"><tbody><tr><td class="ady"><div class="iw ajw"><span class="hb">to <span dir="auto" email="reader@example.com" name="me" class="g2">me</span></span></div></td></tr></tbody></table></td></tr></tbody></table></div>
<div class="ii gt" id=":5f6b"><div id=":5f6c" class="a3s aiL ">${bodyMarkup(snapshot)}<div class="yj6qo"></div><div class="adL"></div></div></div>
</div></div></div></div></div></div>
</div>
</div>
   </div>
  </div>
 </div>
</div>
</body></html>
`;
}

// --- The panel -----------------------------------------------------------------------------------

async function waitForBrief(panel: TargetSession, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const headline = await panel
      .evaluate<string>(`document.querySelector('#brief-headline')?.textContent?.trim() ?? ''`)
      .catch(() => '');
    if (headline) return headline;
    if (Date.now() > deadline) {
      const text = await panel.text().catch(() => '');
      throw new Error(
        `the panel showed no brief (no #brief-headline) within ${timeoutMs} ms; it showed: ${JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 400))}`,
      );
    }
    await sleep(200);
  }
}

/** Sizes the panel's viewport to its whole content, then captures it. */
async function captureFullPanel(panel: TargetSession, options: Options): Promise<Buffer> {
  await panel.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: options.dark ? 'dark' : 'light' }],
  });
  let height = 200;
  // 100vh rules make the content grow with the viewport: size it until the height holds still.
  for (let round = 0; round < 5; round++) {
    await panel.send('Emulation.setDeviceMetricsOverride', {
      width: options.width,
      height,
      deviceScaleFactor: options.scale,
      mobile: false,
    });
    await sleep(round === 0 ? 500 : 150); // transitions, fonts, the reflow at the new width
    const { cssContentSize } = await panel.send<{ cssContentSize: { height: number } }>(
      'Page.getLayoutMetrics',
    );
    const content = Math.ceil(cssContentSize.height);
    if (content <= height) break;
    height = Math.min(content, 16_000);
  }
  const { data } = await panel.send<{ data: string }>('Page.captureScreenshot', {
    format: 'png',
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: options.width, height, scale: 1 },
  });
  return Buffer.from(data, 'base64');
}

// --- Main ----------------------------------------------------------------------------------------

let server: FixtureServer | null = null;
let session: BrowserSession | null = null;

async function cleanup(): Promise<void> {
  await session?.close().catch(() => {});
  session = null;
  await server?.close().catch(() => {});
  server = null;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(options.file)) fail(`no such file: ${options.file}`);
  const snapshot = await loadEmailFile(options.file, readFileSync(options.file));

  const buildOut = join(WORK, 'build');
  let extensionDir = join(buildOut, 'chrome-mv3');
  if (options.build) {
    console.log(`building the extension into ${relative(ROOT, buildOut)} …`);
    extensionDir = (await buildExtension(buildOut)).dir;
  } else if (!existsSync(join(extensionDir, 'manifest.json'))) {
    fail(`--no-build: no build in ${relative(ROOT, extensionDir)}; run once without --no-build`);
  }

  const hash = createHash('sha256').update(readFileSync(options.file)).digest();
  const threadId = `FMfcgz${hash.toString('base64').replace(/[^A-Za-z]/g, '')}`.slice(0, 32);
  const digits = (hash.readBigUInt64BE(0) % 10n ** 18n).toString().padStart(19, '1');
  const pageFile = join(WORK, 'gmail-page.html');
  mkdirSync(WORK, { recursive: true });
  writeFileSync(pageFile, gmailPage(snapshot, threadId, digits));
  const page: FixturePage = {
    name: `gmail: ${basename(options.file)}`,
    host: HOST,
    file: pageFile,
    urlPath: `/mail/u/0/#inbox/${threadId}`,
    expect: null,
  };

  const profileDir = join(WORK, 'profile');
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(join(WORK, 'downloads'), { recursive: true });
  server = await startFixtureServer(makeCertificate([HOST]), [page]);
  session = await BrowserSession.start({
    extensionDir,
    profileDir,
    hosts: [HOST],
    port: server.port,
    logFile: join(WORK, 'chromium.log'),
    downloadDir: join(WORK, 'downloads'),
    recorder: new PrivacyRecorder(),
  });
  await session.open(page);
  const panel = await session.panel();
  const headline = await waitForBrief(panel, 15_000);
  await sleep(300); // the rest of the brief renders right after the headline
  const png = await withTimeout(captureFullPanel(panel, options), 30_000, 'screenshot timed out');
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, png);
  console.log(`"${headline}" → ${relative(process.cwd(), options.out) || options.out}`);
}

const hardStop = setTimeout(() => {
  console.error(`screenshot: still running after ${HARD_TIMEOUT_MS / 60_000} minutes, stopped`);
  session?.browser.kill();
  process.exit(1);
}, HARD_TIMEOUT_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    session?.browser.kill();
    process.exit(130);
  });
}

main()
  .then(
    () => 0,
    (error: unknown) => {
      console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    },
  )
  .then(async (code) => {
    await cleanup();
    clearTimeout(hardStop);
    process.exit(code);
  });
