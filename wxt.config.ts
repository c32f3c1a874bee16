import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WEBMAIL_HOST_PERMISSIONS } from './lib/webmail/origins';

// The extension reads mail only on the webmail origins it supports; everything else is opt-in.
export default defineConfig({
  manifestVersion: 3,
  // Parallel builds (bench, e2e) write to their own folder so they never clobber each other.
  outDir: process.env.MAILGIST_OUT_DIR ?? '.output',
  // The sources zip a store reviewer rebuilds from: test and bench output (browser profiles,
  // reports) is not source.
  zip: { excludeSources: ['artifacts/**', 'coverage/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'MailGist',
    description:
      'A private, local brief of the newsletter you have open: headline, byline, summary, quotes and calls to action.',
    // Each permission has a row in the README's table saying why (a test keeps them in step).
    // storage: the reading list (storage.local) and the settings (storage.sync).
    // scripting: registers the content script on a self-hosted webmail origin the user grants at
    // run time, and injects it into a page the user asks to summarise.
    // activeTab: after the user clicks the toolbar button on any page, the panel may read that tab
    // (no broad host permission).
    // unlimitedStorage: storage.local holds 10 MB without it in Chrome (about 21,000 saved
    // articles); a long reading list or a large import must not hit that wall. It shows no
    // install-time warning in Chrome or Firefox.
    // No clipboardWrite: a quote is copied with navigator.clipboard.writeText in the click's own
    // handler in the extension's page, under the click's user activation, which Chrome and
    // Firefox accept without it.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    host_permissions: [...WEBMAIL_HOST_PERMISSIONS],
    optional_host_permissions: ['https://*/*'],
    // Firefox puts an MV3 add-on's button in the extensions menu unless it asks for the toolbar:
    // with the sidebar closed at install, the button must be where the user sees it.
    action: {
      default_title: 'Open MailGist',
      ...(browser === 'firefox' ? { default_area: 'navbar' as const } : {}),
    },
    // Chrome opens the side panel through the action; Firefox opens its sidebar directly.
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: 'Open the MailGist sidebar',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: 'Open the MailGist side panel',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mailgist@mailgist.app',
              // 128: optional_host_permissions (custom webmail origins) needs it.
              strict_min_version: '128.0',
              // Nothing leaves the machine: declared for Firefox's data-collection consent.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
