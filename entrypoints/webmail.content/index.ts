import { connectPageReader, type RuntimeLike } from '../../lib/webmail/content-wiring';
import { clipCompleter } from '../../lib/webmail/gmail-clip';
import { WEBMAIL_CONTENT_MATCHES } from '../../lib/webmail/origins';

// Reads the open message on the supported webmail pages (and on custom origins the user granted,
// where the background registers this same script at run time). Logic lives in lib/webmail.
export default defineContentScript({
  matches: [...WEBMAIL_CONTENT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    connectPageReader({
      doc: document,
      win: window,
      ctx,
      runtime: browser.runtime as unknown as RuntimeLike,
      // Gmail only: the whole text of a clipped message, from Gmail's own same-origin "Show
      // original" page. This is the only request MailGist makes, and only on mail.google.com.
      ...(location.origin === 'https://mail.google.com'
        ? {
            completeClipped: clipCompleter(
              async (url: string) => {
                if (new URL(url).origin !== location.origin) throw new Error('not same-origin');
                const res = await fetch(url, { credentials: 'same-origin' });
                if (!res.ok) throw new Error(`HTTP ${res.status}`);
                return res.text();
              },
              (html) => new DOMParser().parseFromString(html, 'text/html'),
            ),
          }
        : {}),
    });
  },
});
