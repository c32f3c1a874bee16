import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_QUOTA, itemBytes } from '../../../lib/reading-list/sync/limits';
import type { SyncAreaPort } from '../../../lib/reading-list/sync/engine';

// storage.sync as browsers enforce and sync it, over WXT's fake browser (whose storage.sync holds
// the account's copy, the "server"). Each device gets its own view with the browser's quotas: a
// write the real browser would refuse (an item over 8,192 bytes, more than 102,400 in all or 512
// items, more than 120 writes a minute or 1,800 an hour on that device, by the fake clock) is
// refused with Chrome's message and changes nothing, and every refusal is recorded so a suite can
// assert none were attempted. A device can go offline: it then reads and writes its own copy, and
// on reconnecting each item it wrote meets the account's copy last-writer-wins, as browser sync
// resolves a conflict between two devices' writes to one key.

export interface Clock {
  now(): number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;

export const bytesInUse = (data: Record<string, unknown>): number =>
  Object.entries(data).reduce((n, [k, v]) => n + itemBytes(k, v), 0);

const clone = <T>(v: T): T => structuredClone(v);

export class QuotaSyncArea {
  readonly refused: string[] = [];
  /** When each item of the account's copy was last written. */
  private readonly writtenAt = new Map<string, number>();

  constructor(readonly clock: Clock) {}

  async account(): Promise<Record<string, unknown>> {
    return clone(await fakeBrowser.storage.sync.get(null)) as Record<string, unknown>;
  }

  async write(items: Record<string, unknown>, at: number): Promise<void> {
    for (const key of Object.keys(items)) this.writtenAt.set(key, at);
    await fakeBrowser.storage.sync.set(clone(items));
  }

  lastWrite(key: string): number {
    return this.writtenAt.get(key) ?? -Infinity;
  }

  device(name: string): DeviceSyncArea {
    return new DeviceSyncArea(this, name);
  }

  /** Writes accepted from every device, for counting. */
  accepted = 0;
}

export class DeviceSyncArea implements SyncAreaPort {
  readonly writeTimes: number[] = [];
  private offlineCopy: Record<string, unknown> | null = null;
  private pending = new Map<string, { value: unknown; at: number }>();

  constructor(
    private readonly shared: QuotaSyncArea,
    readonly name: string,
  ) {}

  get online(): boolean {
    return this.offlineCopy === null;
  }

  async get(): Promise<Record<string, unknown>> {
    return this.offlineCopy ? clone(this.offlineCopy) : this.shared.account();
  }

  /** Why the browser would refuse this write now, or null. */
  async refusal(items: Record<string, unknown>): Promise<string | null> {
    const now = this.shared.clock.now();
    const hour = this.writeTimes.filter((t) => t > now - HOUR);
    if (hour.filter((t) => t > now - MINUTE).length >= SYNC_QUOTA.writesPerMinute) {
      return 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    }
    if (hour.length >= SYNC_QUOTA.writesPerHour) {
      return 'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded';
    }
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem) {
        return 'QUOTA_BYTES_PER_ITEM quota exceeded';
      }
    }
    const after = { ...(await this.get()), ...clone(items) };
    if (Object.keys(after).length > SYNC_QUOTA.maxItems) return 'MAX_ITEMS quota exceeded';
    if (bytesInUse(after) > SYNC_QUOTA.totalBytes) return 'QUOTA_BYTES quota exceeded';
    return null;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const reason = await this.refusal(items);
    if (reason) {
      this.shared.refused.push(`${this.name}: ${reason}`);
      throw new Error(reason);
    }
    const at = this.shared.clock.now();
    this.writeTimes.push(at);
    this.shared.accepted += 1;
    if (this.offlineCopy) {
      Object.assign(this.offlineCopy, clone(items));
      for (const [key, value] of Object.entries(items)) this.pending.set(key, { value, at });
    } else {
      await this.shared.write(items, at);
    }
  }

  async goOffline(): Promise<void> {
    this.offlineCopy = await this.shared.account();
  }

  /** Pushes what was written offline; per item, the later write wins. */
  async goOnline(): Promise<void> {
    const pending = [...this.pending];
    this.pending.clear();
    this.offlineCopy = null;
    for (const [key, { value, at }] of pending) {
      if (at > this.shared.lastWrite(key)) await this.shared.write({ [key]: value }, at);
    }
  }
}
