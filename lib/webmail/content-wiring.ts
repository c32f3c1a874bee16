import type { Provider } from '../email/snapshot';
import type { Message, PageState, SnapshotMode } from '../messaging';
import type { ClipCompleter } from './gmail-clip';
import { childLifetime, type StoppableLifetime } from './lifetime';
import { GetPageStateSchema, PAGE_STATE_CHANGED } from './page-request';
import { watchProviderSwitch } from './provider-switch';
import { adapterFor } from './providers';
import { readPageState } from './read-page';
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

/**
 * Set (by `markOnDemand`) in the content script's world when the panel injects it on demand. A
 * symbol, not a name: an element's id or name shows up on `window` as a string-keyed property
 * (DOM clobbering), never as a symbol-keyed one, and the page's own scripts run in another world.
 */
export const ON_DEMAND_FLAG = Symbol.for('mailgist.on-demand');

/**
 * Run by the panel (`scripting.executeScript({ func })`) just before it injects this script into a
 * page the user asked to summarise: the script then answers only that request. Self-contained, as
 * the browser serialises it (hence the symbol spelled out again).
 */
export function markOnDemand(): void {
  (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('mailgist.on-demand')] = true;
}

/** Reader lifetimes already connected in this script (module scope: nothing on `window`). */
const connected = new WeakSet<ReaderLifetime>();

/** No panel open means nobody listens: that rejection is expected, not an error. */
export function isNoReceiver(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /Receiving end does not exist|Could not establish connection/i.test(msg);
}

/**
 * Connect the page reader to the extension: answer the panel's `mailgist:get-page-state` and push
 * `mailgist:page-state-changed` when the open message changes. Everything is removed with `ctx`.
 *
 * Honours the user's provider switch (Options): for a provider switched off the page is not
 * watched or read and nothing is pushed; the panel's automatic request gets "no message" with the
 * provider, which the panel shows as switched off. Switching it on again resumes (one push of the
 * open message) without a reload. The selection or the page, asked for explicitly from the
 * panel, is still read once: the user's request beats the switch, as in the panel.
 */
export function connectPageReader(opts: {
  doc: Document;
  win: Window & typeof globalThis;
  ctx: ReaderLifetime;
  runtime: RuntimeLike;
  completeClipped?: ClipCompleter;
  /** Frames that may have nothing to say (iCloud's) stay silent instead of answering "none". */
  answerOnlyWithMessage?: boolean;
}): void {
  const { runtime, ctx, doc, win } = opts;
  // One reader per script. Injected again (on demand, or over the declared script), the newer
  // script is a fresh module and WXT invalidates the older one's ctx, which removes its reader.
  // Nothing is kept on `window`, where an element id could clobber it.
  if (connected.has(ctx)) return;
  connected.add(ctx);
  // Injected on demand into a page that is not a supported webmail: no watching, no pushing;
  // answer the selection or page the user asks for, and "unsupported" to the automatic request.
  if ((win as unknown as Record<symbol, unknown>)[ON_DEMAND_FLAG] === true) {
    connectOnDemand(doc, win, ctx, runtime);
    return;
  }
  const push = (state: PageState) => {
    const message: Message = { type: PAGE_STATE_CHANGED, state };
    runtime.sendMessage(message).catch((err: unknown) => {
      if (!isNoReceiver(err)) console.debug('[MailGist] could not notify the panel', err);
    });
  };
  const url = () => new URL(win.location.href);
  const providerNow = () => adapterFor(url(), doc).id;

  let running: { reader: PageReader; life: StoppableLifetime } | null = null;
  const stop = () => {
    running?.life.stop();
    running = null;
  };
  const start = () => {
    const life = childLifetime(ctx);
    const reader = startPageReader({
      doc,
      win,
      ctx: life,
      onChange(state) {
        // The page turned out to be a provider that is switched off (Roundcube recognised late).
        const provider = providerOf(state);
        if (provider && !providers.isEnabled(provider)) return stop();
        push(state);
      },
      ...(opts.completeClipped ? { completeClipped: opts.completeClipped } : {}),
    });
    return { reader, life };
  };
  /** Start or stop reading to match the switch for this page's provider; true when on. */
  const apply = (): boolean => {
    if (!ctx.isValid) return false;
    const on = providers.isEnabled(providerNow());
    if (on && !running) running = start();
    else if (!on && running) stop();
    return on;
  };

  const providers = watchProviderSwitch(ctx, apply);
  void providers.ready.then(apply);

  /** The answer to the panel, or null to stay silent. */
  const answer = async (mode: SnapshotMode): Promise<PageState | null> => {
    await providers.ready;
    if (apply() && running) {
      const state = await running.reader.getState(mode);
      return opts.answerOnlyWithMessage && state.status !== 'message' ? null : state;
    }
    if (mode === 'auto') return { status: 'no-message', provider: providerNow() };
    const state = readPageState({ doc, url: url() }, mode);
    return opts.answerOnlyWithMessage && state.status !== 'message' ? null : state;
  };

  const listener: OnMessage = (raw, _sender, sendResponse) => {
    const req = GetPageStateSchema.safeParse(raw);
    if (!req.success) return false; // not ours: let other listeners answer
    answer(req.data.mode).then(
      (state) => {
        if (state) sendResponse(state);
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
  ctx.onInvalidated(() => {
    stop();
    runtime.onMessage.removeListener(listener);
  });
}

function connectOnDemand(
  doc: Document,
  win: Window,
  ctx: ReaderLifetime,
  runtime: RuntimeLike,
): void {
  const listener: OnMessage = (raw, _sender, sendResponse) => {
    const req = GetPageStateSchema.safeParse(raw);
    if (!req.success) return false;
    let state: PageState;
    try {
      state =
        req.data.mode === 'auto'
          ? { status: 'unsupported' }
          : readPageState({ doc, url: new URL(win.location.href) }, req.data.mode);
    } catch (err) {
      console.warn('[MailGist] could not read the page', err);
      state = { status: 'unsupported' };
    }
    sendResponse(state);
    return false;
  };
  runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => runtime.onMessage.removeListener(listener));
}

function providerOf(state: PageState): Provider | null {
  if (state.status === 'message') return state.snapshot.provider;
  return state.status === 'no-message' ? state.provider : null;
}
