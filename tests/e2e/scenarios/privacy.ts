import type { PrivacyRecorder } from '../privacy-recorder';
import { judgePrivacy } from '../privacy-recorder';

// Everything the extension's service worker, side panel and content script asked the network for
// during the whole run stayed on this machine: 127.0.0.1 and the webmail hosts mapped onto it.

export function extensionStaysLocal(
  recorder: PrivacyRecorder,
  extensionId: string,
  allowedHosts: readonly string[],
): string {
  const verdict = judgePrivacy(recorder.requests, extensionId, allowedHosts);
  // The verdict means something only if the extension's own contexts were actually watched.
  const origin = `chrome-extension://${extensionId}/`;
  const watched = recorder.watched();
  const unwatched = [
    ...(watched.some((w) => w.startsWith(`service_worker ${origin}`))
      ? []
      : ['its service worker']),
    ...(watched.some((w) => w.includes(`${origin}sidepanel.html`)) ? [] : ['its side panel']),
    ...(watched.some((w) => allowedHosts.some((h) => w.includes(`https://${h}/`)))
      ? []
      : ['a webmail tab']),
  ];
  if (unwatched.length || recorder.requests.length === 0) {
    throw new Error(
      `the recorder did not watch ${unwatched.join(', ') || 'any request'}, so it cannot vouch for the extension (watched: ${watched.join('; ')})`,
    );
  }
  if (verdict.violations.length) {
    throw new Error(
      `the extension made ${verdict.violations.length} request(s) off this machine:\n` +
        verdict.violations
          .slice(0, 10)
          .map(
            (r) =>
              `${r.url} (from ${r.targetType} ${r.targetUrl}${r.initiators[0] ? `, by ${r.initiators[0]}` : ''})`,
          )
          .join('\n'),
    );
  }
  const schemes = new Set(verdict.extensionRequests.map((r) => new URL(r.url).protocol));
  return (
    `${watched.length} targets watched, ${recorder.requests.length} requests recorded; ` +
    `${verdict.extensionRequests.length} by the extension (${[...schemes].join(' ') || 'none'}), none off-machine; ` +
    `${verdict.pageOnly.length} by the fixture pages themselves (their remote images) off-machine, refused by the resolver`
  );
}
