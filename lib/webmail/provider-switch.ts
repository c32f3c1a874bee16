import { browser } from 'wxt/browser';
import type { Provider } from '../email/snapshot';

// Which webmails the user switched MailGist on for (Options → `enabledProviders` in the synced
// settings). Read here rather than through lib/settings.ts, which would bring its zod schema into
// the content script; and through `browser.storage` itself rather than WXT's storage helper, which
// would add ~3.5 kB gzipped for one read and one watch. Same rule as lib/settings.ts: a missing or malformed value means the
// default, every provider on, so a bad value can never silently switch MailGist off.

/** The storage key lib/settings.ts keeps the settings under (its `settingsItem`). */
export const SETTINGS_KEY = 'sync:settings';
const KEY = 'settings'; // SETTINGS_KEY's key in storage.sync

// A Record so the compiler insists on exactly the providers lib/email/snapshot.ts knows.
const KNOWN: Record<Provider, true> = {
  gmail: true,
  outlook: true,
  yahoo: true,
  proton: true,
  roundcube: true,
  icloud: true,
  generic: true,
  file: true,
};

/**
 * The providers a stored settings value switches on, or null for "all of them" (the default):
 * settings that are not an object, no `enabledProviders`, or a list that is not all known
 * provider names (lib/settings.ts falls back to the default for the whole list then too).
 */
export function enabledProvidersOf(raw: unknown): ReadonlySet<string> | null {
  if (raw === null || typeof raw !== 'object') return null;
  const list = (raw as { enabledProviders?: unknown }).enabledProviders;
  if (!Array.isArray(list)) return null;
  const ok = list.every((p) => typeof p === 'string' && Object.hasOwn(KNOWN, p));
  return ok ? new Set(list as string[]) : null;
}

export interface ProviderSwitch {
  /** Settles once the stored setting has been read (or could not be: then all are on). */
  readonly ready: Promise<void>;
  isEnabled(provider: Provider): boolean;
}

/**
 * Reads the switch and follows it: `onChange` runs after every change of the stored settings
 * (any field; callers compare themselves). Stops watching when `lifetime` ends.
 */
export function watchProviderSwitch(
  lifetime: { onInvalidated(cb: () => void): unknown },
  onChange: () => void,
): ProviderSwitch {
  let enabled: ReadonlySet<string> | null = null;
  let heard = false; // a change arrived before the first read finished: it is newer

  type Changes = Record<string, { newValue?: unknown }>;
  const listener = (changes: Changes, area: string) => {
    if (area !== 'sync' || !Object.hasOwn(changes, KEY)) return;
    heard = true;
    enabled = enabledProvidersOf(changes[KEY]?.newValue);
    onChange();
  };
  let ready: Promise<void>;
  try {
    browser.storage.onChanged.addListener(listener);
    lifetime.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
    ready = browser.storage.sync.get(KEY).then(
      (items) => {
        if (!heard) enabled = enabledProvidersOf(items[KEY]);
      },
      (err: unknown) => console.debug('[MailGist] cannot read the settings; all providers on', err),
    );
  } catch (err) {
    console.debug('[MailGist] cannot read the settings; all providers on', err);
    ready = Promise.resolve();
  }

  return {
    ready,
    isEnabled: (provider) => enabled === null || enabled.has(provider),
  };
}
