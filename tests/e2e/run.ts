import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension, type Built } from './build';
import { BrowserSession } from './browser-session';
import { makeCertificate } from './cert';
import { Checks } from './checks';
import { CHROMIUM, withTimeout } from './chromium';
import { FIREFOX, FirefoxSession, type SeenRequest } from './firefox';
import {
  ALL_PAGES,
  GMAIL_FORWARDED,
  GMAIL_INBOX,
  GMAIL_NEWSLETTER,
  NEWSLETTER_WEB_VERSION,
  OUTLOOK_NEWSLETTER,
  OUTLOOK_SECOND,
  PROTON_NEWSLETTER,
  ICLOUD_NEWSLETTER,
  ROUNDCUBE_SELF_HOSTED,
  YAHOO_NEWSLETTER,
  type FixturePage,
} from './fixture-pages';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { writeBriefPages, type LengthPage } from './brief-pages';
import { lintFirefoxPackage, zipPackages, type Package } from './packaging';
import { PrivacyRecorder } from './privacy-recorder';
import { sabotage, sabotageFromEnv } from './sabotage';
import { panelIsAccessible } from './scenarios/accessibility';
import {
  newsletterShowsBrief,
  noMessageShowsEmptyState,
  panelFollowsMessageSwitch,
} from './scenarios/brief';
import { copyQuoteCopiesAttributedQuote } from './scenarios/copy-quote';
import { briefFitsFirstScreen, describeFirstScreen } from './scenarios/first-screen';
import { saveWithListAndTags } from './scenarios/save-with-tags';
import { everyControlReachableByKeyboard } from './scenarios/keyboard';
import {
  copyQuoteInSidebar,
  exportInSidebar,
  firefoxExtensionStaysLocal,
  restartKeepsList,
  saveInSidebar,
  sidebarFitsItsWidth,
  toolbarButtonOpensSidebar,
} from './scenarios/firefox';
import { extensionStaysLocal } from './scenarios/privacy';
import {
  exportDownloadsList,
  readingListSurvivesRestart,
  saveShowsInReadingList,
} from './scenarios/reading-list';
import {
  deleteAndUndoByKeyboard,
  IMPORT_ROWS,
  importShowsProgressAndUndoes,
} from './scenarios/reading-list-long-work';
import { grantedSiteIsRead, summariseFramedWebmail } from './scenarios/self-hosted';
import {
  optionsPageChecks,
  panelFits320,
  readingListIsAccessible,
  undoByKeyboard,
} from './scenarios/shell';
import { summariseThisPageOnDemand } from './scenarios/summarise-page';

// The end-to-end suite: the production build of MailGist in Debian's Chromium (CDP over a pipe)
// and the Firefox build in Debian's Firefox ESR (WebDriver BiDi, puppeteer-core), against webmail
// fixture pages served on 127.0.0.1, then the store packages. Prints `N passed, N failed`, writes
// artifacts/e2e-result.json for CI, and exits non-zero on any failure.
//
// MAILGIST_E2E_UPDATE_DOCS=1 also copies the light screenshot to docs/panel-light.png.
// MAILGIST_E2E_BREAK=content-script|panel|leak|focus-ring damages the runner's copy of the build, to show that
// the suite catches it (see sabotage.ts).

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts');
// Its own folder under artifacts/ (MAILGIST_E2E_WORK moves it, e.g. for a second run beside this one).
const WORK = process.env.MAILGIST_E2E_WORK ?? join(ARTIFACTS, 'e2e');
const HARD_TIMEOUT_MS = 10 * 60_000;
// While working on one browser: MAILGIST_E2E_ONLY=chromium|firefox runs only its scenarios.
const ONLY = process.env.MAILGIST_E2E_ONLY;

