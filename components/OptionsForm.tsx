import { useState } from 'preact/hooks';
import {
  QUOTE_FORMATS,
  THEMES,
  WEBMAIL_PROVIDERS,
  normaliseOrigin,
  type Settings,
  type Theme,
} from '../lib/settings';
import type { Provider } from '../lib/email/snapshot';
import { QUOTE_FORMAT_LABEL } from './QuoteList';
import { ReadingListSyncFieldset } from './ReadingListSyncFieldset';
import type { SyncReport } from '../lib/reading-list/sync/state';

const PROVIDER_LABEL: Record<Provider, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
  proton: 'Proton Mail',
  roundcube: 'Roundcube',
  icloud: 'iCloud Mail',
  generic: 'Other webmail (generic reader)',
  file: 'Files',
};

const THEME_LABEL: Record<Theme, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

// The options form: props in, changes out. Adding an origin asks the browser for access first.
export function OptionsForm(props: {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** Must request the permission synchronously within the click (a user gesture). */
  onAddOrigin: (origin: string) => Promise<boolean>;
  onRemoveOrigin: (origin: string) => void;
  /** The reading-list sync switch (per device) and its last report. */
  sync?: { enabled: boolean; report: SyncReport | null; now: number };
  onSyncChange?: (on: boolean) => void;
}) {
  const s = props.settings;
  const [originText, setOriginText] = useState('');
  const [originError, setOriginError] = useState<string | null>(null);

  function toggleProvider(p: Provider, on: boolean) {
    const next = on
      ? [...new Set([...s.enabledProviders, p])]
      : s.enabledProviders.filter((x) => x !== p);
    props.onChange({ enabledProviders: next });
  }

  function addOrigin(e: Event) {
    e.preventDefault();
    const origin = normaliseOrigin(originText);
    if (!origin) {
      setOriginError('Enter a web address such as https://mail.example.org');
      return;
    }
    if (s.customOrigins.includes(origin)) {
      setOriginError(`${origin} is already in the list.`);
      return;
    }
    setOriginError(null);
    void props.onAddOrigin(origin).then((granted) => {
      if (granted) setOriginText('');
      else setOriginError(`Access to ${origin} was not granted, so it was not added.`);
    });
  }

  return (
    <form class="options" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Webmail providers</legend>
        <p class="hint">MailGist reads the open message only on the providers switched on here.</p>
        {WEBMAIL_PROVIDERS.map((p) => (
          <label key={p} class="check">
            <input
              type="checkbox"
              checked={s.enabledProviders.includes(p)}
              onChange={(e) => toggleProvider(p, (e.currentTarget as HTMLInputElement).checked)}
            />
            {PROVIDER_LABEL[p]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Copying quotes</legend>
        {QUOTE_FORMATS.map((f) => (
          <label key={f} class="check">
            <input
              type="radio"
              name="quoteFormat"
              value={f}
              checked={s.quoteFormat === f}
              onChange={() => props.onChange({ quoteFormat: f })}
            />
            {QUOTE_FORMAT_LABEL[f]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Summary</legend>
        <label class="field">
          <span>Sentences in the summary</span>
          <select
            value={String(s.summarySentences)}
            onChange={(e) =>
              props.onChange({
                summarySentences: Number((e.currentTarget as HTMLSelectElement).value),
              })
            }
          >
            {[2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t} class="check">
            <input
              type="radio"
              name="theme"
              value={t}
              checked={s.theme === t}
              onChange={() => props.onChange({ theme: t })}
            />
            {THEME_LABEL[t]}
          </label>
        ))}
      </fieldset>

      {props.sync && (
        <ReadingListSyncFieldset {...props.sync} onChange={(on) => props.onSyncChange?.(on)} />
      )}

      <fieldset>
        <legend>Custom webmail addresses</legend>
        <p class="hint">
          For a self-hosted webmail (Roundcube, say). The browser asks you to allow MailGist on that
          site.
        </p>
        {s.customOrigins.length > 0 && (
          <ul class="origins">
            {s.customOrigins.map((o) => (
              <li key={o}>
                <span>{o}</span>
                <button
                  type="button"
                  class="small danger"
                  aria-label={`Remove ${o}`}
                  onClick={() => props.onRemoveOrigin(o)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="export-row">
          <label class="field">
            <span>Webmail address</span>
            <input
              type="url"
              placeholder="https://mail.example.org"
              value={originText}
              aria-invalid={originError ? true : undefined}
              aria-describedby={originError ? 'origin-error' : undefined}
              onInput={(e) => setOriginText((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => e.key === 'Enter' && addOrigin(e)}
            />
          </label>
          <button type="button" onClick={addOrigin}>
            Add address
          </button>
        </div>
        {originError && (
          <p id="origin-error" class="error-text" role="alert">
            {originError}
          </p>
        )}
      </fieldset>
    </form>
  );
}
