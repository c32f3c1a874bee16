// The browser's storage.sync quotas (Chrome documents and enforces these; Firefox the same byte
// limits; measured in Chromium 156 on this project) and the margins MailGist keeps under them.
// An item's size is its key plus its JSON value, in UTF-8 bytes.

export const SYNC_QUOTA = {
  totalBytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

export const MIRROR_LIMITS = {
  /** The mirror never grows past this, so settings and other items keep room. */
  totalBytes: 92_160,
  /** Bytes left free for everything else in storage.sync (settings grow with custom origins). */
  reserveBytes: 4_096,
  /** "Well under" the per-item limit: a shard that grows by one long entry still fits. */
  shardBytes: 6_144,
  /** Own write caps, below the browser's: settings writes share the same budget. */
  writesPerMinute: 90,
  writesPerHour: 1_350,
} as const;

/** Deletions are remembered this long (a device offline longer may bring a deleted entry back). */
export const TOMBSTONE_KEEP_SECONDS = 365 * 24 * 3600;
/** Deletions younger than this outrank every entry in the mirror: they are small and stop resurrections. */
export const TOMBSTONE_FRESH_SECONDS = 90 * 24 * 3600;

/** UTF-8 length without encoding (the planner asks this for every record it weighs). */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 2; // a surrogate pair: 2 code units, 4 bytes
      i += 1;
    } else n += 2;
  }
  return n;
}

/** What the browser counts for one item: key plus JSON value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value));
}
