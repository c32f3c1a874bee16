import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '../lib/settings';

/** The current settings, live: a change in Options reaches an open panel at once. */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let alive = true;
    loadSettings()
      .then((settings) => alive && setState({ settings, loaded: true }))
      .catch(() => alive && setState({ settings: DEFAULT_SETTINGS, loaded: true }));
    const unwatch = watchSettings((settings) => setState({ settings, loaded: true }));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}
