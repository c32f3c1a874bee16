import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/Panel';
import { useSettings } from '@/components/use-settings';
import { createReadingListStore } from '@/lib/reading-list/store';
import { downloadFile } from '@/lib/panel/exports';
import { applyTheme } from '@/lib/panel/theme';
import { usePageView } from './use-page-view';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

export function App() {
  const { settings } = useSettings();
  const store = useMemo(() => createReadingListStore(), []);
  const { view, refresh, readSite } = usePageView(settings);
  useEffect(() => applyTheme(document.documentElement, settings.theme), [settings.theme]);
  return (
    <Panel
      view={view}
      settings={settings}
      store={store}
      onRefresh={(mode) => void refresh(mode)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onReadSite={readSite}
      download={(file) => downloadFile(file, document)}
      parseHtml={parseHtml}
    />
  );
}
