import type { Message, PageState } from '../messaging';
import { GetPageStateSchema, PAGE_STATE_CHANGED } from './page-request';
import type { ClipCompleter } from './gmail-clip';
import { startPageReader, type PageReader, type ReaderLifetime } from './session';

/** The slice of `browser.runtime` the content script uses, passed in by the entrypoint. */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(cb: OnMessage): void;
    removeListener(cb: OnMessage): void;
  };
}
type OnMessage = (
  message: unknown,
  sender: unknown,
  sendResponse: (response?: unknown) => void,
) => boolean | undefined | void;

/** No panel open means nobody listens: that rejection is expected, not an error. */
export function isNoReceiver(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /Receiving end does not exist|Could not establish connection/i.test(msg);
}

/**
 * Connect the page reader to the extension: answer the panel's `mailgist:get-page-state` and push
 * `mailgist:page-state-changed` when the open message changes. Everything is removed with `ctx`.
 */
export function connectPageReader(opts: {
  doc: Document;
  win: Window & typeof globalThis;
  ctx: ReaderLifetime;
  runtime: RuntimeLike;
  completeClipped?: ClipCompleter;
  /** Frames that may have nothing to say (iCloud's) stay silent instead of answering "none". */
  answerOnlyWithMessage?: boolean;
}): PageReader {
  const { runtime, ctx } = opts;
  const push = (state: PageState) => {
    const message: Message = { type: PAGE_STATE_CHANGED, state };
    runtime.sendMessage(message).catch((err: unknown) => {
      if (!isNoReceiver(err)) console.debug('[MailGist] could not notify the panel', err);
    });
  };
  const reader = startPageReader({
    doc: opts.doc,
    win: opts.win,
    ctx,
    onChange: push,
    ...(opts.completeClipped ? { completeClipped: opts.completeClipped } : {}),
  });
  const listener: OnMessage = (raw, _sender, sendResponse) => {
    const req = GetPageStateSchema.safeParse(raw);
    if (!req.success) return false; // not ours: let other listeners answer
    reader.getState(req.data.mode).then(
      (state) => {
        if (opts.answerOnlyWithMessage && state.status !== 'message') return;
        sendResponse(state);
      },
      (err: unknown) => {
        console.warn('[MailGist] could not read the page', err);
        if (!opts.answerOnlyWithMessage)
          sendResponse({ status: 'unsupported' } satisfies PageState);
      },
    );
    return true; // the answer is asynchronous
  };
  runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => runtime.onMessage.removeListener(listener));
  return reader;
}
