import type { CdpConnection } from './cdp-pipe';

// Records every network request of every target in the browser: the extension's service worker
// and pages, and the webmail tabs where its content script runs. A request counts as the
// extension's when its target is an extension page or its initiator's stack runs through the
// extension's code (which is how a content script's fetch or an image it creates shows up).

export interface RecordedRequest {
  targetId: string;
  requestId: string;
  targetType: string;
  targetUrl: string;
  url: string;
  /** Script URLs on the initiator's stack, and the initiator's own URL. */
  initiators: string[];
}

interface AttachedEvent {
  sessionId: string;
  targetInfo: { targetId: string; type: string; url: string };
  waitingForDebugger: boolean;
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

const AUTO_ATTACH = {
  autoAttach: true,
  waitForDebuggerOnStart: true,
  flatten: true,
  filter: [
    { type: 'browser', exclude: true },
    { type: 'tab', exclude: true },
    { type: 'browser_ui', exclude: true },
    {},
  ],
};

export class PrivacyRecorder {
  readonly requests: RecordedRequest[] = [];
  private readonly targets = new Map<string, { targetId: string; type: string; url: string }>();

  /** Every target watched so far, as "type url" (the URL it last showed). */
  watched(): string[] {
    return [...this.targets.values()].map((t) => `${t.type} ${t.url}`);
  }

  /** Starts recording on a (newly launched) browser; call once per launch. */
  async start(cdp: CdpConnection): Promise<void> {
    cdp.on('Target.attachedToTarget', (params) => {
      const event = params as unknown as AttachedEvent;
      const { targetId, type, url } = event.targetInfo;
      this.targets.set(event.sessionId, { targetId, type, url });
      void this.instrument(cdp, event);
    });
    cdp.on('Target.targetInfoChanged', (params) => {
      const info = params.targetInfo as { targetId: string; url: string };
      // Keep the URL current, so a tab's requests are judged by the page it now shows.
      for (const t of this.targets.values()) if (t.targetId === info.targetId) t.url = info.url;
    });
    cdp.on('Network.requestWillBeSent', (params, sessionId) => {
      const target = (sessionId && this.targets.get(sessionId)) || {
        targetId: '',
        type: 'unknown',
        url: '',
      };
      const request = params.request as { url: string };
      const initiator = params.initiator as { url?: string; stack?: StackTrace };
      const requestId = params.requestId as string;
      // A target reached along two auto-attach paths reports its requests twice; count them once.
      const seen = this.requests.some(
        (r) => r.requestId === requestId && r.targetId === target.targetId && r.url === request.url,
      );
      if (seen) return;
      this.requests.push({
        targetId: target.targetId,
        requestId,
        targetType: target.type,
        targetUrl: target.url,
        url: request.url,
        initiators: [...(initiator.url ? [initiator.url] : []), ...stackUrls(initiator.stack)],
      });
    });
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    await cdp.send('Target.setAutoAttach', AUTO_ATTACH);
  }

  private async instrument(cdp: CdpConnection, event: AttachedEvent): Promise<void> {
    try {
      await cdp.send('Network.enable', {}, event.sessionId);
      // Frames and workers inside this target (out-of-process iframes, dedicated workers).
      await cdp.send('Target.setAutoAttach', AUTO_ATTACH, event.sessionId).catch(() => {});
    } catch {
      // Some targets (e.g. a closing one) refuse; nothing to record there.
    } finally {
      if (event.waitingForDebugger) {
        await cdp.send('Runtime.runIfWaitingForDebugger', {}, event.sessionId).catch(() => {});
      }
    }
  }
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) for (const f of s.callFrames) if (f.url) urls.push(f.url);
  return urls;
}

export interface PrivacyVerdict {
  extensionRequests: RecordedRequest[];
  violations: RecordedRequest[];
  /** Requests the fixture pages made themselves that left loopback (not the extension's doing). */
  pageOnly: RecordedRequest[];
}

/**
 * Classifies the recorded requests: the extension may reach only loopback and the mapped hosts.
 * An off-machine request is excused only when a fixture page made it with no extension code on its
 * initiator's stack; one from any other target (a not-yet-named extension page, say) counts.
 */
export function judgePrivacy(
  requests: readonly RecordedRequest[],
  extensionId: string,
  allowedHosts: readonly string[],
): PrivacyVerdict {
  const origin = `chrome-extension://${extensionId}/`;
  const isExtension = (r: RecordedRequest) =>
    r.targetUrl.startsWith(origin) || r.initiators.some((u) => u.startsWith(origin));
  const stays = (r: RecordedRequest) => {
    const url = new URL(r.url);
    if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return true;
    return url.hostname === '127.0.0.1' || allowedHosts.includes(url.hostname);
  };
  const fixturePage = (r: RecordedRequest) => {
    try {
      return allowedHosts.includes(new URL(r.targetUrl).hostname);
    } catch {
      return false;
    }
  };
  const offMachine = requests.filter((r) => !stays(r));
  return {
    extensionRequests: requests.filter(isExtension),
    violations: offMachine.filter((r) => isExtension(r) || !fixturePage(r)),
    pageOnly: offMachine.filter((r) => !isExtension(r) && fixturePage(r)),
  };
}
