import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/OptionsForm';
import { useSettings } from '@/components/use-settings';
import { useReadingListSync } from '@/components/use-reading-list-sync';
import { saveSettings, type Settings } from '@/lib/settings';
import { applyTheme } from '@/lib/panel/theme';

// Wiring only: settings storage and the run-time host permission for custom webmail origins.
export function App() {
  const { settings, loaded } = useSettings();
  const sync = useReadingListSync();
  const [status, setStatus] = useState('');
  useEffect(() => applyTheme(document.documentElement, settings.theme), [settings.theme]);

  async function change(patch: Partial<Settings>) {
    try {
      await saveSettings(patch);
      setStatus('Saved');
    } catch (err) {
      setStatus(`Could not save the setting: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  function addOrigin(origin: string): Promise<boolean> {
    // Called straight from the click so the browser sees a user gesture.
    return browser.permissions
      .request({ origins: [`${origin}/*`] })
      .then(async (granted) => {
        if (granted) {
          await change({ customOrigins: [...settings.customOrigins, origin] });
          setStatus(`Added ${origin}. Reload its tabs for MailGist to read them.`);
        }
        return granted;
      })
      .catch(() => false);
  }

  async function removeOrigin(origin: string) {
    await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    await change({ customOrigins: settings.customOrigins.filter((o) => o !== origin) });
    setStatus(`Removed ${origin}`);
  }

  return (
    <main class="options-page">
      <h1>MailGist options</h1>
      {loaded ? (
        <OptionsForm
          settings={settings}
          onChange={(p) => void change(p)}
          onAddOrigin={addOrigin}
          onRemoveOrigin={(o) => void removeOrigin(o)}
          sync={{ enabled: sync.enabled, report: sync.report, now: Date.now() }}
          onSyncChange={(on) =>
            void sync
              .setEnabled(on)
              .then(() => setStatus(on ? 'Sync is on' : 'Sync is off; nothing was deleted'))
          }
        />
      ) : (
        <p>Loading…</p>
      )}
      <p class="saved-note" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
