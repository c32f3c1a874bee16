import type { SnapshotMode } from '../lib/messaging';

import type { StatusKind as PanelStatus } from '../lib/panel/panel-view';

export type StatusKind = PanelStatus | 'working';

const TEXT: Record<StatusKind, { title: string; body: string }> = {
  'no-webmail': {
    title: 'Not a supported webmail page',
    body: 'Open a newsletter in Gmail (or a webmail you added in Options) and MailGist will brief it here. If the page was open before MailGist was installed, reload it. On any other page (a newsletter’s web version, say), you can summarise the page or your selection.',
  },
  restricted: {
    title: 'MailGist cannot read this page',
    body: 'Browser pages (settings, a new tab, the extension store) are closed to every extension, so there is nothing to summarise here. Switch to a tab with your webmail or an article.',
  },
  'no-message': {
    title: 'No message open',
    body: 'Open a newsletter in your inbox to see its brief.',
  },
  unsupported: {
    title: 'This page is not a webmail inbox',
    body: 'You can still summarise your selection or the whole page.',
  },
  working: { title: 'Reading the email…', body: '' },
  error: { title: 'Something went wrong', body: '' },
  disabled: {
    title: 'Switched off for this webmail',
    body: 'Turn it back on in Options, or summarise the page.',
  },
};

/** The one line above a brief kept from an earlier tab (see keepLastBrief). */
const NOTE: Partial<Record<StatusKind, string>> = {
  'no-webmail': 'This tab is not a supported webmail page. The brief below is the last one read.',
  restricted:
    'MailGist cannot read this browser page (no extension can). The brief below is the last one read.',
};

const SELECT_FIRST = 'Select some text on the page first to summarise just that.';
const NEEDS_GRANT =
  'To read this page, click the MailGist button in the browser toolbar while the page is open.';

// The panel's non-brief states, each with what the user can do next: one primary action, the
// alternatives beside it, the rest (try again, options) quieter. A button that cannot work is
// not offered; one that needs something first says what.
export function StatusView(props: {
  kind: StatusKind;
  detail?: string;
  /** A content script is present (or can be put there), so the selection or page can be summarised. */
  canSummarisePage: boolean;
  /** Whether text is selected on the page, when known: "Summarise selection" waits for one. */
  selection?: boolean;
  /** The page opens to MailGist only after a toolbar click on it. */
  needsGrant?: boolean;
  /** A note above the last brief rather than the whole panel. */
  compact?: boolean;
  onSummarise: (mode: SnapshotMode) => void;
  onRetry: () => void;
  onOpenOptions?: () => void;
  /** This page's origin, when MailGist could be allowed to read it automatically. */
  siteOrigin?: string;
  /** Asks the browser for that origin; must run straight from the click (a user gesture). */
  onReadSite?: (origin: string) => void;
}) {
  const t = TEXT[props.kind];
  const working = props.kind === 'working';
  const noSelection = props.selection === false;
  const selectionButton = (
    <button
      type="button"
      class={props.compact ? 'small' : undefined}
      disabled={noSelection}
      aria-describedby={noSelection ? 'selection-hint' : undefined}
      onClick={() => props.onSummarise('selection')}
    >
      Summarise selection
    </button>
  );
  const selectionHint = noSelection && (
    <p class="hint" id="selection-hint">
      {SELECT_FIRST}
    </p>
  );

  if (props.compact) {
    return (
      <aside class="elsewhere" aria-label="This tab">
        <p>{NOTE[props.kind] ?? t.title}</p>
        {props.detail && <p class="detail">{props.detail}</p>}
        {props.canSummarisePage && (
          <>
            {props.needsGrant && <p class="hint">{NEEDS_GRANT}</p>}
            <div class="button-row">
              <button type="button" class="small" onClick={() => props.onSummarise('page')}>
                Summarise this page
              </button>
              {props.selection && selectionButton}
            </div>
          </>
        )}
      </aside>
    );
  }

  // The one main thing to do here: read the page, or look again after an error.
  const primary =
    props.kind === 'error' ? 'retry' : props.kind === 'no-message' ? null : 'summarise';
  const canRead = props.canSummarisePage && props.kind !== 'restricted';
  return (
    <section class="status" aria-labelledby="status-title" aria-busy={working}>
      <h1 id="status-title">{t.title}</h1>
      {working && <div class="spinner" aria-hidden="true" />}
      {t.body && <p>{t.body}</p>}
      {props.detail && <p class="detail">{props.detail}</p>}
      {!working && canRead && (
        <>
          {props.needsGrant && <p class="hint">{NEEDS_GRANT}</p>}
          <div class="button-row">
            <button
              type="button"
              class={primary === 'summarise' ? 'primary' : undefined}
              onClick={() => props.onSummarise('page')}
            >
              {props.kind === 'no-webmail' ? 'Summarise this page' : 'Summarise page'}
            </button>
            {selectionButton}
          </div>
          {selectionHint}
        </>
      )}
      {!working && !canRead && props.kind !== 'no-message' && props.kind !== 'restricted' && (
        <p class="hint">
          Summarising a selection needs a page where MailGist runs; it is not available on this
          page.
        </p>
      )}
      {!working && props.siteOrigin && props.onReadSite && (
        <>
          <p class="hint" id="read-site-hint">
            A webmail of your own (Roundcube, say)? Let MailGist read {props.siteOrigin} as it reads
            Gmail; the browser asks you first, and you can remove it in Options.
          </p>
          <div class="button-row">
            <button
              type="button"
              onClick={() => props.onReadSite!(props.siteOrigin!)}
              aria-describedby="read-site-hint"
            >
              Read this site automatically
            </button>
          </div>
        </>
      )}
      {!working && props.kind !== 'restricted' && (
        <div class="button-row quiet">
          <button
            type="button"
            class={primary === 'retry' ? 'primary' : 'ghost small'}
            onClick={props.onRetry}
          >
            Try again
          </button>
          {props.onOpenOptions && (
            <button type="button" class="ghost small" onClick={props.onOpenOptions}>
              Options
            </button>
          )}
        </div>
      )}
    </section>
  );
}
