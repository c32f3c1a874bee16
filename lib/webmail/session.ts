import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageState, SnapshotMode } from '../messaging';
import type { ClipCompleter } from './gmail-clip';
import { adapterFor } from './providers';
import { findOpenMessage, readPageState, snapshotOf, type PageInput } from './read-page';

/** The parts of the content script's context the reader uses (so its work stops with it). */
export type ReaderLifetime = Pick<
  ContentScriptContext,
  'setTimeout' | 'addEventListener' | 'onInvalidated' | 'isValid'
>;

export interface ReaderOptions {
  doc: Document;
  win: Window & typeof globalThis;
  ctx: ReaderLifetime;
  /** Called once per change of the open message (another message, or none). */
  onChange: (state: PageState) => void;
  /** Reads a clipped Gmail message whole (same-origin fetch); without it the visible part is used. */
  completeClipped?: ClipCompleter;
  /** Quiet time after DOM mutations before the page is read again. */
  debounceMs?: number;
}

export interface PageReader {
  /** Answer the panel: the open message (or the selection / page it asked for). */
  getState(mode: SnapshotMode): Promise<PageState>;
  /** Read the page now (normally driven by mutations and URL changes). */
  checkNow(): Promise<void>;
}

const RETRY_MS = 500;
const MAX_RETRIES = 10;

/**
 * Watches the page for a change of the open message: a debounced MutationObserver on the reading
 * pane, URL changes (hash and pushState via WXT's wxt:locationchange), clicks (which message the
 * user picked) and frame loads. Nothing runs while nothing changes; everything stops when the
 * content script's context is invalidated.
 */
export function startPageReader(opts: ReaderOptions): PageReader {
  const { doc, win, ctx, onChange } = opts;
  const debounceMs = opts.debounceMs ?? 300;
  let lastKey: string | undefined;
  let lastClicked: Element | null = null;
  let timer: number | undefined;
  let retries = 0;
  let observed: Node | null = null;
  let seq = 0;
  /** The state of the current key (a clipped message's fetched body included, unless partial). */
  let cached: { key: string; state: PageState; partial: boolean } | null = null;

  const input = (): PageInput => ({ doc, url: new URL(win.location.href), lastClicked });

  const observer = new win.MutationObserver(() => schedule());
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  });

  // Child-list changes anywhere (a pane replaced, a thread closed) plus expand/collapse attributes
  // on the reading pane only: attribute churn elsewhere in a webmail app is constant.
  observer.observe(doc, { childList: true, subtree: true });
  function observe(target: Node) {
    if (observed === target) return;
    observer.disconnect();
    observer.observe(doc, { childList: true, subtree: true });
    observed = target;
    observer.observe(target, {
      subtree: true,
      attributes: true,
      // Gmail/Yahoo/Proton expand and collapse messages through these attributes.
      attributeFilter: ['class', 'aria-expanded', 'data-expanded', 'aria-selected', 'src'],
    });
  }

  function schedule(delay = debounceMs) {
    if (timer !== undefined || !ctx.isValid) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void check();
    }, delay);
  }

  async function fullState(state: PageState, sourceUrl: string | null): Promise<PageState> {
    if (state.status !== 'message' || !sourceUrl || !opts.completeClipped) return state;
    return { ...state, snapshot: await opts.completeClipped(state.snapshot, sourceUrl) };
  }

  /**
   * The state of the open message. A clipped Gmail message is fetched whole only when `whole` (the
   * panel asked), once per key; otherwise its visible part is marked `partial`, so an open panel
   * asks for the rest. Nothing is fetched while the panel is closed.
   */
  async function openState(whole: boolean): Promise<PageState> {
    const i = input();
    const lookup = findOpenMessage(i);
    if (lookup.kind === 'none') return { status: 'no-message', provider: lookup.provider };
    const { found } = lookup;
    if (cached?.key === found.key && (!whole || !cached.partial)) return cached.state;
    const state: PageState = {
      status: 'message',
      key: found.key,
      snapshot: snapshotOf(found, i.url),
    };
    const sourceUrl = opts.completeClipped
      ? (found.adapter.clippedSourceUrl?.(found.msg, i.url) ?? null)
      : null;
    if (!sourceUrl) {
      cached = { key: found.key, state, partial: false };
      return state;
    }
    if (!whole) {
      const partial: PageState = { ...state, partial: true };
      cached = { key: found.key, state: partial, partial: true };
      return partial;
    }
    const full = await fullState(state, sourceUrl);
    cached = { key: found.key, state: full, partial: false };
    return full;
  }

  async function check(): Promise<void> {
    const i = input();
    const adapter = adapterFor(i.url, doc);
    const root = adapter.root(doc);
    // Observe the reading pane when there is one (much quieter than the whole app).
    if (root && root.ownerDocument === doc && adapter.id !== 'generic') observe(root);
    const lookup = findOpenMessage(i, adapter);
    const key = lookup.kind === 'message' ? lookup.found.key : `none:${lookup.provider}`;
    if (lookup.kind === 'none' && lookup.pending && retries < MAX_RETRIES) {
      // A message is being opened (Proton writes its body frame after load): look again shortly.
      retries++;
      schedule(RETRY_MS);
    }
    if (key === lastKey) return;
    lastKey = key;
    retries = 0;
    const mine = ++seq;
    const state = lookup.kind === 'message' ? await openState(false) : readPageState(i, 'auto');
    if (mine !== seq || !ctx.isValid) return; // a newer switch happened meanwhile
    onChange(state);
  }

  ctx.addEventListener(win, 'wxt:locationchange', () => schedule());
  ctx.addEventListener(win, 'hashchange', () => schedule());
  ctx.addEventListener(win, 'popstate', () => schedule());
  ctx.addEventListener(
    doc,
    'click',
    (e: Event) => {
      if (e.target instanceof win.Element) lastClicked = e.target;
      schedule();
    },
    { capture: true },
  );
  // Frame loads (Roundcube's preview, Proton's body) do not bubble, but capture sees them.
  ctx.addEventListener(doc, 'load', () => schedule(), { capture: true });

  const first = check();

  return {
    async getState(mode) {
      await first;
      if (mode === 'auto') {
        const i = input();
        const adapter = adapterFor(i.url, doc);
        if (adapter.id === 'generic') return readPageState(i, 'auto'); // a long selection may win
        return openState(true);
      }
      return readPageState(input(), mode);
    },
    checkNow: check,
  };
}
