import { useState } from 'preact/hooks';
import type { Action, DigestItem, Summary } from '../lib/schema';
import type { QuoteFormat } from '../lib/settings';
import type { ArticleInput, ReadingListStore } from '../lib/reading-list/store';
import {
  articleFromStory,
  articleFromSummary,
  articleUrl,
  type EmailRef,
} from '../lib/panel/article-from-summary';
import { eventFile } from '../lib/panel/event-file';
import type { ExportFile } from '../lib/panel/exports';
import { SummaryCard } from './SummaryCard';
import { SaveMenu } from './SaveMenu';
import { QuoteList } from './QuoteList';
import { ActionList } from './ActionList';
import { DigestList } from './DigestList';
import { PlainGist } from './PlainGist';
import type { Notify } from './use-notices';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

// The brief of one email, with its save, copy and calendar actions.
export function BriefView(props: {
  summary: Summary;
  email: EmailRef;
  quoteFormat: QuoteFormat;
  store: ReadingListStore;
  /** Keys of the articles already in the reading list. */
  savedKeys: ReadonlySet<string>;
  knownLists: string[];
  notify: Notify;
  download: (file: ExportFile) => void;
  copy?: (text: string) => Promise<void>;
  now?: () => Date;
}) {
  const { summary, store, notify } = props;
  const now = props.now ?? (() => new Date());
  const copy = props.copy ?? ((text: string) => navigator.clipboard.writeText(text));
  const [busy, setBusy] = useState(false);
  const article = articleFromSummary(summary, props.email);

  async function save(input: ArticleInput, into: { lists: string[]; tags: string[] }) {
    setBusy(true);
    try {
      const { entry, previous } = await store.save(input, into);
      const where = entry.lists.join(', ');
      notify({
        tone: 'info',
        message: previous
          ? `Updated “${entry.title}” in ${where}`
          : `Saved “${entry.title}” to ${where}`,
        undo: async () => {
          try {
            if (previous) await store.restore([previous]);
            else await store.remove([entry.id]);
            notify({ tone: 'info', message: 'Save undone' });
          } catch (err) {
            notify({ tone: 'error', message: errorText(err) });
          }
        },
      });
    } catch (err) {
      notify({ tone: 'error', message: errorText(err) });
    } finally {
      setBusy(false);
    }
  }

  function addToCalendar(action: Action) {
    const file = eventFile(action, summary, now());
    if (!file) return;
    props.download(file);
    notify({ tone: 'info', message: `Calendar file for “${action.label}” downloaded` });
  }

  const storyKeys = new Set(
    summary.items
      .filter((item) => props.savedKeys.has(articleFromStory(item, summary, props.email).key))
      .map((item) => item.title),
  );

  if (summary.messageKind === 'personal') return <PlainGist summary={summary} />;
  return (
    <div class="brief">
      <SummaryCard summary={summary} />
      <SaveMenu
        saved={props.savedKeys.has(article.key)}
        busy={busy}
        knownLists={props.knownLists}
        onSave={(into) => void save(article, into)}
      />
      <QuoteList
        quotes={summary.quotes}
        context={{
          publication: summary.publication,
          headline: summary.headline,
          url: articleUrl(summary),
        }}
        defaultFormat={props.quoteFormat}
        copy={copy}
        announce={(message, tone = 'info') => notify({ message, tone })}
      />
      <ActionList actions={summary.actions} onAddToCalendar={addToCalendar} />
      {summary.isDigest && (
        <DigestList
          items={summary.items}
          savedTitles={storyKeys}
          onSave={(item: DigestItem) =>
            void save(articleFromStory(item, summary, props.email), { lists: [], tags: [] })
          }
        />
      )}
    </div>
  );
}