let server: FixtureServer | null = null;
let session: BrowserSession | null = null;
let firefox: FirefoxSession | null = null;
// A failed browser check leaves a picture of the panel as the user would have seen it.
const checks = new Checks(async (name) => {
  const panel = session?.panelIfOpen();
  const file = join(WORK, `failed-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
  if (panel) await withTimeout(panel.screenshot(file), 5_000, 'screenshot');
  else if (firefox) await withTimeout(firefox.sidebarPicture(file), 5_000, 'sidebar picture');
});

function finish(extra = 0): never {
  const passed = checks.passed;
  const failed = checks.failed + extra;
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'e2e-result.json'), JSON.stringify({ passed, failed }) + '\n');
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

async function cleanup(): Promise<void> {
  await session?.close().catch(() => {});
  session = null;
  await firefox?.close().catch(() => {});
  firefox = null;
  await server?.close().catch(() => {});
  server = null;
}

// A hung browser must not hang CI: after the hard limit, clean up and fail.
setTimeout(() => {
  console.log(`FAIL e2e suite: still running after ${HARD_TIMEOUT_MS / 60_000} minutes, stopped`);
  session?.browser.kill();
  firefox?.kill();
  void server?.close();
  finish(1);
}, HARD_TIMEOUT_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    session?.browser.kill();
    void server?.close();
    finish(1);
  });
}

async function main(): Promise<void> {
  // Nothing from an earlier run may pass for this one's output.
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, 'downloads'), { recursive: true });
  const broken = sabotageFromEnv();

  let built: Built | null = null;
  await checks.run('build: wxt build (production) into its own folder', 200_000, async () => {
    built = await buildExtension(join(WORK, 'build'));
    if (broken) console.log(`     MAILGIST_E2E_BREAK=${broken}: ${sabotage(built.dir, broken)}`);
  });
  let builtFirefox: Built | null = null;
  if (ONLY !== 'chromium')
    await checks.run('build: wxt build -b firefox --mv3 (production)', 200_000, async () => {
      builtFirefox = await buildExtension(join(WORK, 'build'), 'firefox');
      if (broken)
        console.log(`     MAILGIST_E2E_BREAK=${broken}: ${sabotage(builtFirefox.dir, broken)}`);
    });

  if (ONLY !== 'firefox') await browserScenarios(built);
  if (ONLY !== 'chromium') await firefoxScenarios(builtFirefox);
  if (!ONLY) await packagingChecks();
}

const BROWSER_CHECKS = [
  'gmail: the panel shows the open newsletter’s headline, byline, quotes and actions',
  'accessibility: axe finds no violation in the light brief',
  'accessibility: axe finds no violation in the dark brief',
  'keyboard: every control of the brief is reached with Tab and shows a focus ring',
  'copy quote: the clipboard holds the attributed quote',
  'gmail switch: the panel follows to another message opened from the list',
  'no message: back in the inbox, the panel shows the empty state',
  'outlook: the panel shows the open newsletter’s brief',
  'outlook switch: the panel follows to another message opened from the list',
  'save: the reading list shows the saved article',
  'save with tags: Lists & tags inside the Save control, a new list and two tags, Save; the reading list shows them (Escape closes the form, focus goes to the result)',
  'keyboard undo: Enter saves, Undo is among the first Tab stops, Ctrl+Z takes the save back',
  'options tab: the panel keeps the last brief; options passes axe (light, dark) and fits 320 px',
  'narrow: nothing scrolls sideways or is cut off at 320 px (brief, reading list)',
  'accessibility: axe finds no violation in the light reading list',
  'accessibility: axe finds no violation in the dark reading list',
  'export: the downloaded JSON and CSV hold the saved article',
  'restart: the reading list is still there after the browser restarts on the same profile',
  `import: a ${IMPORT_ROWS.toLocaleString('en')}-row CSV imports with progress, the panel answers clicks meanwhile, "Undo import" restores the stored bytes`,
  'keyboard delete: Enter on Delete moves focus to the next row; Undo is reached and pressed by keyboard',
  'web page: "Summarise this page" on a page that is not webmail shows its brief (the toolbar click grants activeTab)',
  'yahoo: the panel shows the open newsletter’s brief',
  'proton: the panel shows the brief of a body framed by script after load',
  'icloud: the panel shows the brief read in the cross-origin message frame',
  'roundcube: "Summarise this page" briefs the framed message, not the mailbox or its hidden headings',
  'privacy: every request of the extension stayed on 127.0.0.1',
] as const;

/** One check per measured page (see scenarios/first-screen.ts). */
const firstScreenCheck = (page: LengthPage) =>
  `first screen: ${page.name} — Save on the first screen, the brief at most 2.5 screens (360 and 320 px wide, 765 px tall)`;

async function browserScenarios(built: Built | null): Promise<void> {
  const [
    brief,
    axeLight,
    axeDark,
    keyboard,
    copy,
    gmailSwitch,
    empty,
    outlook,
    outlookSwitch,
    save,
    saveTags,
    keyboardUndo,
    optionsTab,
    narrow,
    axeListLight,
    axeListDark,
    exp,
    restart,
    bigImport,
    keyboardDelete,
    webPage,
    yahoo,
    proton,
    icloud,
    roundcubePage,
    privacy,
  ] = BROWSER_CHECKS;
  const hosts = [...new Set(ALL_PAGES.map((p) => p.host))];
  const lengthPages = await writeBriefPages(join(WORK, 'pages'), ROOT);
  const recorder = new PrivacyRecorder();
  const because = built ? null : 'the build failed';
  let ready = false;
  if (built) {
    ready = await checks.run(
      'browser: Chromium starts with the build loaded and fixtures served',
      60_000,
      async () => {
        server = await startFixtureServer(makeCertificate(hosts), [...ALL_PAGES, ...lengthPages]);
        session = await BrowserSession.start({
          extensionDir: built!.dir,
          profileDir: join(WORK, 'profile'),
          hosts,
          port: server.port,
          logFile: join(WORK, 'chromium.log'),
          downloadDir: join(WORK, 'downloads'),
          recorder,
        });
      },
    );
  }
  if (!ready) {
    for (const name of [...BROWSER_CHECKS, ...lengthPages.map(firstScreenCheck)])
      checks.skip(name, because ?? `${CHROMIUM} did not start`);
    return;
  }
  const s = () => session!;
  const runsOn = (page: FixturePage) => {
    const matches = (built!.manifest.content_scripts ?? []).flatMap((c) => c.matches);
    if (!matches.some((m) => m.includes(page.host))) {
      throw new Error(
        `the built content script does not run on https://${page.host}/ (its matches: ${matches.join(', ')})`,
      );
    }
  };

  const briefOk = await checks.run(brief, 30_000, () =>
    newsletterShowsBrief(s(), GMAIL_NEWSLETTER),
  );
  const shot = (scheme: string) => join(WORK, `panel-${scheme}.png`);
  if (briefOk) {
    await checks.run(axeLight, 30_000, () =>
      panelIsAccessible(s(), GMAIL_NEWSLETTER, 'light', shot('light')),
    );
    await checks.run(axeDark, 30_000, () =>
      panelIsAccessible(s(), GMAIL_NEWSLETTER, 'dark', shot('dark')),
    );
    await checks.run(keyboard, 60_000, async () => {
      console.log(`     ${await everyControlReachableByKeyboard(s(), GMAIL_NEWSLETTER)}`);
    });
    await checks.run(copy, 20_000, () => copyQuoteCopiesAttributedQuote(s(), GMAIL_NEWSLETTER));
  } else {
    for (const name of [axeLight, axeDark, keyboard, copy])
      checks.skip(name, 'the panel showed no brief');
  }
  await checks.run(gmailSwitch, 30_000, async () => {
    if (!briefOk) await s().open(GMAIL_NEWSLETTER);
    await panelFollowsMessageSwitch(s(), GMAIL_NEWSLETTER, GMAIL_FORWARDED);
  });
  await checks.run(empty, 30_000, () =>
    noMessageShowsEmptyState(s(), GMAIL_INBOX, GMAIL_FORWARDED),
  );
  await checks.run(outlook, 30_000, async () => {
    runsOn(OUTLOOK_NEWSLETTER);
    await newsletterShowsBrief(s(), OUTLOOK_NEWSLETTER);
  });
  await checks.run(outlookSwitch, 30_000, () =>
    panelFollowsMessageSwitch(s(), OUTLOOK_NEWSLETTER, OUTLOOK_SECOND),
  );
  for (const page of lengthPages) {
    await checks.run(firstScreenCheck(page), 30_000, async () => {
      const shot = join(WORK, `brief-${page.name.replace(/[^a-z0-9]+/gi, '-')}`);
      console.log(`     ${describeFirstScreen(page, await briefFitsFirstScreen(s(), page, shot))}`);
    });
  }
  await checks.run(saveTags, 40_000, async () => {
    console.log(`     ${await saveWithListAndTags(s(), GMAIL_FORWARDED)}`);
  });
  const saved = await checks.run(save, 30_000, () => saveShowsInReadingList(s(), GMAIL_NEWSLETTER));
  if (saved) {
    await checks.run(keyboardUndo, 30_000, async () => {
      console.log(`     ${await undoByKeyboard(s(), GMAIL_NEWSLETTER, shot('undo'))}`);
    });
    await checks.run(optionsTab, 60_000, async () => {
      console.log(`     ${await optionsPageChecks(s(), GMAIL_NEWSLETTER, shot)}`);
    });
    await checks.run(narrow, 30_000, async () => {
      console.log(`     ${await panelFits320(s(), GMAIL_NEWSLETTER)}`);
    });
    await checks.run(axeListLight, 30_000, () =>
      readingListIsAccessible(s(), GMAIL_NEWSLETTER, 'light', shot('list-light')),
    );
    await checks.run(axeListDark, 30_000, () =>
      readingListIsAccessible(s(), GMAIL_NEWSLETTER, 'dark', shot('list-dark')),
    );
  } else {
    for (const name of [keyboardUndo, optionsTab, narrow, axeListLight, axeListDark])
      checks.skip(name, 'nothing was saved');
  }
  if (saved) {
    await checks.run(exp, 30_000, () =>
      exportDownloadsList(s(), GMAIL_NEWSLETTER, join(WORK, 'downloads')),
    );
    await checks.run(restart, 60_000, async () => {
      session = await readingListSurvivesRestart(s(), GMAIL_INBOX, GMAIL_NEWSLETTER);
    });
  } else {
    for (const name of [exp, restart]) checks.skip(name, 'nothing was saved');
  }
  await checks.run(bigImport, 300_000, async () => {
    console.log(`     ${await importShowsProgressAndUndoes(s(), WORK)}`);
  });
  await checks.run(keyboardDelete, 40_000, async () => {
    console.log(`     ${await deleteAndUndoByKeyboard(s())}`);
  });

  await checks.run(webPage, 40_000, async () => {
    console.log(`     ${await summariseThisPageOnDemand(s(), NEWSLETTER_WEB_VERSION)}`);
  });
  await checks.run(yahoo, 30_000, async () => {
    runsOn(YAHOO_NEWSLETTER);
    await newsletterShowsBrief(s(), YAHOO_NEWSLETTER);
  });
  await checks.run(proton, 30_000, async () => {
    runsOn(PROTON_NEWSLETTER);
    await newsletterShowsBrief(s(), PROTON_NEWSLETTER);
  });
  await checks.run(icloud, 30_000, () => newsletterShowsBrief(s(), ICLOUD_NEWSLETTER));
  await checks.run(roundcubePage, 40_000, () => summariseFramedWebmail(s(), ROUNDCUBE_SELF_HOSTED));
  // "Read this site automatically" runs in Firefox only: headless Chromium has no way to answer
  // the browser's permission prompt, which is the point of the check.

  const extensionId = s().extensionId;
  await cleanup();
  await checks.run(privacy, 5_000, async () => {
    console.log(`     ${extensionStaysLocal(recorder, extensionId, hosts)}`);
  });
  if (process.env.MAILGIST_E2E_UPDATE_DOCS === '1') {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(shot('light'), join(ROOT, 'docs', 'panel-light.png'));
  }
}

