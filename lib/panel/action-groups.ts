import type { Action, ActionKind } from '../schema';
import { isPastEvent } from './event-when';

// Calls to action grouped by kind, in a fixed order of how much they ask of the reader.

const ORDER: ActionKind[] = [
  'event',
  'petition',
  'donate',
  'volunteer',
  'contact',
  'subscribe',
  'share',
  'purchase',
  'sponsor',
  'read-more',
  'other',
];

export const ACTION_KIND_LABEL: Record<ActionKind, string> = {
  event: 'Events',
  petition: 'Petitions',
  donate: 'Donate',
  volunteer: 'Volunteer',
  contact: 'Contact',
  subscribe: 'Subscribe',
  share: 'Share',
  purchase: 'Buy',
  sponsor: 'Sponsors',
  'read-more': 'Read more',
  other: 'Other',
};

/** A 24×24 stroked outline icon (SVG path data) for each kind, shown beside each action. */
export const ACTION_KIND_ICON: Record<ActionKind, string> = {
  event: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4',
  petition: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  donate: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  volunteer: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  contact: 'M3 6h18v12H3zM3 6l9 7 9-7',
  subscribe: 'M6 16v-5a6 6 0 0 1 12 0v5l2 2H4zM10 21h4',
  share: 'M12 3v12M7 8l5-5 5 5M5 13v8h14v-8',
  purchase: 'M5 8h14l-1 13H6zM9 8V6a3 3 0 0 1 6 0v2',
  sponsor: 'M12 3l2.8 5.8 6.2.9-4.5 4.4 1 6.2-5.5-2.9-5.5 2.9 1-6.2L3 9.7l6.2-.9z',
  'read-more': 'M5 12h14M13 6l6 6-6 6',
  other: 'M5 12h14M13 6l6 6-6 6',
};

/** From this many dated events still ahead on, the events read as a calendar: "Upcoming". */
const UPCOMING_FROM = 2;

const byWhen = (a: Action, b: Action): number =>
  `${a.date ?? '9999'}T${a.time ?? '99'}`.localeCompare(`${b.date ?? '9999'}T${b.time ?? '99'}`);

export interface ActionGroup {
  kind: ActionKind;
  /** The group's heading: the kind's name, or "Upcoming" for a calendar of events. */
  title: string;
  actions: Action[];
}

/** Calls to action by kind; with `now`, events that are over go last (the panel marks them). */
export function groupActions(actions: readonly Action[], now?: Date): ActionGroup[] {
  return ORDER.map((kind) => {
    const list = actions.filter((a) => a.kind === kind);
    if (kind !== 'event') return { kind, title: ACTION_KIND_LABEL[kind], actions: list };
    const past = (a: Action) => (now ? isPastEvent(a, now) : false);
    // Stable sorts: undated events keep their order, after the dated ones; past ones go last.
    const ahead = list.filter((a) => a.date && !past(a));
    const sorted = [...list].sort(byWhen).sort((a, b) => Number(past(a)) - Number(past(b)));
    return ahead.length >= UPCOMING_FROM
      ? { kind, title: 'Upcoming', actions: sorted }
      : { kind, title: ACTION_KIND_LABEL[kind], actions: now ? sorted : list };
  }).filter((g) => g.actions.length > 0);
}

/**
 * Kinds that are the newsletter's own furniture rather than something the email asks the reader
 * to do; the brief folds them under "More links".
 */
const FURNITURE: ReadonlySet<ActionKind> = new Set<ActionKind>([
  'share', // "Tweet this story", Share / Restack: passes the newsletter on, asks nothing else
  'subscribe', // the reader of the email already gets it
  'sponsor', // advertising
  'read-more', // the article's own link: the brief itself is the short read, Save keeps the link
]);

/** The real asks, in the email's order, and the furniture links folded below them. */
export function splitActions(actions: readonly Action[]): { asks: Action[]; more: Action[] } {
  return {
    asks: actions.filter((a) => !FURNITURE.has(a.kind)),
    more: actions.filter((a) => FURNITURE.has(a.kind)),
  };
}

/**
 * The first `n` asks in the groups' order (the soonest events first), still grouped; the panel
 * shows these and folds the rest behind "Show all N calls to action".
 */
export function firstAsks(groups: readonly ActionGroup[], n: number): ActionGroup[] {
  let left = n;
  const out: ActionGroup[] = [];
  for (const g of groups) {
    if (left <= 0) break;
    out.push({ ...g, actions: g.actions.slice(0, left) });
    left -= g.actions.length;
  }
  return out;
}
