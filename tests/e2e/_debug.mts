import { BrowserSession } from './browser-session';
import { makeCertificate } from './cert';
import { ALL_PAGES, GMAIL_INBOX, GMAIL_NEWSLETTER, GMAIL_SECOND } from './fixture-pages';
import { startFixtureServer } from './fixture-server';
import { PrivacyRecorder } from './privacy-recorder';
import { mkdirSync, rmSync } from 'node:fs';
const hosts = [...new Set(ALL_PAGES.map((p) => p.host))];
const server = await startFixtureServer(makeCertificate(hosts), ALL_PAGES);
rmSync('/tmp/dbg-profile', { recursive: true, force: true }); mkdirSync('/tmp/dbg-dl', { recursive: true });
const recorder = new PrivacyRecorder();
const s = await BrowserSession.start({ extensionDir: 'artifacts/e2e/build/chrome-mv3', profileDir: '/tmp/dbg-profile', hosts, port: server.port, logFile: '/tmp/dbg-chromium.log', downloadDir: '/tmp/dbg-dl', recorder });
try {
  await s.open(GMAIL_NEWSLETTER);
  const p = await s.panel();
  await new Promise(r => setTimeout(r, 2000));
  console.log('--- BRIEF\n', (await p.text()).slice(0, 3000));
  console.log('--- AX', (await p.axNodes()).filter(n => ['button','heading','tab','combobox','link'].includes(n.role)).map(n => `${n.role}:${n.name}`).join(' | '));
  await s.open(GMAIL_INBOX);
  await new Promise(r => setTimeout(r, 2000));
  console.log('--- EMPTY\n', await p.text());
  console.log(recorder.requests.map(r => `${r.targetType} ${r.targetUrl.slice(0,60)} -> ${r.url.slice(0,80)} [${r.initiators.slice(0,2).join(',')}]`).join('\n'));
} finally { await s.close(); await server.close(); }
