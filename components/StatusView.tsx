import type { SnapshotMode } from '../lib/messaging';

import type { StatusKind as PanelStatus } from '../lib/panel/panel-view';

export type StatusKind = PanelStatus | 'working';

const TEXT: Record<StatusKind, { title: string; body: string }> = {
  'no-webmail': {
    title: 'Not a supported webmail page',
    body: 'Open a newsletter in Gmail (or a webmail you added in Options) and MailGist will brief it here. If the page was open before MailGist was installed, reload it. On any other page (a newsletter’s web version, say), you can summarise the page or your selection.',
  },
  restricted: {
    title: 'Not a supported webmail page',
    body: 'MailGist cannot read this browser page. Switch to a tab with your webmail.',
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

// The panel's non-brief states, each with what the user can do next.
export function StatusView(props: {
  kind: StatusKind;
  detail?: string;
  /** A content script is present, so the selection or page can be summarised. */
  canSummarisePage: boolean;
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
  return (
    <section class="status" aria-labelledby="status-title" aria-busy={working}>
      <h1 id="status-title">{t.title}</h1>
      {working && <div class="spinner" aria-hidden="true" />}
      {t.body && <p>{t.body}</p>}
      {props.detail && <p class="detail">{props.detail}</p>}
      {!working && props.siteOrigin && props.onReadSite && (
        <p class="hint" id="read-site-hint">
          A webmail of your own (Roundcube, say)? Let MailGist read {props.siteOrigin} as it reads
          Gmail; the browser asks you first, and you can remove it in Options.
        </p>
      )}
      {!working && (
        <div class="button-row">
          {props.canSummarisePage ? (
            <>
              <button type="button" onClick={() => props.onSummarise('selection')}>
                Summarise selection
              </button>
              <button type="button" onClick={() => props.onSummarise('page')}>
                {props.kind === 'no-webmail' ? 'Summarise this page' : 'Summarise page'}
              </button>
            </>
          ) : (
            props.kind !== 'no-message' && (
              <p class="hint">
                Summarising a selection needs a page where MailGist runs; it is not available on
                this page.
              </p>
            )
          )}
          {props.siteOrigin && props.onReadSite && (
            <button
              type="button"
              onClick={() => props.onReadSite!(props.siteOrigin!)}
              aria-describedby="read-site-hint"
            >
              Read this site automatically
            </button>
          )}
          <button type="button" class="secondary" onClick={props.onRetry}>
            Try again
          </button>
          {props.onOpenOptions && (
            <button type="button" class="secondary" onClick={props.onOpenOptions}>
              Options
            </button>
          )}
        </div>
      )}
    </section>
  );
}
