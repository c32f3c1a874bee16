import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { PROVIDERS } from './email/snapshot';

// User settings, synced across the user's browsers (storage.sync). Parsed field by field on read:
// a bad or missing field falls back to its default instead of discarding the others.

export const QUOTE_FORMATS = ['plain', 'markdown', 'text'] as const;
export const QuoteFormatSchema = z.enum(QUOTE_FORMATS);
export type QuoteFormat = z.infer<typeof QuoteFormatSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The providers a user can switch on or off ('file' is the CLI's, not a webmail). */
export const WEBMAIL_PROVIDERS = PROVIDERS.filter((p) => p !== 'file');

export const SettingsSchema = z.object({
  enabledProviders: z.catch(z.array(z.enum(PROVIDERS)), [...WEBMAIL_PROVIDERS]),
  quoteFormat: z.catch(QuoteFormatSchema, 'plain'),
  summarySentences: z.catch(z.int().check(z.gte(2), z.lte(5)), 3),
  theme: z.catch(z.enum(THEMES), 'system'),
  /** Origins such as "https://mail.example.org" the user granted at run time. */
  customOrigins: z.catch(z.array(z.string()), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export function parseSettings(raw: unknown): Settings {
  const obj = raw !== null && typeof raw === 'object' ? raw : {};
  return SettingsSchema.parse(obj);
}

export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: 1,
  fallback: DEFAULT_SETTINGS,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(parseSettings(v)));
}

/** "mail.example.org" or "https://mail.example.org/inbox" → "https://mail.example.org". */
export function normaliseOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}
