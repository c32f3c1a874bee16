import type { Readable, Writable } from 'node:stream';

// The Chrome DevTools Protocol over --remote-debugging-pipe: NUL-terminated JSON, commands on the
// browser's fd 3, replies and events on its fd 4. A browser-level connection is the only one that
// accepts Extensions.loadUnpacked / Extensions.triggerAction, which Playwright's page sessions
// refuse; child targets are reached as flattened sessions (sessionId on every message).

type Params = Record<string, unknown>;
type EventHandler = (params: Params, sessionId: string | undefined) => void;

interface Pending {
  resolve: (result: Params) => void;
  reject: (error: Error) => void;
  method: string;
}

export class CdpConnection {
  private nextId = 1;
  private buffer = '';
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, Set<EventHandler>>();
  private closedError: Error | null = null;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk: string) => this.receive(chunk));
    fromBrowser.on('close', () => this.fail(new Error('the browser closed the CDP pipe')));
    // A write after the browser died raises EPIPE here rather than crashing the runner.
    toBrowser.on('error', (error) => this.fail(error));
  }

  /** Sends a command to the browser, or to a child target when sessionId is given. */
  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: Params) => void, reject, method });
      this.toBrowser.write(message + '\0');
    });
  }

  /** Subscribes to an event from any session; returns the unsubscribe function. */
  on(method: string, handler: EventHandler): () => void {
    let set = this.handlers.get(method);
    if (!set) this.handlers.set(method, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  /** Resolves with the first event that satisfies the predicate, or rejects after timeoutMs. */
  waitForEvent(
    method: string,
    predicate: (params: Params, sessionId: string | undefined) => boolean,
    timeoutMs: number,
  ): Promise<Params> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no ${method} event within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.on(method, (params, sessionId) => {
        if (!predicate(params, sessionId)) return;
        clearTimeout(timer);
        off();
        resolve(params);
      });
    });
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const raw = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      this.dispatch(JSON.parse(raw) as CdpMessage);
    }
  }

  private dispatch(message: CdpMessage): void {
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error) {
        pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      } else {
        pending.resolve(message.result ?? {});
      }
      return;
    }
    if (!message.method) return;
    for (const handler of this.handlers.get(message.method) ?? []) {
      handler(message.params ?? {}, message.sessionId);
    }
  }

  private fail(error: Error): void {
    if (this.closedError) return;
    this.closedError = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
  sessionId?: string;
}
