import type { Summary } from '../schema';
import type { EmailSnapshot, Provider } from '../email/snapshot';
import type { PageLookup } from './page-state';
import { isRestrictedPage } from './page-state';
import type { EmailRef } from './article-from-summary';

// What the panel shows for a page lookup: a state with next steps, or the brief.

export type StatusKind =
  'no-webmail' | 'restricted' | 'no-message' | 'unsupported' | 'error' | 'disabled';

export type PanelView =
  | { kind: 'working' }
  | {
      kind: 'status';
      status: StatusKind;
      canSummarisePage: boolean;
      detail?: string;
      /** An origin the user may let MailGist read automatically ("Read this site automatically"). */
      siteOrigin?: string;
      /** Whether text is selected on the page, when the panel could look (see TabProbe). */
      selection?: boolean;
      /** The page can be read only after the user clicks the toolbar button on it. */
      needsGrant?: true;
    }
  | {
      kind: 'brief';
      summary: Summary;
      email: EmailRef;
      /**
       * The brief is the last one read, kept while the active tab is one MailGist cannot brief
       * (its own Options page, a browser page, a site): what that tab is, for a one-line note.
       */
      elsewhere?: StatusOnly;
    };

/** A status view: what the panel says about a page it shows no brief for. */
export type StatusOnly = Extract<PanelView, { kind: 'status' }>;

/**
 * Leaving a brief for a tab that is not webmail (the Options page, a browser page, any site)
 * keeps the brief in view, noting where the user is, instead of "Not a supported webmail page";
 * everything else shows as it is. `last` is the last brief shown.
 */
export function keepLastBrief(
  last: Extract<PanelView, { kind: 'brief' }> | null,
  next: PanelView,
): PanelView {
  if (!last || next.kind !== 'status') return next;
  if (next.status !== 'no-webmail' && next.status !== 'restricted') return next;
  return { kind: 'brief', summary: last.summary, email: last.email, elsewhere: next };
}

const PROVIDER_NAME: Record<Provider, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
  proton: 'Proton Mail',
  roundcube: 'Roundcube',
  icloud: 'iCloud Mail',
  generic: 'this webmail',
  file: 'files',
};

export function viewFromLookup(
  lookup: PageLookup,
  enabledProviders: readonly Provider[],
  summarise: (snapshot: EmailSnapshot) => Summary,
  /** The user asked for the selection or the page: their request beats the provider switch. */
  explicit = false,
): PanelView {
  if (lookup.kind === 'no-content-script') {
    // A large page whose content script starts only once it has loaded: still reading, not
    // "unsupported". The panel looks again when the tab finishes loading.
    if (lookup.loading) return { kind: 'working' };
    return {
      kind: 'status',
      status: isRestrictedPage(lookup.url) ? 'restricted' : 'no-webmail',
      canSummarisePage: false,
    };
  }
  if (lookup.kind === 'bad-reply') {
    return {
      kind: 'status',
      status: 'error',
      canSummarisePage: true,
      detail:
        'The page answered with something MailGist does not understand. Reload the page and try again.',
    };
  }
  const state = lookup.state;
  if (state.status === 'unsupported')
    return { kind: 'status', status: 'unsupported', canSummarisePage: true };
  if (state.status === 'no-message') {
    if (!enabledProviders.includes(state.provider)) {
      return {
        kind: 'status',
        status: 'disabled',
        canSummarisePage: true,
        detail: `MailGist is switched off for ${PROVIDER_NAME[state.provider]} in Options.`,
      };
    }
    return { kind: 'status', status: 'no-message', canSummarisePage: true };
  }
  const { snapshot, key } = state;
  if (
    !explicit &&
    !enabledProviders.includes(snapshot.provider) &&
    snapshot.provider !== 'generic'
  ) {
    return {
      kind: 'status',
      status: 'disabled',
      canSummarisePage: true,
      detail: `MailGist is switched off for ${PROVIDER_NAME[snapshot.provider]} in Options.`,
    };
  }
  try {
    return {
      kind: 'brief',
      summary: summarise(snapshot),
      email: { key, url: snapshot.url ?? null },
    };
  } catch (err) {
    return {
      kind: 'status',
      status: 'error',
      canSummarisePage: true,
      detail: `MailGist could not read this email (${err instanceof Error ? err.message : String(err)}). Try summarising your selection instead, or reload the page.`,
    };
  }
}

/** The view with what the panel just learnt about the page's selection (same object if moot). */
export function withSelection(view: PanelView, selection: boolean): PanelView {
  if (view.kind === 'status') {
    return view.canSummarisePage && view.selection !== selection ? { ...view, selection } : view;
  }
  if (view.kind === 'brief' && view.elsewhere) {
    const next = withSelection(view.elsewhere, selection);
    return next === view.elsewhere ? view : { ...view, elsewhere: next as StatusOnly };
  }
  return view;
}

/** Whether the view offers "Summarise selection", so the panel should keep looking at it. */
export function offersSelection(view: PanelView): boolean {
  if (view.kind === 'status') return view.canSummarisePage;
  return view.kind === 'brief' && (view.elsewhere?.canSummarisePage ?? false);
}
