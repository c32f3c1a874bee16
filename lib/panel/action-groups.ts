import type { Action, ActionKind } from '../schema';

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

export function groupActions(
  actions: readonly Action[],
): { kind: ActionKind; actions: Action[] }[] {
  return ORDER.map((kind) => ({ kind, actions: actions.filter((a) => a.kind === kind) })).filter(
    (g) => g.actions.length > 0,
  );
}
