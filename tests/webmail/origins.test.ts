import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customOrigins, customRegistration } from '../../lib/webmail/custom-origins';
import {
  ICLOUD_FRAME_MATCHES,
  WEBMAIL_CONTENT_MATCHES,
  WEBMAIL_HOST_PERMISSIONS,
} from '../../lib/webmail/origins';
import config from '../../wxt.config';

/** Every webmail origin MailGist supports, and nothing else. */
const SUPPORTED_HOSTS = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
  'mail.yahoo.com',
  '*.mail.yahoo.com',
  'mail.aol.com',
  'mail.proton.me',
  'app.fastmail.com',
  'mail.zoho.com',
  'mail.zoho.eu',
  'www-mail.icloud-sandbox.com',
];

/** The manifest as wxt.config.ts gives it for a Chrome production build. */
async function chromeManifest() {
  const manifest = config.manifest;
  return typeof manifest === 'function'
    ? manifest({
        browser: 'chrome',
        manifestVersion: 3,
        mode: 'production',
        command: 'build',
      } as never)
    : manifest;
}

describe('host permissions', () => {
  it('are https webmail origins only', () => {
    for (const p of WEBMAIL_HOST_PERMISSIONS) {
      const m = /^https:\/\/([^/]+)\/(?:applications\/mail2-message\/)?\*$/.exec(p);
      expect(m, p).not.toBeNull();
      expect(SUPPORTED_HOSTS).toContain(m?.[1]);
    }
    expect(WEBMAIL_HOST_PERMISSIONS).not.toContain('https://*/*');
    expect(WEBMAIL_HOST_PERMISSIONS).not.toContain('<all_urls>');
  });

  it('cover every content-script match', () => {
    for (const m of [...WEBMAIL_CONTENT_MATCHES, ...ICLOUD_FRAME_MATCHES]) {
      const host = new URL(m.replace('*.', 'x.').replace(/\*$/, '')).host;
      const covered = WEBMAIL_HOST_PERMISSIONS.some((p) => {
        const h = /^https:\/\/([^/]+)\//.exec(p)?.[1] ?? '';
        return h === host || (h.startsWith('*.') && host.endsWith(h.slice(1)));
      });
      expect(covered, m).toBe(true);
    }
  });

  it('are what the manifest asks for', async () => {
    const resolved = await chromeManifest();
    expect(resolved?.host_permissions).toEqual([...WEBMAIL_HOST_PERMISSIONS]);
  });
});

describe('minimal permissions (P1)', () => {
  it('iCloud access is the message frame only, not all of iCloud', () => {
    expect(WEBMAIL_HOST_PERMISSIONS.some((p) => p.includes('www.icloud.com'))).toBe(false);
    expect(WEBMAIL_HOST_PERMISSIONS.filter((p) => p.includes('icloud'))).toEqual([
      ...ICLOUD_FRAME_MATCHES,
    ]);
  });

  it('asks for no clipboard permission: copying happens in a click in the panel', async () => {
    const resolved = await chromeManifest();
    expect(resolved?.permissions).toEqual([
      'storage',
      'unlimitedStorage',
      'scripting',
      'activeTab',
    ]);
  });

  it('the README says why each permission is there', async () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.split('\n## Permissions')[1]?.split('\n## ')[0] ?? '';
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    const named = rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1]);
    const resolved = await chromeManifest();
    // sidePanel is added by WXT for Chrome; the host access rows name the webmail origins.
    for (const p of [...(resolved?.permissions ?? []), 'sidePanel']) expect(named).toContain(p);
    expect(section).toContain('mail2-message');
    expect(section).toContain('optional');
    for (const row of rows) expect(row.split('|')[2]?.trim().length ?? 0).toBeGreaterThan(20);
  });
});

describe('custom webmail origins', () => {
  it('keeps granted concrete https origins that are not built in', () => {
    expect(
      customOrigins([
        'https://*/*',
        'https://mail.google.com/*',
        'https://Webmail.Example.org/*',
        'http://x.example/*',
        'https://webmail.example.org/',
      ]),
    ).toEqual(['https://webmail.example.org/*']);
    expect(customOrigins(undefined)).toEqual([]);
  });

  it('registers the webmail content script for them', () => {
    expect(customRegistration(['https://webmail.example.org/*'])).toMatchObject({
      matches: ['https://webmail.example.org/*'],
      js: ['/content-scripts/webmail.js'],
    });
  });
});
