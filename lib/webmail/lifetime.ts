import type { ReaderLifetime } from './session';

export interface StoppableLifetime extends ReaderLifetime {
  /** End this lifetime now (the parent's goes on). */
  stop(): void;
}

type AddListener = (
  target: EventTarget,
  type: string,
  handler: (event: Event) => void,
  options?: AddEventListenerOptions,
) => void;

/**
 * A lifetime inside the content script's: it ends when the parent does or when `stop()` is
 * called, so a page reader can be stopped (provider switched off) and started again later
 * without reloading the page. Listeners and timers registered through it go quiet when it ends.
 */
export function childLifetime(parent: ReaderLifetime): StoppableLifetime {
  const ac = new AbortController();
  const { signal } = ac;
  const stop = () => ac.abort();
  const detach = parent.onInvalidated(stop);
  signal.addEventListener('abort', detach, { once: true });
  const addToParent = parent.addEventListener.bind(parent) as unknown as AddListener;

  const life: StoppableLifetime = {
    get isValid() {
      return !signal.aborted && parent.isValid;
    },
    stop,
    onInvalidated(cb) {
      if (signal.aborted) {
        cb();
        return () => {};
      }
      signal.addEventListener('abort', cb, { once: true });
      return () => signal.removeEventListener('abort', cb);
    },
    setTimeout: (handler, timeout) =>
      parent.setTimeout(() => {
        if (life.isValid) handler();
      }, timeout),
    addEventListener: ((target, type, handler, options) => {
      if (signal.aborted) return;
      if (type.startsWith('wxt:')) {
        // WXT dispatches its own events under a private name: only the parent can subscribe.
        addToParent(
          target,
          type,
          (event) => {
            if (life.isValid) handler(event);
          },
          options,
        );
      } else {
        target.addEventListener(type, handler, { ...options, signal });
      }
    }) as AddListener as ReaderLifetime['addEventListener'],
  };
  return life;
}
