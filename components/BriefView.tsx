import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action, DigestItem, Summary } from '../lib/schema';
import type { QuoteFormat } from '../lib/settings';
import type { ArticleInput, ReadingListStore } from '../lib/reading-list/store';
import {
  articleFromStory,
  articleFromSummary,
  articleUrl,
  type EmailRef,
} from '../lib/panel/article-from-summary';
import { splitActions } from '../lib/panel/action-groups';
import { briefAsText } from '../lib/panel/brief-text';
import { eventFile } from '../lib/panel/event-file';
import { nextEvent } from '../lib/panel/event-when';
import type { ExportFile } from '../lib/panel/exports';
import { SummaryCard } from './SummaryCard';
import { SaveMenu } from './SaveMenu';
import { QuoteList } from './QuoteList';
import { ActionList } from './ActionList';
import { DigestList } from './DigestList';
import { PlainGist } from './PlainGist';
import { MoreLinks } from './MoreLinks';
import { NextEvent } from './NextEvent';
import { SectionList } from './SectionList';
import type { Notify } from './use-notices';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** "Brief updated: <headline>", once the brief is on screen, in a polite live region. */
function BriefAnnouncer(props: { headline: string; summary: Summary }) {
  const [text, setText] = useState('');
  useEffect(() => {
    // Set after the region is in the page, so a screen reader hears the change.
    const t = setTimeout(() => setText(`Brief updated: ${props.headline}`), 50);
    return () => clearTimeout(t);
  }, [props.summary, props.headline]);
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}

// The brief of one email. Its first screen: the headline, a byline line, up to three summary
// sentences, and one action row (Save with its lists and tags, Copy brief, the next event). Below:
// key quotes, the real asks, then the folded parts (sections, the digest's stories, more links).
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
  const [copied, setCopied] = useState(false);
  const copiedTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (copiedTimer.current) clearTimeout(copiedTimer.current);
    },
    [],
  );
  const article = articleFromSummary(summary, props.email);
  const url = articleUrl(summary);
  const today = now();
  const { asks, more } = splitActions(summary.actions);
  const upcoming = nextEvent(summary.actions, today);

  async function save(
    input: ArticleInput,
    into: { lists: string[]; tags: string[] },
  ): Promise<string | null> {
    setBusy(true);
    try {
      const { entry, previous } = await store.save(input, into);
      const where = entry.lists.join(', ');
      const tagged = entry.tags.length ? ` with tags ${entry.tags.join(', ')}` : '';
      const message = previous
        ? `Updated “${entry.title}” in ${where}${tagged}`
        : `Saved “${entry.title}” to ${where}${tagged}`;
      notify({
        tone: 'info',
        message,
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
      return message;
    } catch (err) {
      notify({ tone: 'error', message: errorText(err) });
      return null;
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

  function copyBrief() {
    // Called inside the click: the clipboard needs the user's activation.
    copy(briefAsText(summary, url, props.quoteFormat)).then(
      () => {
        setCopied(true);
        if (copiedTimer.current) clearTimeout(copiedTimer.current);
        copiedTimer.current = setTimeout(() => setCopied(false), 2000);
        notify({ tone: 'info', message: 'Brief copied' });
      },
      () =>
        notify({
          tone: 'error',
          message: 'Could not copy: the browser refused access to the clipboard.',
        }),
    );
  }

  const storyKeys = new Set(
    summary.items
      .filter((item) => props.savedKeys.has(articleFromStory(item, summary, props.email).key))
      .map((item) => item.title),
  );
  const digest = summary.isDigest && summary.items.length > 0;

  if (summary.messageKind === 'personal') return <PlainGist summary={summary} />;
  return (
    // Keyed by the message: another one starts with its folds closed and its own Save form.
    <div class="brief" key={`${props.email.key ?? ''}|${article.key}`}>
      <SummaryCard summary={summary} />
      <div class="action-row">
        <SaveMenu
          saved={props.savedKeys.has(article.key)}
          busy={busy}
          knownLists={props.knownLists}
          onSave={(into) => save(article, into)}
        />
        <button type="button" class="secondary copy-brief" onClick={copyBrief}>
          {copied ? 'Copied ✓' : 'Copy brief'}
        </button>
        {upcoming && (
          <NextEvent action={upcoming} summary={summary} onAddToCalendar={addToCalendar} />
        )}
      </div>
      <QuoteList
        quotes={summary.quotes}
        context={{
          publication: summary.publication,
          headline: summary.headline,
          url,
        }}
        defaultFormat={props.quoteFormat}
        copy={copy}
        announce={(message, tone = 'info') => notify({ message, tone })}
      />
      <ActionList actions={asks} summary={summary} now={today} onAddToCalendar={addToCalendar} />
      {digest && (
        <DigestList
          items={summary.items}
          savedTitles={storyKeys}
          onSave={(item: DigestItem) =>
            void save(articleFromStory(item, summary, props.email), { lists: [], tags: [] })
          }
        />
      )}
      {/* A digest's sections are its story groups: the stories already show them. */}
      {!digest && <SectionList sections={summary.sections} />}
      <MoreLinks actions={more} />
      <BriefAnnouncer headline={summary.headline || 'Untitled email'} summary={summary} />
    </div>
  );
}
