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
  if (recorder.requests.length === 0) {
    throw new Error('the recorder saw no request at all, so it cannot vouch for anything');
  }
  if (verdict.violations.length) {
    throw new Error(
      `the extension made ${verdict.violations.length} request(s) off this machine:\n` +
        verdict.violations
          .slice(0, 10)
          .map((r) => `${r.url} (from ${r.targetType} ${r.targetUrl}${r.initiators[0] ? `, by ${r.initiators[0]}` : ''})`)
          .join('\n'),
    );
  }
  const hosts = new Set(verdict.extensionRequests.map((r) => new URL(r.url).protocol.replace(':', '')));
  return `${recorder.requests.length} requests recorded, ${verdict.extensionRequests.length} by the extension (${[...hosts].join(', ') || 'none'}), 0 off-machine; ${verdict.pageOnly.length} by the fixture pages themselves off-machine`;
}
