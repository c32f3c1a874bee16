// Every write is read-modify-write, so writes must not interleave. Within one page a promise
// chain per key serialises them (shared by every store instance); across extension pages (panel
// and options open together) the Web Locks API does the same where the browser has it.

const chains = new Map<string, Promise<unknown>>();

export function withWriteLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const previous = chains.get(name) ?? Promise.resolve();
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = (): Promise<T> =>
    locks ? (locks.request(`mailgist:${name}`, task) as Promise<T>) : task();
  const next = previous.then(run, run);
  chains.set(
    name,
    next.catch(() => undefined),
  );
  return next;
}