const FIREFOX_CHECKS = [
  'firefox install: the sidebar stays closed at install; the toolbar button opens it',
  'firefox gmail: the real sidebar shows the open newsletter’s headline, byline, quotes and actions, within its width',
  'firefox copy quote: the clipboard holds the attributed quote',
  'firefox gmail switch: the sidebar follows to another message opened from the list',
  'firefox outlook: the sidebar shows the open newsletter’s brief',
  'firefox outlook switch: the sidebar follows to another message opened from the list',
  'firefox save: the reading list shows the saved article',
  'firefox export: the downloaded JSON holds the saved article',
  'firefox roundcube: "Summarise this page" briefs the framed message, not the mailbox or its hidden headings',
  'firefox roundcube: "Read this site automatically" is offered; once its origin is granted, the framed message is read like a supported webmail',
  'firefox restart: the reading list is still there after Firefox restarts on the same profile',
  'firefox privacy: every request of the extension stayed on this machine',
] as const;

/** The same user paths in Firefox ESR: the Firefox build as a temporary add-on, the real sidebar. */
async function firefoxScenarios(built: Built | null): Promise<void> {
  const [
    install,
    brief,
    copy,
    gmailSwitch,
    outlook,
    outlookSwitch,
    save,
    exp,
    roundcubePage,
    roundcubeSite,
    restart,
    privacy,
  ] = FIREFOX_CHECKS;
  const hosts = [...new Set(ALL_PAGES.map((p) => p.host))];
  const requestLog: SeenRequest[] = [];
  const downloads = join(WORK, 'firefox-downloads');
  mkdirSync(downloads, { recursive: true });
  let ready = false;
  if (built) {
    ready = await checks.run(
      'firefox: Firefox ESR starts with the Firefox build installed and fixtures served',
      60_000,
      async () => {
        server ??= await startFixtureServer(makeCertificate(hosts), ALL_PAGES);
        firefox = await FirefoxSession.start({
          extensionDir: built.dir,
          profileDir: join(WORK, 'firefox-profile'),
          port: server.port,
          httpPort: server.httpPort,
          downloadDir: downloads,
          requestLog,
        });
      },
    );
  }
  if (!ready) {
    for (const name of FIREFOX_CHECKS)
      checks.skip(name, built ? `${FIREFOX} did not start` : 'the Firefox build failed');
    return;
  }
  const f = () => firefox!;
  await checks.run(install, 20_000, async () => {
    await f().open(GMAIL_NEWSLETTER);
    console.log(`     ${await toolbarButtonOpensSidebar(f())}`);
  });
  const briefOk = await checks.run(brief, 30_000, async () => {
    await newsletterShowsBrief(f(), GMAIL_NEWSLETTER);
    // The real sidebar as the user sees it, kept with the run's artifacts.
    await f().sidebarPicture(join(WORK, 'sidebar-firefox.png'));
    console.log(`     ${await sidebarFitsItsWidth(f())}`);
  });
  if (briefOk) await checks.run(copy, 20_000, () => copyQuoteInSidebar(f(), GMAIL_NEWSLETTER));
  else checks.skip(copy, 'the sidebar showed no brief');
  await checks.run(gmailSwitch, 30_000, async () => {
    if (!briefOk) await f().open(GMAIL_NEWSLETTER);
    await panelFollowsMessageSwitch(f(), GMAIL_NEWSLETTER, GMAIL_FORWARDED);
  });
  await checks.run(outlook, 30_000, () => newsletterShowsBrief(f(), OUTLOOK_NEWSLETTER));
  await checks.run(outlookSwitch, 30_000, () =>
    panelFollowsMessageSwitch(f(), OUTLOOK_NEWSLETTER, OUTLOOK_SECOND),
  );
  const saved = await checks.run(save, 30_000, () => saveInSidebar(f(), GMAIL_NEWSLETTER));
  if (saved)
    await checks.run(exp, 30_000, async () => {
      console.log(`     ${await exportInSidebar(f(), GMAIL_NEWSLETTER, downloads)}`);
    });
  else checks.skip(exp, 'nothing was saved');
  await checks.run(roundcubePage, 40_000, () => summariseFramedWebmail(f(), ROUNDCUBE_SELF_HOSTED));
  await checks.run(roundcubeSite, 40_000, async () => {
    const granted = await grantedSiteIsRead(f(), ROUNDCUBE_SELF_HOSTED, (pattern) =>
      f().grantOrigin(pattern),
    );
    console.log(`     ${granted}`);
  });
  if (saved) {
    await checks.run(restart, 90_000, async () => {
      firefox = await restartKeepsList(f(), GMAIL_INBOX, GMAIL_NEWSLETTER);
    });
  } else {
    checks.skip(restart, 'nothing was saved');
  }
  await cleanup();
  writeFileSync(join(WORK, 'firefox-requests.json'), JSON.stringify(requestLog, null, 1));
  await checks.run(privacy, 5_000, async () => {
    const sources = ALL_PAGES.map((p) => readFileSync(p.file, 'utf8'));
    console.log(`     ${firefoxExtensionStaysLocal(requestLog, hosts, sources)}`);
  });
}

async function packagingChecks(): Promise<void> {
  let zips: Package[] = [];
  const zipped = await checks.run(
    'package: npm run zip makes the Chrome and Firefox zips',
    300_000,
    async () => {
      zips = await zipPackages(join(WORK, 'package'));
      for (const z of zips)
        console.log(`     ${relative(ROOT, z.file)}: ${(z.bytes / 1024).toFixed(1)} kB`);
    },
  );
  const firefox = zips.find((z) => z.file.endsWith('-firefox.zip'));
  if (zipped && firefox) {
    await checks.run(
      'package: the Firefox zip passes addons-linter (web-ext lint)',
      180_000,
      async () => {
        console.log(`     ${await lintFirefoxPackage(firefox.file)}`);
      },
    );
  } else {
    checks.skip('package: the Firefox zip passes addons-linter (web-ext lint)', 'no Firefox zip');
  }
}

main()
  .catch((error: unknown) => {
    console.log(
      `FAIL e2e runner: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return cleanup().then(() => finish(1));
  })
  .then(async () => {
    await cleanup();
    finish();
  });
