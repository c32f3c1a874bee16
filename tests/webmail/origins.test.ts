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
  'www.icloud.com',
];

describe('host permissions', () => {
  it('are https webmail origins only', () => {
    for (const p of WEBMAIL_HOST_PERMISSIONS) {
      const m = /^https:\/\/([^/]+)\/\*$/.exec(p);
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
    const manifest = config.manifest;
    const resolved = await (typeof manifest === 'function'
      ? manifest({
          browser: 'chrome',
          manifestVersion: 3,
          mode: 'production',
          command: 'build',
        } as never)
      : manifest);
    expect(resolved?.host_permissions).toEqual([...WEBMAIL_HOST_PERMISSIONS]);
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
